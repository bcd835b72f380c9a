package io.vivier.prospect;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Values of enum-backed fields as they appear in JSON. */
final class Choices {

  private Choices() {}

  static List<String> lower(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
  }

  static List<String> upper(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }
}
