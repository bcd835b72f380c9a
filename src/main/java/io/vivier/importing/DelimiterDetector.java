package io.vivier.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses a CSV delimiter from the first lines of a file. Each candidate splits the sample into
 * records (a quote at the start of a field opens a quoted field, so delimiters and line breaks inside
 * quotes do not count); the candidate whose records most consistently have the same number of
 * fields, that number being above one, wins; on a tie, the one giving more fields. A file where no
 * candidate splits anything has a single column and is read as comma-delimited.
 */
final class DelimiterDetector {

  static final char[] CANDIDATES = {',', ';', '\t', '|'};
  private static final int MAX_RECORDS = 100;

  private DelimiterDetector() {}

  /**
   * @param sample the beginning of the file, decoded
   * @param complete whether the sample is the whole file; if not, its last record may be cut and
   *     is ignored
   */
  static char detect(CharSequence sample, boolean complete) {
    char best = ',';
    double bestConsistency = 0;
    int bestFields = 1;
    for (char candidate : CANDIDATES) {
      List<Integer> counts = fieldCounts(sample, candidate, complete);
      if (counts.isEmpty()) {
        continue;
      }
      Map<Integer, Integer> frequency = new HashMap<>();
      counts.forEach(count -> frequency.merge(count, 1, Integer::sum));
      int mode = 1;
      int modeFrequency = 0;
      for (Map.Entry<Integer, Integer> entry : frequency.entrySet()) {
        if (entry.getValue() > modeFrequency || entry.getValue() == modeFrequency && entry.getKey() > mode) {
          mode = entry.getKey();
          modeFrequency = entry.getValue();
        }
      }
      double consistency = (double) modeFrequency / counts.size();
      if (mode > 1 && (consistency > bestConsistency || consistency == bestConsistency && mode > bestFields)) {
        best = candidate;
        bestConsistency = consistency;
        bestFields = mode;
      }
    }
    return best;
  }

  /** The number of fields of each non-blank record of the sample, split with this delimiter. */
  static List<Integer> fieldCounts(CharSequence sample, char delimiter, boolean complete) {
    List<Integer> counts = new ArrayList<>();
    int fields = 1;
    boolean blank = true;
    boolean fieldStart = true;
    boolean quoted = false;
    int length = sample.length();
    for (int i = 0; i < length && counts.size() < MAX_RECORDS; i++) {
      char c = sample.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < length && sample.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
          }
        }
      } else if (c == '\r' || c == '\n') {
        if (!blank) {
          counts.add(fields);
        }
        if (c == '\r' && i + 1 < length && sample.charAt(i + 1) == '\n') {
          i++;
        }
        fields = 1;
        blank = true;
        fieldStart = true;
      } else if (c == delimiter) {
        fields++;
        fieldStart = true;
      } else {
        if (c == '"' && fieldStart) {
          quoted = true;
        }
        blank &= Character.isWhitespace(c);
        fieldStart = false;
      }
    }
    // in a complete sample, a record still in quotes at the end is an unclosed quote: counting it
    // lets the reader find the right delimiter and then report the quote
    if (complete && !blank && counts.size() < MAX_RECORDS) {
      counts.add(fields);
    }
    return counts;
  }
}
