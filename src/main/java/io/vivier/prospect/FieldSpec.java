package io.vivier.prospect;

import java.util.List;

/**
 * What defines a canonical field: its public name, its column, how it is read and its limits.
 *
 * @param maxLength longest accepted text, in characters (for tags: of each entry)
 * @param choices allowed values of {@link FieldKind#CHOICE} fields as written in JSON; empty otherwise
 * @param max largest accepted value of {@link FieldKind#INTEGER} fields (the smallest is 0)
 */
public record FieldSpec(String key, String column, FieldKind kind, int maxLength, List<String> choices, long max) {

  static FieldSpec of(String key, FieldKind kind, int maxLength) {
    return new FieldSpec(key, key, kind, maxLength, List.of(), Long.MAX_VALUE);
  }

  static FieldSpec stored(String key, String column, FieldKind kind, int maxLength) {
    return new FieldSpec(key, column, kind, maxLength, List.of(), Long.MAX_VALUE);
  }

  static FieldSpec choice(String key, String column, List<String> choices) {
    return new FieldSpec(key, column, FieldKind.CHOICE, 40, choices, Long.MAX_VALUE);
  }

  static FieldSpec number(String key, long max) {
    return new FieldSpec(key, key, FieldKind.INTEGER, Long.toString(max).length(), List.of(), max);
  }
}
