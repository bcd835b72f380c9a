package io.vivier.dedup;

import io.vivier.prospect.Field;
import io.vivier.web.BadInputException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A user's choice of record per field in a merge, read from JSON ({"city": 3}). */
final class Picks {

  private Picks() {}

  /** Field key → record id, each checked; null or absent gives none. */
  static Map<String, Long> read(Object json) {
    Map<String, Long> picks = new LinkedHashMap<>();
    if (json == null) {
      return picks;
    }
    if (!(json instanceof Map<?, ?> map)) {
      throw new BadInputException("picks: an object of field → record id, such as {\"city\": 3}");
    }
    map.forEach((key, value) -> {
      if (!(value instanceof Number number)) {
        throw new BadInputException("picks." + key + ": a record id (a number), not '" + value + "'");
      }
      picks.put(String.valueOf(key), number.longValue());
    });
    return picks;
  }

  /** The picks by field; an unknown field key is bad input. */
  static <F extends Enum<F> & Field> Map<F, Long> typed(Map<String, Long> picks, Class<F> fields) {
    Map<F, Long> typed = new EnumMap<>(fields);
    picks.forEach((key, record) -> {
      F field = null;
      for (F f : fields.getEnumConstants()) {
        if (f.key().equals(key)) {
          field = f;
        }
      }
      if (field == null) {
        throw new BadInputException("picks: unknown field '" + key + "'");
      }
      typed.put(field, record);
    });
    return typed;
  }
}
