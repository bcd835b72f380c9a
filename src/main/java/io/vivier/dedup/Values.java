package io.vivier.dedup;

import io.vivier.quality.LegalForms;
import io.vivier.quality.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Normalisation of raw values for comparison, per field type: case and accents folded,
 * punctuation dropped, company legal forms and stop words removed, street words abbreviated one
 * way ("boulevard", "blvd", "blv" are all "bd"), phones reduced to their national digits. Every
 * method returns null for a value that holds nothing comparable.
 */
final class Values {

  private static final Set<String> COMPANY_STOP_WORDS = Set.of(
      "et", "and", "the", "le", "la", "les", "l", "de", "du", "des", "d", "of", "groupe", "group", "societe", "ste",
      "cie", "compagnie", "company", "co", "corp", "corporation", "inc", "ltd", "llc", "sa", "sas", "sarl", "eurl",
      "etablissements", "ets", "holding");
  private static final Map<String, String> STREET_WORDS = Map.ofEntries(
      Map.entry("street", "st"), Map.entry("str", "st"), Map.entry("road", "rd"), Map.entry("avenue", "av"),
      Map.entry("ave", "av"), Map.entry("boulevard", "bd"), Map.entry("blvd", "bd"), Map.entry("blv", "bd"),
      Map.entry("bld", "bd"), Map.entry("drive", "dr"), Map.entry("place", "pl"), Map.entry("crescent", "cr"),
      Map.entry("cres", "cr"), Map.entry("court", "ct"), Map.entry("lane", "ln"), Map.entry("highway", "hwy"),
      Map.entry("north", "n"), Map.entry("south", "s"), Map.entry("east", "e"), Map.entry("west", "w"),
      Map.entry("saint", "st"), Map.entry("sainte", "ste"), Map.entry("allee", "all"), Map.entry("chemin", "ch"),
      Map.entry("route", "rte"), Map.entry("impasse", "imp"), Map.entry("square", "sq"), Map.entry("parkway", "pkwy"),
      Map.entry("terrace", "tce"), Map.entry("circuit", "cct"), Map.entry("bis", "b"));
  private static final Set<String> FREE_MAIL = Set.of(
      "gmail.com", "yahoo.com", "yahoo.fr", "hotmail.com", "hotmail.fr", "outlook.com", "outlook.fr", "live.com",
      "live.fr", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net", "icloud.com", "me.com", "aol.com",
      "msn.com", "gmx.fr", "gmx.com", "neuf.fr", "bbox.fr", "protonmail.com", "proton.me");

  private Values() {}

  /** Folded words of letters and digits, apostrophes dropped ("Morton's" is "mortons"). */
  static List<String> words(String value) {
    String folded = Text.fold(value);
    List<String> words = new ArrayList<>(4);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= folded.length(); i++) {
      char c = i < folded.length() ? folded.charAt(i) : ' ';
      if (c == '\'' || c == '’') {
        continue;
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c > 127 && Character.isLetterOrDigit(c))) {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    return words;
  }

  static String name(String value) {
    return joined(words(value));
  }

  static List<String> companyWords(String value) {
    String name = LegalForms.split(Text.clean(value)).name();
    List<String> words = words(name);
    List<String> kept = new ArrayList<>(words.size());
    for (String word : words) {
      if (!COMPANY_STOP_WORDS.contains(word)) {
        kept.add(word);
      }
    }
    return kept.isEmpty() ? words : kept;
  }

  static List<String> streetWords(String value) {
    List<String> words = words(value);
    List<String> out = new ArrayList<>(words.size());
    for (String word : words) {
      out.add(STREET_WORDS.getOrDefault(word, word));
    }
    return out;
  }

  /**
   * The digits that identify a phone line: a French number written +33 6…, 0033 6… or 06… gives
   * the same nine digits; other numbers keep their last ten digits. Fewer than six digits is no
   * number. Not libphonenumber, which takes ~10 µs a number: this runs on every record of a scan.
   */
  static String phone(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder digits = new StringBuilder(16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    String d = digits.toString();
    if (d.startsWith("0033") && d.length() == 13) {
      d = d.substring(4);
    } else if (d.startsWith("33") && d.length() == 11) {
      d = d.substring(2);
    } else if (d.startsWith("0") && d.length() == 10) {
      d = d.substring(1);
    } else if (d.length() > 10) {
      d = d.substring(d.length() - 10);
    }
    return d.length() < 6 ? null : d;
  }

  static String email(String value) {
    if (value == null) {
      return null;
    }
    String email = value.strip().toLowerCase(Locale.ROOT);
    if (email.startsWith("mailto:")) {
      email = email.substring(7);
    }
    int at = email.indexOf('@');
    return at > 0 && at < email.length() - 1 ? email : null;
  }

  /** The domain of an e-mail when it is a company's own, not a free mail provider's. */
  static String companyDomainOfEmail(String email) {
    String domain = email.substring(email.indexOf('@') + 1);
    return FREE_MAIL.contains(domain) ? null : domain;
  }

  static String domain(String value) {
    String folded = Text.fold(value).strip();
    folded = folded.replaceFirst("^[a-z]+://", "");
    if (folded.startsWith("www.")) {
      folded = folded.substring(4);
    }
    int cut = folded.indexOf('/');
    if (cut >= 0) {
      folded = folded.substring(0, cut);
    }
    return folded.contains(".") ? folded : null;
  }

  static String postcode(String value) {
    String code = compact(value);
    return code == null || code.length() < 2 ? null : code;
  }

  /** Letters and digits only, folded: identifiers, postcodes, street numbers. */
  static String compact(String value) {
    String folded = Text.fold(value);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  /**
   * A date as yyyymmdd: from 8 digits (yyyymmdd), yyyy-mm-dd, or dd/mm/yyyy (the French and
   * British order; a first field over 12 cannot be a month anyway). 0 when unreadable.
   */
  static int date(String value) {
    if (value == null) {
      return 0;
    }
    String v = value.strip();
    String[] parts = v.split("[-/. ]");
    try {
      if (parts.length == 1 && v.length() == 8 && v.chars().allMatch(Character::isDigit)) {
        return valid(Integer.parseInt(v));
      }
      if (parts.length == 3) {
        int a = Integer.parseInt(parts[0]);
        int b = Integer.parseInt(parts[1]);
        int c = Integer.parseInt(parts[2]);
        if (parts[0].length() == 4) {
          return valid(a * 10000 + b * 100 + c);
        }
        if (parts[2].length() == 4) {
          return valid(c * 10000 + b * 100 + a);
        }
      }
    } catch (NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  private static int valid(int yyyymmdd) {
    int month = yyyymmdd / 100 % 100;
    int day = yyyymmdd % 100;
    int year = yyyymmdd / 10000;
    return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? yyyymmdd : 0;
  }

  static String joined(List<String> words) {
    return words.isEmpty() ? null : String.join(" ", words);
  }

  static String sortedJoined(List<String> words) {
    if (words.isEmpty()) {
      return null;
    }
    String[] sorted = words.toArray(new String[0]);
    Arrays.sort(sorted);
    return String.join(" ", sorted);
  }
}
