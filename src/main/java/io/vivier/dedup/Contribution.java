package io.vivier.dedup;

import java.util.Locale;

/**
 * What one field added to a pair's match weight.
 *
 * @param field the compared column
 * @param level the level of agreement ("exact", "close"… or "missing")
 * @param weight bits added to the weight (0 for missing)
 * @param note what else counted, e.g. "common value" or "rare value" for an exact agreement weighed
 *     by frequency; null when nothing
 */
public record Contribution(String field, String level, double weight, String note) {

  /** "surname exact (rare value) +9.1". */
  public String describe() {
    return String.format(Locale.ROOT, "%s %s%s %+.1f", field, level, note == null ? "" : " (" + note + ")", weight);
  }
}
