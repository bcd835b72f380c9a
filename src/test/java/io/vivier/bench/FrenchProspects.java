package io.vivier.bench;

import io.vivier.dedup.ColumnTypes;
import io.vivier.dedup.Dataset;
import io.vivier.dedup.Record;
import io.vivier.dedup.Schema;
import io.vivier.quality.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generated French prospects with known duplicates, for the speed benchmark and tests: names drawn
 * with a long tail (common names often, made-up ones rarely, as in a real base), companies, towns
 * and postcodes; then a share of rows copied from earlier ones with the mistakes real files
 * carry: typos, accents dropped, first and last names swapped, phones reformatted, e-mails changed
 * or dropped, legal forms added or dropped. Seeded: the same arguments give the same rows.
 */
public final class FrenchProspects {

  static final List<String> HEADER = List.of("id", "Prénom", "Nom", "Email", "Téléphone", "Société", "Code postal", "Ville");

  private static final String[] FIRST = {"Jean", "Marie", "Pierre", "Nathalie", "Michel", "Isabelle", "Philippe", "Sylvie",
      "Alain", "Catherine", "Nicolas", "Françoise", "Christophe", "Sandrine", "Stéphane", "Valérie", "Laurent", "Christine",
      "Frédéric", "Céline", "Éric", "Sophie", "Olivier", "Hélène", "Thierry", "Camille", "Julien", "Émilie", "Sébastien",
      "Aurélie", "Guillaume", "Léa", "Thomas", "Chloé", "Antoine", "Manon", "Maxime", "Inès", "Hugo", "Zoé", "Noël", "Gaël",
      "Anaïs", "Benoît", "Joël", "Loïc", "Maëlle", "Jérôme", "Agnès", "Rémi"};
  private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
      "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
      "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
      "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu",
      "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin"};
  private static final String[] SYLLABLES = {"ba", "be", "bou", "ca", "cha", "che", "da", "de", "dou", "fa", "fe", "ga", "gi",
      "la", "le", "li", "lou", "ma", "me", "mi", "mo", "na", "ne", "no", "pa", "pe", "pi", "ra", "re", "ri", "ro", "sa", "se",
      "ta", "te", "ti", "va", "ve", "vi", "zo", "gu", "qu", "ph", "tr", "br", "gr", "cl", "fl"};
  private static final String[] ENDINGS = {"", "t", "d", "n", "r", "s", "x", "ux", "ot", "et", "ard", "ier", "eau", "in", "on", "ac"};
  private static final String[] FORMS = {"SAS", "SARL", "SA", "EURL", "SASU", "", "", ""};
  private static final String[] DOMAINS = {"gmail.com", "orange.fr", "free.fr", "yahoo.fr", "hotmail.fr", "laposte.net"};

  private final SplittableRandom random;
  private final String[] towns;
  private final String[] postcodes;
  private final String[] companies;

  public FrenchProspects(long seed) {
    random = new SplittableRandom(seed);
    towns = new String[3_000];
    postcodes = new String[towns.length];
    for (int t = 0; t < towns.length; t++) {
      towns[t] = capitalised(word(2, 4)) + (random.nextInt(5) == 0 ? "-sur-" + capitalised(word(2, 3)) : "");
      postcodes[t] = String.format("%02d%03d", 1 + random.nextInt(95), random.nextInt(1000));
    }
    companies = new String[200_000];
    for (int c = 0; c < companies.length; c++) {
      companies[c] = capitalised(word(2, 4)) + (random.nextInt(3) == 0 ? " " + capitalised(word(2, 3)) : "");
    }
  }

  /**
   * @param rows how many rows in all
   * @param duplicateShare the share of them that copy an earlier row, with mistakes
   * @return the rows, and in {@code entity} per row the number of the original it copies (its own for originals)
   */
  public Dataset generate(int rows, double duplicateShare, int[] entity) {
    int originals = (int) Math.round(rows * (1 - duplicateShare));
    List<Record> records = new ArrayList<>(rows);
    List<String[]> values = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      String[] v;
      if (i < originals) {
        v = original();
        entity[i] = i;
      } else {
        int source = random.nextInt(originals);
        v = damaged(values.get(source));
        entity[i] = source;
      }
      values.add(v);
    }
    // Shuffle so duplicates are not all at the end, as in a real file.
    for (int i = rows - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String[] t = values.get(i);
      values.set(i, values.get(j));
      values.set(j, t);
      int e = entity[i];
      entity[i] = entity[j];
      entity[j] = e;
    }
    for (int i = 0; i < rows; i++) {
      records.add(new Record(Integer.toString(i + 1), Arrays.asList(values.get(i))));
    }
    List<List<String>> sample = values.subList(0, Math.min(2_000, rows)).stream().map(Arrays::asList).toList();
    Schema schema = ColumnTypes.guess(HEADER.subList(1, HEADER.size()), sample, Map.of(), -1);
    return new Dataset(schema, records);
  }

  private String[] original() {
    String first = FIRST[random.nextInt(FIRST.length)];
    String last = random.nextInt(3) == 0 ? LAST[skewed(LAST.length)] : capitalised(word(2, 3) + ENDINGS[random.nextInt(ENDINGS.length)]);
    int company = random.nextInt(companies.length);
    int town = skewed(towns.length);
    boolean freeMail = random.nextBoolean();
    String domain = freeMail ? DOMAINS[random.nextInt(DOMAINS.length)] : Text.fold(companies[company]).replaceAll("[^a-z]", "") + ".fr";
    // People with the same name at the same free mail provider get a number, as providers require.
    String email = Text.fold(first).replaceAll("[^a-z]", "") + "." + Text.fold(last).replaceAll("[^a-z]", "")
        + (freeMail ? Integer.toString(random.nextInt(100_000)) : "") + "@" + domain;
    String phone = String.format("0%d %02d %02d %02d %02d", 1 + random.nextInt(7), random.nextInt(100), random.nextInt(100),
        random.nextInt(100), random.nextInt(100));
    String form = FORMS[random.nextInt(FORMS.length)];
    return new String[] {first, last, email, phone, companies[company] + (form.isEmpty() ? "" : " " + form), postcodes[town], towns[town]};
  }

  private String[] damaged(String[] original) {
    String[] v = original.clone();
    int mistakes = 1 + random.nextInt(3);
    for (int k = 0; k < mistakes; k++) {
      switch (random.nextInt(8)) {
        case 0 -> v[1] = typo(v[1]);
        case 1 -> v[0] = typo(v[0]);
        case 2 -> {
          v[0] = Text.fold(v[0]);
          v[1] = Text.fold(v[1]).toUpperCase();
        }
        case 3 -> {
          String t = v[0];
          v[0] = v[1];
          v[1] = t;
        }
        case 4 -> v[3] = "+33 " + v[3].substring(1);
        case 5 -> v[2] = random.nextBoolean() || v[2] == null ? null : v[2].substring(0, v[2].indexOf('@')) + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
        case 6 -> v[4] = v[4].replaceAll(" (SAS|SARL|SA|EURL|SASU)$", "") + (random.nextBoolean() ? "" : " SAS");
        default -> v[6] = random.nextBoolean() || v[6] == null ? null : v[6].toUpperCase();
      }
    }
    return v;
  }

  private String typo(String s) {
    if (s == null || s.length() < 3) {
      return s;
    }
    int at = 1 + random.nextInt(s.length() - 2);
    return switch (random.nextInt(3)) {
      case 0 -> s.substring(0, at) + s.substring(at + 1);
      case 1 -> s.substring(0, at) + s.charAt(at + 1) + s.charAt(at) + s.substring(at + 2);
      default -> s.substring(0, at) + (char) ('a' + random.nextInt(26)) + s.substring(at + 1);
    };
  }

  private String word(int minSyllables, int maxSyllables) {
    StringBuilder w = new StringBuilder();
    int n = minSyllables + random.nextInt(maxSyllables - minSyllables + 1);
    for (int s = 0; s < n; s++) {
      w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return w.toString();
  }

  /**
   * An index in [0, n) drawn as n·x² for x uniform: the first values are common (the first of 3,000
   * towns holds 1.8 % of the rows, like Paris in a French file), the last ones rare.
   */
  private int skewed(int n) {
    double x = random.nextDouble();
    return Math.min(n - 1, (int) (n * x * x));
  }

  private static String capitalised(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
