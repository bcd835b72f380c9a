package io.vivier.quality;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Company names split from the legal form written with them: "Groupe Dupont SA" is "Groupe
 * Dupont", a société anonyme. Matching and deduplication compare names without their form, and the
 * form is worth keeping on its own.
 *
 * <p>The forms are listed in {@code quality/legal-forms.txt} with where they may stand: French
 * forms (SAS, SARL, EURL, SCI…) before or after the name, foreign forms (GmbH, Ltd, Inc, BV,
 * SpA…) only after it. Spellings are compared after folding case and accents and dropping dots
 * ("S.A.R.L." is SARL); short forms that are also ordinary words (AS, AB, SE, SA, EI…) count only
 * when not written in lower case. Parentheses around the form and separators before it are
 * dropped: "Dupont (SAS)", "Acme, Inc." and "Dupont - SARL" give "Dupont" and "Acme".
 *
 * <p>A form at the end is preferred to one at the start, and only one is removed. A name whose
 * first and last words cannot be part of a form costs two short folds and two look-ups; one with
 * a form a few more.
 */
public final class LegalForms {

  /**
   * A company name and its legal form.
   *
   * @param name the name without its legal form, case kept; null when the input was null or blank
   * @param legalForm the canonical label of the form ("SAS", "SARL", "GmbH", "Ltd", "Inc"…), null
   *     when none was found
   */
  public record CompanyName(String name, String legalForm) {}

  private static final int START = 1;
  private static final int END = 2;
  private static final int CASED = 4;
  // Words after which a leading form belongs to the name: "SCI du Parc", "Association des Maires".
  private static final Set<String> JOINING_WORDS = Set.of("de", "du", "des", "d", "pour", "of", "for");
  private static final int MAX_NAME_LENGTH = 300;

  private static final Map<String, String> LABELS = new HashMap<>();
  private static final Map<String, Integer> RULES = new HashMap<>();
  // Last words of forms that may end a name, first words of forms that may start one.
  private static final Set<String> LAST_WORDS = new HashSet<>();
  private static final Set<String> FIRST_WORDS = new HashSet<>();
  private static final int MAX_WORDS;

  static {
    int maxWords = 1;
    for (String line : WordLists.lines("legal-forms.txt")) {
      String[] fields = line.split("\\|");
      if (fields.length < 2) {
        throw new IllegalStateException("bad line in quality/legal-forms.txt: " + line);
      }
      String label = fields[0].strip();
      String where = fields[1].strip();
      int rule = (where.contains("start") || where.contains("both") ? START : 0)
          | (where.contains("end") || where.contains("both") ? END : 0)
          | (where.contains("cased") ? CASED : 0);
      for (int i = 0; i < fields.length; i++) {
        if (i == 1) {
          continue;
        }
        String key = key(fields[i]);
        if (LABELS.containsKey(key)) {
          throw new IllegalStateException("legal form listed twice in quality/legal-forms.txt: " + fields[i]);
        }
        LABELS.put(key, label);
        // Only the short spellings are also ordinary words: "société anonyme" is never ambiguous.
        RULES.put(key, key.length() <= 3 ? rule : rule & ~CASED);
        String[] keyWords = key.split(" ");
        maxWords = Math.max(maxWords, keyWords.length);
        if ((rule & END) != 0) {
          LAST_WORDS.add(keyWords[keyWords.length - 1]);
        }
        if ((rule & START) != 0) {
          FIRST_WORDS.add(keyWords[0]);
        }
      }
    }
    MAX_WORDS = maxWords;
  }

  private LegalForms() {}

  /**
   * The name without its legal form, and the form's canonical label. A name that is only a legal
   * form ("SAS"), or whose rest would be empty, is returned whole with no form. A leading form
   * followed by "de", "du", "des", "pour"… is reported but kept in the name, which would not read
   * without it: "SCI du Parc" gives ("SCI du Parc", "SCI"). Limitation: a company whose real name
   * starts with a form ("SAS Institute", written without its own form) loses that word.
   */
  public static CompanyName split(String companyName) {
    if (companyName == null || companyName.isBlank()) {
      return new CompanyName(null, null);
    }
    String name = companyName.strip();
    if (name.length() > MAX_NAME_LENGTH) {
      return new CompanyName(name, null);
    }
    CompanyName atEnd = splitAtEnd(name);
    return atEnd != null ? atEnd : splitAtStart(name);
  }

  private static CompanyName splitAtEnd(String name) {
    // starts[k] is where the word k+1 places from the end starts; the name keeps a word at least.
    int[] starts = new int[MAX_WORDS + 1];
    int words = lastWordStarts(name, starts);
    if (words < 2 || !LAST_WORDS.contains(lastKeyWord(key(name.substring(starts[0]))))) {
      return null;
    }
    String[] keys = new String[words - 1];
    for (int k = 0; k < keys.length; k++) {
      keys[k] = key(name.substring(starts[k], k == 0 ? name.length() : starts[k - 1]));
    }
    // Longest form first: "GmbH & Co. KG" before "KG".
    for (int n = keys.length; n >= 1; n--) {
      String label = matching(joined(keys, n, true), name, starts[n - 1], name.length(), END);
      if (label != null) {
        String rest = trimSeparators(name.substring(0, starts[n - 1]));
        if (!rest.isEmpty()) {
          return new CompanyName(rest, label);
        }
      }
    }
    return null;
  }

  private static CompanyName splitAtStart(String name) {
    // ends[k] is where the word k+1 from the start ends; the name keeps a word at least.
    int[] ends = new int[MAX_WORDS];
    int words = 0;
    for (int end = nextWordEnd(name, 0); end < name.length() && words < MAX_WORDS; end = nextWordEnd(name, end)) {
      ends[words++] = end;
    }
    if (words == 0 || !FIRST_WORDS.contains(firstKeyWord(key(name.substring(0, ends[0]))))) {
      return new CompanyName(name, null);
    }
    String[] keys = new String[words];
    for (int k = 0; k < words; k++) {
      keys[k] = key(name.substring(k == 0 ? 0 : ends[k - 1], ends[k]));
    }
    for (int n = words; n >= 1; n--) {
      String label = matching(joined(keys, n, false), name, 0, ends[n - 1], START);
      if (label != null) {
        String rest = trimSeparators(name.substring(ends[n - 1]));
        if (rest.isEmpty()) {
          break;
        }
        return JOINING_WORDS.contains(firstWordKey(rest)) ? new CompanyName(name, label) : new CompanyName(rest, label);
      }
    }
    return new CompanyName(name, null);
  }

  // The key of n words from their keys: keys[0..n) in text order, or in reverse when fromEnd.
  private static String joined(String[] keys, int n, boolean fromEnd) {
    if (n == 1) {
      return keys[0];
    }
    StringBuilder joined = new StringBuilder(32);
    for (int k = 0; k < n; k++) {
      String key = keys[fromEnd ? n - 1 - k : k];
      if (!key.isEmpty()) {
        if (joined.length() > 0) {
          joined.append(' ');
        }
        joined.append(key);
      }
    }
    return joined.toString();
  }

  private static String matching(String key, String name, int from, int to, int position) {
    Integer rule = RULES.get(key);
    if (rule == null || (rule & position) == 0) {
      return null;
    }
    if ((rule & CASED) != 0 && !hasUpperCaseOrDot(name, from, to)) {
      return null;
    }
    return LABELS.get(key);
  }

  /**
   * Fills {@code starts[k]} with the start of the word k+1 places from the end (starts[0] is the
   * last word), for up to starts.length words, and returns how many it filled.
   */
  private static int lastWordStarts(String name, int[] starts) {
    int words = 0;
    int i = name.length();
    while (i > 0 && words < starts.length) {
      while (i > 0 && isSpace(name.charAt(i - 1))) {
        i--;
      }
      if (i == 0) {
        break;
      }
      while (i > 0 && !isSpace(name.charAt(i - 1))) {
        i--;
      }
      starts[words++] = i;
    }
    return words;
  }

  private static int nextWordEnd(String name, int from) {
    int i = from;
    while (i < name.length() && isSpace(name.charAt(i))) {
      i++;
    }
    while (i < name.length() && !isSpace(name.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String lastKeyWord(String key) {
    return key.substring(key.lastIndexOf(' ') + 1);
  }

  private static String firstKeyWord(String key) {
    int space = key.indexOf(' ');
    return space < 0 ? key : key.substring(0, space);
  }

  private static String firstWordKey(String text) {
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return Text.fold(text.substring(0, end));
  }

  // Separators left between the name and a removed form: "Acme, Inc." and "Dupont - SARL".
  private static String trimSeparators(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSeparator(text.charAt(start))) {
      start++;
    }
    while (end > start && isSeparator(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSeparator(char c) {
    return isSpace(c) || c == ',' || c == '-' || c == '–' || c == '—' || c == ':' || c == ';' || c == '/' || c == '(';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
  }

  private static boolean hasUpperCaseOrDot(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || Character.isUpperCase(c)) {
        return true;
      }
    }
    return false;
  }

  // "S.A.R.L." is "sarl", "GmbH & Co. KG" is "gmbh & co kg", "(SAS)" is "sas".
  static String key(String text) {
    String folded = Text.fold(text);
    StringBuilder key = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == '.') {
        continue;
      }
      if (Character.isLetterOrDigit(c) || c == '&' || c == '/') {
        if (space && key.length() > 0) {
          key.append(' ');
        }
        space = false;
        key.append(c);
      } else {
        space = true;
      }
    }
    return key.toString();
  }
}
