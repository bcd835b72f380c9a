package io.vivier.segment;

import io.vivier.quality.Countries;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The allowed values of a choice field and how a value as typed becomes the stored one (any case
 * is accepted: {@code mql} is {@code MQL}).
 */
record Choices(List<String> values, Function<String, Optional<String>> read, String hint) {

  static Choices upper(Class<? extends Enum<?>> type) {
    List<String> values = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    return new Choices(values, v -> find(values, v), null);
  }

  static Choices lower(Class<? extends Enum<?>> type) {
    List<String> values = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    return new Choices(values, v -> find(values, v), null);
  }

  static Choices of(List<String> values) {
    return new Choices(List.copyOf(values), v -> find(values, v), null);
  }

  static Choices countries() {
    return new Choices(List.of(), Countries::code, "an ISO 3166 two-letter country code such as FR, BE or CH");
  }

  /** The stored value for {@code typed}, if it is one of the choices. */
  Optional<String> resolve(String typed) {
    return read.apply(typed);
  }

  private static Optional<String> find(List<String> values, String typed) {
    String stripped = typed.strip();
    return values.stream().filter(v -> v.equalsIgnoreCase(stripped)).findFirst();
  }
}
