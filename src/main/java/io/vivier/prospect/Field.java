package io.vivier.prospect;

import java.util.List;

/** A canonical field of a person or a company: its public name, its column and its rules. */
public interface Field {

  /** The name in JSON, CSV and forms, e.g. {@code first_name}. */
  String key();

  /** The SQL column; a constant of Vivier's, never user text. */
  String column();

  FieldKind kind();

  /** Longest accepted text, in characters. */
  int maxLength();

  /** Allowed values for {@link FieldKind#CHOICE} fields, as written in JSON; empty otherwise. */
  List<String> choices();

  /** Smallest and largest accepted values of {@link FieldKind#INTEGER} fields. */
  default long min() {
    return 0;
  }

  default long max() {
    return Long.MAX_VALUE;
  }
}
