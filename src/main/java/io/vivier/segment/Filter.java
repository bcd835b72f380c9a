package io.vivier.segment;

import java.util.List;

/**
 * A parsed filter: conditions joined by and / or / not. Values in conditions are already checked
 * and normalised for their field (see {@link Parser}).
 */
public sealed interface Filter {

  /** All parts hold. */
  record And(List<Filter> parts) implements Filter {
    public And {
      parts = List.copyOf(parts);
    }
  }

  /** At least one part holds. */
  record Or(List<Filter> parts) implements Filter {
    public Or {
      parts = List.copyOf(parts);
    }
  }

  record Not(Filter filter) implements Filter {}

  /**
   * One condition on a field. {@code key} is the attribute's key for {@code attr.*} fields, null
   * otherwise. {@code values} holds what the operator takes: none for {@code exists}, one for
   * most, several for {@code in}. Their Java types by field type: text, choice, user and tags take
   * strings; numbers take {@code Long} or {@code Double}; yes/no take {@code Boolean}; dates take
   * an {@code Instant} (before, after) or a {@link Span} (within); attributes take a string,
   * number or boolean; segments and lists take names until resolved, then lists take their id.
   */
  record Condition(FilterField field, String key, Operator op, List<Object> values, Position position) implements Filter {
    public Condition {
      values = List.copyOf(values);
    }

    Object value() {
      return values.get(0);
    }
  }
}
