package io.vivier.importing;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Messages about the column names a user may choose. */
final class ExportColumnNames {

  private ExportColumnNames() {}

  /** "id, first_name, …, attributes, or attr.<key> for one custom attribute". */
  static String help() {
    return String.join(", ", ExportRecord.FIELDS)
        + ", or " + ExportProfile.ATTRIBUTE_PREFIX + "<key> for one custom attribute";
  }

  /** "unknown column 'emial'; did you mean 'email'? Columns: …". */
  static String unknown(String name) {
    String message = "unknown column '" + abbreviate(name) + "'";
    String nearest = nearest(name, ExportRecord.FIELDS);
    if (nearest != null) {
      message += "; did you mean '" + nearest + "'?";
    }
    return message + " Columns: " + help();
  }

  private static String nearest(String name, List<String> known) {
    if (name.length() > 64) {
      return null;
    }
    String folded = name.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String best = known.stream().min(Comparator.comparingInt(k -> distance.apply(k, folded))).orElseThrow();
    return distance.apply(best, folded) <= Math.max(2, folded.length() / 3) ? best : null;
  }

  private static String abbreviate(String text) {
    return text.length() <= 64 ? text : text.substring(0, 64) + "…";
  }
}
