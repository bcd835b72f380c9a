package io.vivier.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Small conversions between stored records and HTML forms. */
public final class Forms {

  private Forms() {}

  /**
   * A record's values (as in its JSON) as the strings its form fields show: lists as words separated
   * by commas; objects and empty values left out.
   */
  public static Map<String, String> values(Map<String, ?> record) {
    Map<String, String> form = new LinkedHashMap<>();
    record.forEach(
        (key, value) -> {
          if (value instanceof Collection<?> list) {
            form.put(key, list.stream().map(String::valueOf).collect(Collectors.joining(", ")));
          } else if (value != null && !(value instanceof Map)) {
            form.put(key, value.toString());
          }
        });
    return form;
  }

  /** The version a form was made from; -1 (which never matches) when it is missing or garbled. */
  public static long version(String value) {
    try {
      return value == null ? -1 : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The optional version of a form (delete buttons); null when absent or garbled. */
  public static Long optionalVersion(String value) {
    long version = version(value);
    return version < 0 ? null : version;
  }

  public static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
