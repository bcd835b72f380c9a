package io.vivier.prospect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON of a list page: {@code {"items": […], "next_cursor": "…"}}. */
final class Pages {

  private Pages() {}

  static Map<String, Object> json(List<?> items, String nextCursor) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("items", items);
    json.put("next_cursor", nextCursor);
    return json;
  }
}
