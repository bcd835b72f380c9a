package io.vivier.segment;

import io.vivier.quality.Text;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a resolved filter over one {@link ProspectRow} in memory, with the semantics the SQL
 * compiler gives the databases (docs/FILTERS.md): a condition on a missing value is false, so
 * {@code country != FR} leaves out people with no country while {@code not country = FR} keeps
 * them; for tags, {@code !=} and {@code not in} mean "has none of these".
 */
public final class Evaluator {

  private final Instant now;

  /** {@code now} is the instant {@code within} counts back from. */
  public Evaluator(Instant now) {
    this.now = now;
  }

  public boolean matches(Filter filter, ProspectRow row) {
    if (filter instanceof Filter.And and) {
      return and.parts().stream().allMatch(p -> matches(p, row));
    }
    if (filter instanceof Filter.Or or) {
      return or.parts().stream().anyMatch(p -> matches(p, row));
    }
    if (filter instanceof Filter.Not not) {
      return !matches(not.filter(), row);
    }
    return condition((Filter.Condition) filter, row);
  }

  /** The folded form of the text a {@code ~} looks for, as both the evaluator and the SQL use it. */
  static String needle(String text) {
    return Text.fold(Text.clean(text));
  }

  private boolean condition(Filter.Condition c, ProspectRow row) {
    FilterField field = c.field();
    Object value = field.valueIn(row);
    switch (field.type()) {
      case BOOLEAN:
        return value.equals(c.value());
      case LIST:
        return ((java.util.Set<?>) value).contains(c.value());
      case TAGS:
        return tags(c, (List<?>) value);
      case ATTRIBUTE:
        Object attribute = value == null ? null : ((Map<?, ?>) value).get(c.key());
        return attribute(c, attribute);
      case SEGMENT:
        throw new IllegalStateException("segments are resolved before evaluation");
      default:
        break;
    }
    if (c.op() == Operator.EXISTS) {
      return value != null;
    }
    if (value == null) {
      return false;
    }
    return switch (c.op()) {
      case EQ -> same(value, c.value());
      case NE -> !same(value, c.value());
      case IN -> c.values().stream().anyMatch(v -> same(value, v));
      case NOT_IN -> c.values().stream().noneMatch(v -> same(value, v));
      case LT -> compare(value, c.value()) < 0;
      case LE -> compare(value, c.value()) <= 0;
      case GT -> compare(value, c.value()) > 0;
      case GE -> compare(value, c.value()) >= 0;
      case CONTAINS -> Text.fold((String) value).contains(needle((String) c.value()));
      case WITHIN -> !((Instant) value).isBefore(((Span) c.value()).since(now));
      case BEFORE -> ((Instant) value).isBefore((Instant) c.value());
      case AFTER -> !((Instant) value).isBefore((Instant) c.value());
      case EXISTS -> true;
    };
  }

  private static boolean tags(Filter.Condition c, List<?> tags) {
    boolean any = tags != null && c.values().stream().anyMatch(tags::contains);
    return switch (c.op()) {
      case EXISTS -> tags != null && !tags.isEmpty();
      case EQ, IN -> any;
      case NE, NOT_IN -> !any;
      default -> throw new IllegalStateException(c.op().name());
    };
  }

  /** An attribute matches a literal of its own JSON type only: 10 is not "10". */
  private static boolean attribute(Filter.Condition c, Object stored) {
    if (c.op() == Operator.EXISTS) {
      return stored != null;
    }
    Object literal = c.value();
    Number inText = literal instanceof Number && stored instanceof String text ? numberInText(text) : null;
    Object value = inText == null ? stored : inText;
    boolean sameType =
        literal instanceof Number ? value instanceof Number : literal instanceof Boolean ? value instanceof Boolean : value instanceof String;
    if (!sameType) {
      return false;
    }
    return switch (c.op()) {
      case EQ -> same(value, literal);
      case NE -> !same(value, literal);
      case IN -> c.values().stream().anyMatch(v -> same(value, v));
      case NOT_IN -> c.values().stream().noneMatch(v -> same(value, v));
      case LT -> compare(value, literal) < 0;
      case LE -> compare(value, literal) <= 0;
      case GT -> compare(value, literal) > 0;
      case GE -> compare(value, literal) >= 0;
      case CONTAINS -> Text.fold((String) value).contains(needle((String) literal));
      default -> throw new IllegalStateException(c.op().name());
    };
  }

  /**
   * A number written as text ("12000", "-3.5": digits, an optional sign and decimal point), as
   * imports store the attributes they read from a file; null for any other text. SQL does the same
   * ({@link SqlCompiler}: vivier_number on SQLite, a pattern on PostgreSQL).
   */
  static Number numberInText(String text) {
    if (!NUMBER_TEXT.matcher(text).matches()) {
      return null;
    }
    return text.indexOf('.') >= 0 ? (Number) Double.valueOf(text) : (Number) Long.valueOf(text);
  }

  static final String NUMBER_PATTERN = "-?[0-9]{1,15}(\\.[0-9]{1,15})?";
  private static final java.util.regex.Pattern NUMBER_TEXT = java.util.regex.Pattern.compile(NUMBER_PATTERN);

  private static boolean same(Object value, Object literal) {
    if (value instanceof Number && literal instanceof Number) {
      return compare(value, literal) == 0;
    }
    return value.equals(literal);
  }

  /** Integers exactly, anything with a decimal part as doubles (as both databases compare them). */
  private static int compare(Object value, Object literal) {
    Number a = (Number) value;
    Number b = (Number) literal;
    if (integral(a) && integral(b)) {
      return Long.compare(a.longValue(), b.longValue());
    }
    return Double.compare(a.doubleValue(), b.doubleValue());
  }

  private static boolean integral(Number n) {
    return n instanceof Long || n instanceof Integer || n instanceof Short;
  }
}
