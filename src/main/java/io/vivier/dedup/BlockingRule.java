package io.vivier.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A way to find candidate pairs: records that share a key are compared. A key is made of parts
 * (a normalised value, a phonetic code, the rarest words of a name…); a part may give several
 * values (a record is in the block of each of its two rarest words), and a record missing a part
 * has no key. The name says what the key is, for reports: "surname (phonetic) + postcode".
 *
 * @param name what the key is made of
 * @param parts the parts, concatenated
 * @param columns the columns the key is made of: pairs found by this rule agree on them more than
 *     chance, so the estimator does not learn those columns from this rule's pairs
 */
public record BlockingRule(String name, List<Part> parts, java.util.Set<Integer> columns) {

  /** One part of a key: its values for a record, empty when the record has none. */
  @FunctionalInterface
  public interface Part {
    String[] values(PreparedRecords records, int record);
  }

  public BlockingRule {
    parts = List.copyOf(parts);
    columns = java.util.Set.copyOf(columns);
  }

  /** The keys of a record: every combination of its parts' values; none when a part has none. */
  List<String> keys(PreparedRecords records, int record) {
    List<String> keys = List.of("");
    for (Part part : parts) {
      String[] values = part.values(records, record);
      if (values == null || values.length == 0) {
        return List.of();
      }
      List<String> longer = new ArrayList<>(keys.size() * values.length);
      for (String key : keys) {
        for (String value : values) {
          longer.add(key + '\u001F' + value);
        }
      }
      keys = longer;
    }
    return keys;
  }

  static Part value(int column) {
    return (records, i) -> one(records.fields[column].value[i]);
  }

  static Part phonetic(int column) {
    return (records, i) -> one(records.fields[column].code[i]);
  }

  /**
   * Two name columns, each as its phonetic code and first letter, in alphabetical order so that
   * swapped names share the key. The letter splits the blocks of short codes that many names
   * share.
   */
  static Part phoneticPair(int first, int second) {
    return (records, i) -> {
      String a = nameKey(records.fields[first], i);
      String b = nameKey(records.fields[second], i);
      if (a == null || b == null) {
        return null;
      }
      return new String[] {a.compareTo(b) <= 0 ? a + ' ' + b : b + ' ' + a};
    };
  }

  /** The phonetic code of a name column, with the name's first letter. */
  static Part phoneticWithInitial(int column) {
    return (records, i) -> one(nameKey(records.fields[column], i));
  }

  private static String nameKey(PreparedField field, int i) {
    String code = field.code[i];
    return code == null || code.isEmpty() ? null : code + field.value[i].charAt(0);
  }

  /** The first letter of a value. */
  static Part initial(int column) {
    return (records, i) -> {
      String v = records.fields[column].value[i];
      return v == null ? null : new String[] {v.substring(0, 1)};
    };
  }

  static Part prefix(int column, int length) {
    return (records, i) -> {
      String v = records.fields[column].value[i];
      return v == null || v.length() < length ? null : new String[] {v.substring(0, length)};
    };
  }

  /** The {@code count} rarest words of a word column (names, companies, streets, text). */
  static Part rarestWords(int column, int count) {
    return (records, i) -> {
      PreparedField field = records.fields[column];
      String[] words = field.words[i];
      if (words == null) {
        return null;
      }
      float[] weights = field.wordWeights[i];
      Integer[] order = new Integer[words.length];
      for (int k = 0; k < words.length; k++) {
        order[k] = k;
      }
      Arrays.sort(order, (x, y) -> Float.compare(weights[y], weights[x]));
      List<String> rarest = new ArrayList<>(count);
      for (int k = 0; k < order.length && rarest.size() < count; k++) {
        String word = words[order[k]];
        if (word.length() >= 2 && !rarest.contains(word)) {
          rarest.add(word);
        }
      }
      return rarest.toArray(new String[0]);
    };
  }

  /** The domain of an e-mail when it is a company's own (not gmail.com, orange.fr…). */
  static Part emailDomain(int column) {
    return (records, i) -> {
      String email = records.fields[column].value[i];
      return email == null ? null : one(Values.companyDomainOfEmail(email));
    };
  }

  private static String[] one(String value) {
    return value == null || value.isEmpty() ? null : new String[] {value};
  }
}
