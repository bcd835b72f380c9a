package io.vivier.prospect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Differences between two versions of a record, as written in the audit log. */
final class Changes {

  private Changes() {}

  /** {@code {"email": ["old", "new"], …}} for each field whose value differs. */
  static <F extends Field> Map<String, Object> between(Map<F, Object> before, Map<F, Object> after, F[] fields) {
    Map<String, Object> changes = new LinkedHashMap<>();
    for (F field : fields) {
      Object old = before.get(field);
      Object now = after.get(field);
      if (!Objects.equals(old, now)) {
        changes.put(field.key(), new ArrayList<>(Arrays.asList(old, now)));
      }
    }
    return changes;
  }

  /** The values of a record as a map from field name to value, for create and delete entries. */
  static <F extends Field> Map<String, Object> snapshot(Map<F, Object> values) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    values.forEach((field, value) -> snapshot.put(field.key(), value));
    return snapshot;
  }
}
