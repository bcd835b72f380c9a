package io.vivier.prospect;

import io.vivier.storage.Json;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Before-images of records as JSON, keyed by canonical field name, and back. */
public final class Snapshots {

  private Snapshots() {}

  public static <F extends Enum<F> & Field> String write(Map<F, Object> values) {
    Map<String, Object> json = new LinkedHashMap<>();
    values.forEach((field, value) -> json.put(field.key(), value));
    return Json.write(json);
  }

  public static <F extends Enum<F> & Field> EnumMap<F, Object> read(String json, Class<F> fields) {
    Map<String, Object> map = Json.readMap(json);
    EnumMap<F, Object> values = new EnumMap<>(fields);
    for (F field : fields.getEnumConstants()) {
      Object value = map.get(field.key());
      if (value == null) {
        continue;
      }
      if (field.kind() == FieldKind.INTEGER || field.kind() == FieldKind.COMPANY) {
        value = ((Number) value).longValue();
      } else if (field.kind() == FieldKind.TAGS) {
        value = List.copyOf((List<?>) value);
      }
      values.put(field, value);
    }
    return values;
  }
}
