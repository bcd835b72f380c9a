package io.vivier.prospect;

import java.util.List;

/** A canonical field of a person or a company: its public name, its column and its rules. */
public interface Field {

  FieldSpec spec();

  /** The name in JSON, CSV and forms, e.g. {@code first_name}. */
  default String key() {
    return spec().key();
  }

  /** The SQL column; a constant of Vivier's, never user text. */
  default String column() {
    return spec().column();
  }

  default FieldKind kind() {
    return spec().kind();
  }

  /** Longest accepted text, in characters. */
  default int maxLength() {
    return spec().maxLength();
  }

  /** Allowed values for {@link FieldKind#CHOICE} fields, as written in JSON; empty otherwise. */
  default List<String> choices() {
    return spec().choices();
  }

  /** Smallest and largest accepted values of {@link FieldKind#INTEGER} fields. */
  default long min() {
    return 0;
  }

  default long max() {
    return spec().max();
  }

  /**
   * Computed by Vivier, not written by users or imports, and not a column of the record's own table
   * (a person's score lives in person_scores, with its explanation): read with the record, never written with it.
   */
  default boolean computed() {
    return false;
  }
}
