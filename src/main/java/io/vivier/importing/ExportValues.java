package io.vivier.importing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** Typed export values as the text of one CSV or XLSX cell. */
final class ExportValues {

  /** Joins tags and technologies; the importer splits them on commas and semicolons. */
  static final String LIST_SEPARATOR = ", ";

  static final JsonMapper JSON = JsonMapper.builder().build();

  private ExportValues() {}

  /**
   * The value as cell text, before neutralising: lists joined by {@value #LIST_SEPARATOR}, maps as
   * JSON, dates in ISO-8601, numbers in plain digits; null for null.
   */
  static String text(Object value) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      // plain digits, never "1.0E10"
      return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ExportValues::text).collect(Collectors.joining(LIST_SEPARATOR));
    }
    if (value instanceof Map<?, ?> map) {
      return JSON.writeValueAsString(map);
    }
    return value.toString();
  }

  /** Whether the value is written as text a spreadsheet could take for a formula. */
  static boolean textual(Object value) {
    return value instanceof CharSequence || value instanceof List<?> || value instanceof Map<?, ?>;
  }

  /** The cell text of a value, neutralised when it is text. */
  static String cell(Object value) {
    String text = text(value);
    return textual(value) ? Cells.neutralise(text) : text;
  }
}
