package io.vivier.dedup;

import io.vivier.quality.EmailFlags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Records normalised once for matching, column by column in arrays (see {@link PreparedField}):
 * one file, or two files one after the other for linkage ({@link #source} tells which). Values are
 * normalised in parallel. Immutable once built, so comparisons may run on several threads.
 */
public final class PreparedRecords {

  final Schema schema;
  final String[] ids;
  final byte[] source;
  final PreparedField[] fields;
  final int leftSize;
  /** A hash of each record's normalised values: records with the same one are identical for matching. */
  final long[] signature;

  private PreparedRecords(Schema schema, String[] ids, byte[] source, PreparedField[] fields, int leftSize, long[] signature) {
    this.schema = schema;
    this.ids = ids;
    this.source = source;
    this.fields = fields;
    this.leftSize = leftSize;
    this.signature = signature;
  }

  /** One file to deduplicate, with statistics computed from it. */
  public static PreparedRecords of(Dataset data) {
    return build(data.schema(), data.records(), List.of(), null);
  }

  /** Two files to link (same schema), with statistics computed from both. */
  public static PreparedRecords of(Dataset left, Dataset right) {
    return build(left.schema(), left.records(), right.records(), null);
  }

  /** Records prepared with given statistics, as a saved model scores new records. */
  static PreparedRecords withStatistics(Schema schema, List<Record> records, List<FieldStatistics> statistics) {
    return build(schema, records, List.of(), statistics);
  }

  private static PreparedRecords build(Schema schema, List<Record> left, List<Record> right, List<FieldStatistics> given) {
    int n = left.size() + right.size();
    String[] ids = new String[n];
    byte[] source = new byte[n];
    List<Record> all = new ArrayList<>(n);
    all.addAll(left);
    all.addAll(right);
    for (int i = 0; i < n; i++) {
      ids[i] = all.get(i).id();
      source[i] = (byte) (i < left.size() ? 0 : 1);
    }
    PreparedField[] normalised = new PreparedField[schema.size()];
    IntStream.range(0, schema.size()).parallel().forEach(c -> {
      FieldType type = schema.type(c);
      if (type != FieldType.IGNORE) {
        normalised[c] = normalise(type, c, all);
      }
    });
    long[] signature = signatures(normalised, n);
    boolean[] firstOfItsKind = firstOfItsKind(signature);
    PreparedField[] fields = new PreparedField[schema.size()];
    IntStream.range(0, schema.size()).parallel().forEach(c -> {
      if (normalised[c] != null) {
        fields[c] = withStatistics(normalised[c], given == null ? null : given.get(c), firstOfItsKind);
      }
    });
    return new PreparedRecords(schema, ids, source, fields, left.size(), signature);
  }

  private static long[] signatures(PreparedField[] fields, int n) {
    long[] signature = new long[n];
    IntStream.range(0, n).parallel().forEach(i -> {
      long h = 0x9E3779B97F4A7C15L;
      for (PreparedField field : fields) {
        String v = field == null ? null : field.value[i];
        h = h * 31 + (v == null ? 0 : Blocker.hash(v));
      }
      signature[i] = h;
    });
    return signature;
  }

  /**
   * Marks one record of each set of identical ones. Frequencies count identical rows once: a
   * file that repeats one row 100,000 times must not make its surname look common, nor its
   * agreement look like chance.
   */
  private static boolean[] firstOfItsKind(long[] signature) {
    boolean[] first = new boolean[signature.length];
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int i = 0; i < signature.length; i++) {
      first[i] = seen.add(signature[i]);
    }
    return first;
  }

  private static PreparedField normalise(FieldType type, int column, List<Record> records) {
    int n = records.size();
    String[] value = new String[n];
    String[] code = type == FieldType.GIVEN_NAME || type == FieldType.SURNAME || type == FieldType.EMAIL
        || type == FieldType.CITY ? new String[n] : null;
    String[][] words = PreparedField.hasWords(type) ? new String[n][] : null;
    int[] date = type == FieldType.DATE ? new int[n] : null;
    boolean[] companyMail = type == FieldType.EMAIL ? new boolean[n] : null;
    IntStream.range(0, n).parallel().forEach(i -> {
      String raw = records.get(i).value(column);
      if (raw == null || raw.isBlank()) {
        return;
      }
      normalise(type, raw, i, value, code, words, date);
      if (companyMail != null && value[i] != null) {
        companyMail[i] = !EmailFlags.of(value[i]).freeMail();
      }
    });
    return new PreparedField(type, value, code, words, null, date, null, null, companyMail);
  }

  private static PreparedField withStatistics(PreparedField normalised, FieldStatistics given, boolean[] counted) {
    FieldType type = normalised.type;
    String[] value = normalised.value;
    String[][] words = normalised.words;
    int n = value.length;
    FieldStatistics statistics = given != null ? given : statistics(value, words, counted);
    float[] frequency = null;
    if (PreparedField.hasFrequency(type)) {
      float[] f = new float[n];
      IntStream.range(0, n).parallel().forEach(i -> f[i] = value[i] == null ? 1 : (float) statistics.frequency(value[i]));
      frequency = f;
    }
    float[][] wordWeights = null;
    if (words != null) {
      float[][] ww = new float[n][];
      IntStream.range(0, n).parallel().forEach(i -> {
        String[] w = words[i];
        if (w != null) {
          float[] weights = new float[w.length];
          for (int k = 0; k < w.length; k++) {
            weights[k] = statistics.wordWeight(w[k]);
          }
          ww[i] = weights;
        }
      });
      wordWeights = ww;
    }
    return new PreparedField(type, value, normalised.code, words, wordWeights, normalised.date, frequency, statistics,
        normalised.companyMail);
  }

  private static void normalise(FieldType type, String raw, int i, String[] value, String[] code, String[][] words, int[] date) {
    switch (type) {
      case GIVEN_NAME, SURNAME, CITY -> {
        String name = Values.name(raw);
        value[i] = name;
        if (name != null) {
          code[i] = Soundex2.encode(name);
        }
      }
      case FULL_NAME, TEXT -> setWords(Values.words(raw), i, value, words);
      case COMPANY -> setWords(Values.companyWords(raw), i, value, words);
      case STREET -> setWords(Values.streetWords(raw), i, value, words);
      case EMAIL -> {
        String email = Values.email(raw);
        value[i] = email;
        if (email != null) {
          code[i] = email.substring(0, email.indexOf('@'));
        }
      }
      case PHONE -> value[i] = Values.phone(raw);
      case POSTCODE -> value[i] = Values.postcode(raw);
      case DOMAIN -> value[i] = Values.domain(raw);
      case DATE -> {
        date[i] = Values.date(raw);
        value[i] = date[i] != 0 ? Integer.toString(date[i]) : Values.compact(raw);
      }
      case STREET_NUMBER, IDENTIFIER, CATEGORY -> value[i] = Values.compact(raw);
      case IGNORE -> { }
    }
  }

  private static void setWords(List<String> list, int i, String[] value, String[][] words) {
    if (!list.isEmpty()) {
      value[i] = Values.sortedJoined(list);
      words[i] = list.toArray(new String[0]);
    }
  }

  private static FieldStatistics statistics(String[] value, String[][] words, boolean[] counted) {
    Map<String, Integer> values = new HashMap<>();
    Map<String, Integer> wordCounts = new HashMap<>();
    int records = 0;
    for (int i = 0; i < value.length; i++) {
      if (value[i] == null || !counted[i]) {
        continue;
      }
      records++;
      values.merge(value[i], 1, Integer::sum);
      if (words != null && words[i] != null) {
        String[] w = words[i];
        for (int k = 0; k < w.length; k++) {
          if (!contains(w, k)) {
            wordCounts.merge(w[k], 1, Integer::sum);
          }
        }
      }
    }
    return new FieldStatistics(records, values, wordCounts);
  }

  // A word seen earlier in the same record is counted once.
  private static boolean contains(String[] words, int before) {
    for (int k = 0; k < before; k++) {
      if (words[k].equals(words[before])) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return ids.length;
  }

  public String id(int record) {
    return ids[record];
  }

  public Schema schema() {
    return schema;
  }

  /** Whether the record comes from the second file of a linkage. */
  public boolean isRight(int record) {
    return source[record] != 0;
  }

  public boolean isLinkage() {
    return leftSize < ids.length;
  }

  List<FieldStatistics> statistics() {
    List<FieldStatistics> all = new ArrayList<>();
    for (PreparedField field : fields) {
      all.add(field == null ? FieldStatistics.NONE : field.statistics);
    }
    return all;
  }
}
