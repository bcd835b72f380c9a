package io.vivier.segment;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recursive-descent parser of the filter language (grammar in docs/FILTERS.md):
 *
 * <pre>
 * filter    = or END
 * or        = and { "or" and }
 * and       = unary { "and" unary }
 * unary     = "not" unary | "(" or ")" | condition
 * condition = FIELD ( OP value | ["not"] "in" "(" value {"," value} ")" | "~" value | "contains" value
 *                   | ["not"] "exists" | "is" ["not"] "empty" | ["not"] "within" SPAN
 *                   | "before" DATE | "after" DATE | (nothing, for a yes/no field) )
 * </pre>
 *
 * Values are checked against their field as they are read (a choice must be one of the field's
 * values, a number a number), so every error points at the token that caused it. Input is bounded:
 * {@value #MAX_LENGTH} characters, {@value #MAX_DEPTH} levels of nesting, {@value #MAX_VALUES}
 * values in a list; beyond, a clear error, and the work done is linear in the length.
 */
final class Parser {

  static final int MAX_LENGTH = 10_000;
  static final int MAX_DEPTH = 32;
  static final int MAX_VALUES = 1_000;
  private static final Set<String> KEYWORDS =
      Set.of("and", "or", "not", "in", "exists", "is", "empty", "within", "before", "after", "contains");
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,18}(\\.\\d{1,12})?");
  private static final Pattern SPAN = Pattern.compile("(\\d{1,5})([hdwmy])", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final List<Token> tokens;
  private int index;
  private int depth;
  /** Where the field of the condition being read is. */
  private Position fieldPosition;

  private Parser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The filter in {@code text}; a {@link FilterException} saying what and where otherwise. */
  static Filter parse(String text) {
    if (text == null || text.isBlank()) {
      throw new FilterException("the filter is empty: write a condition such as country = FR", Position.START);
    }
    if (text.length() > MAX_LENGTH) {
      throw new FilterException(
          "the filter is too long: " + text.length() + " characters, at most " + MAX_LENGTH + " (save parts as segments and combine them)",
          null);
    }
    Parser parser = new Parser(Lexer.tokens(text));
    Filter filter = parser.or();
    Token end = parser.peek();
    if (end.kind() != Token.Kind.END) {
      throw new FilterException(
          end.kind() == Token.Kind.RIGHT
              ? "unexpected ')' with no '(' before it"
              : "unexpected " + end.describe() + " after a complete condition (join conditions with and / or)",
          end.position());
    }
    return filter;
  }

  private Filter or() {
    List<Filter> parts = new ArrayList<>(List.of(and()));
    while (peek().is("or")) {
      index++;
      parts.add(and());
    }
    return parts.size() == 1 ? parts.get(0) : new Filter.Or(parts);
  }

  private Filter and() {
    List<Filter> parts = new ArrayList<>(List.of(unary()));
    while (peek().is("and")) {
      index++;
      parts.add(unary());
    }
    return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
  }

  private Filter unary() {
    Token token = peek();
    if (token.is("not")) {
      index++;
      enter(token);
      Filter negated = new Filter.Not(unary());
      depth--;
      return negated;
    }
    if (token.kind() == Token.Kind.LEFT) {
      index++;
      enter(token);
      Filter inner = or();
      Token close = next();
      if (close.kind() != Token.Kind.RIGHT) {
        throw new FilterException(
            "expected ')' to close the '(' at " + token.position() + ", found " + close.describe(), close.position());
      }
      depth--;
      return inner;
    }
    return condition();
  }

  private void enter(Token token) {
    if (++depth > MAX_DEPTH) {
      throw new FilterException("the filter nests too deep (more than " + MAX_DEPTH + " levels of parentheses or not)", token.position());
    }
  }

  private Filter condition() {
    Token name = next();
    if (name.kind() != Token.Kind.WORD || KEYWORDS.contains(name.lower())) {
      throw new FilterException("expected a condition such as country = FR, found " + name.describe(), name.position());
    }
    FilterFields.Reference ref = FilterFields.resolve(name.text(), name.position());
    fieldPosition = name.position();
    FilterField field = ref.field();
    Token token = peek();
    if (token.kind() == Token.Kind.OPERATOR) {
      index++;
      Operator op = Operator.ofSymbol(token.text());
      check(ref, op, token);
      return condition(ref, op, token, List.of(value(ref, op, next())));
    }
    if (token.is("contains")) {
      index++;
      check(ref, Operator.CONTAINS, token);
      return condition(ref, Operator.CONTAINS, token, List.of(value(ref, Operator.CONTAINS, next())));
    }
    if (token.is("in")) {
      index++;
      check(ref, Operator.IN, token);
      return condition(ref, Operator.IN, token, list(ref, Operator.IN));
    }
    if (token.is("exists")) {
      index++;
      check(ref, Operator.EXISTS, token);
      return condition(ref, Operator.EXISTS, token, List.of());
    }
    if (token.is("within")) {
      index++;
      check(ref, Operator.WITHIN, token);
      return condition(ref, Operator.WITHIN, token, List.of(span(next())));
    }
    if (token.is("before") || token.is("after")) {
      index++;
      Operator op = token.is("before") ? Operator.BEFORE : Operator.AFTER;
      check(ref, op, token);
      return condition(ref, op, token, List.of(date(next(), op)));
    }
    if (token.is("is")) {
      index++;
      boolean negated = peek().is("not");
      if (negated) {
        index++;
      }
      Token empty = next();
      if (!empty.is("empty")) {
        throw new FilterException("expected 'empty' after 'is" + (negated ? " not" : "") + "', found " + empty.describe(), empty.position());
      }
      check(ref, Operator.EXISTS, token);
      Filter exists = condition(ref, Operator.EXISTS, token, List.of());
      return negated ? exists : new Filter.Not(exists);
    }
    if (token.is("not")) {
      index++;
      Token what = next();
      if (what.is("in")) {
        check(ref, Operator.NOT_IN, token);
        return condition(ref, Operator.NOT_IN, token, list(ref, Operator.NOT_IN));
      }
      if (what.is("exists")) {
        check(ref, Operator.EXISTS, token);
        return new Filter.Not(condition(ref, Operator.EXISTS, token, List.of()));
      }
      if (what.is("within")) {
        check(ref, Operator.WITHIN, token);
        return new Filter.Not(condition(ref, Operator.WITHIN, token, List.of(span(next()))));
      }
      throw new FilterException("expected in, exists or within after '" + name.text() + " not', found " + what.describe(), what.position());
    }
    if (field.type() == FieldType.BOOLEAN) {
      return new Filter.Condition(field, null, Operator.EQ, List.of(Boolean.TRUE), name.position());
    }
    throw new FilterException(
        "expected an operator after '" + name.text() + "' (" + field.type().operatorList() + "), found " + token.describe(),
        token.position());
  }

  private Filter condition(FilterFields.Reference ref, Operator op, Token at, List<Object> values) {
    FilterField field = ref.field();
    Position where = fieldPosition;
    if (field.type() == FieldType.BOOLEAN) {
      // "flag != true" is "flag = false": keep one operator for yes/no fields
      boolean value = (Boolean) values.get(0);
      return new Filter.Condition(field, null, Operator.EQ, List.of(op == Operator.EQ ? value : !value), where);
    }
    if (field.isAttribute() && values.size() > 1) {
      Class<?> kind = kind(values.get(0));
      if (values.stream().anyMatch(v -> kind(v) != kind)) {
        throw new FilterException("the values of an attribute's list must all be text, all numbers or all true/false", at.position());
      }
    }
    return new Filter.Condition(field, ref.key(), op, values, where);
  }

  /** Refuses an operator the field's type does not take, before its value is read. */
  private static void check(FilterFields.Reference ref, Operator op, Token at) {
    FilterField field = ref.field();
    if (!field.type().allows(op)) {
      String hint =
          field.type() == FieldType.DATE && (op.ordering() || op == Operator.EQ)
              ? " — use before, after or within"
              : " — " + field.type().label() + " fields take " + field.type().operatorList();
      throw new FilterException(
          "operator '" + op.symbol() + "' does not apply to the " + field.type().label() + " field '" + field.name()
              + (ref.key() == null ? "" : ref.key()) + "'" + hint,
          at.position());
    }
  }

  private static Class<?> kind(Object value) {
    return value instanceof Number ? Number.class : value.getClass();
  }

  private List<Object> list(FilterFields.Reference ref, Operator op) {
    Token open = next();
    if (open.kind() != Token.Kind.LEFT) {
      throw new FilterException("expected '(' to open the list after '" + op.symbol() + "', found " + open.describe(), open.position());
    }
    List<Object> values = new ArrayList<>();
    while (true) {
      values.add(value(ref, op, next()));
      if (values.size() > MAX_VALUES) {
        throw new FilterException("a list holds at most " + MAX_VALUES + " values", open.position());
      }
      Token separator = next();
      if (separator.kind() == Token.Kind.RIGHT) {
        return values;
      }
      if (separator.kind() != Token.Kind.COMMA) {
        throw new FilterException(
            "expected ',' or ')' in the list opened at " + open.position() + ", found " + separator.describe(), separator.position());
      }
    }
  }

  /** A value for {@code op} on the field, checked and converted (see {@link Filter.Condition}). */
  private Object value(FilterFields.Reference ref, Operator op, Token token) {
    if (token.kind() != Token.Kind.WORD && token.kind() != Token.Kind.STRING) {
      throw new FilterException("expected a value, found " + token.describe(), token.position());
    }
    if (token.kind() == Token.Kind.WORD && KEYWORDS.contains(token.lower())) {
      throw new FilterException("expected a value, found the keyword '" + token.text() + "' (quote it to mean the word)", token.position());
    }
    FilterField field = ref.field();
    String text = token.text();
    boolean bare = token.kind() == Token.Kind.WORD;
    if (op == Operator.CONTAINS) {
      if (io.vivier.quality.Text.fold(io.vivier.quality.Text.clean(text)).isEmpty()) {
        throw new FilterException("~ needs some text to look for", token.position());
      }
      return text;
    }
    return switch (field.type()) {
      case TEXT, TAGS, SEGMENT, LIST -> text;
      case USER -> text.strip().toLowerCase(java.util.Locale.ROOT);
      case ENUM -> field.choices().resolve(text).orElseThrow(() -> badChoice(field, token));
      case NUMBER -> {
        Number number = bare ? number(text) : null;
        if (number == null) {
          throw new FilterException("'" + field.name() + "' is a number: expected a number such as 50, found " + token.describe(),
              token.position());
        }
        yield number;
      }
      case BOOLEAN -> {
        if (bare && (token.is("true") || token.is("false"))) {
          yield token.is("true");
        }
        throw new FilterException("'" + field.name() + "' is yes/no: expected true or false, found " + token.describe(), token.position());
      }
      case ATTRIBUTE -> {
        if (bare && (token.is("true") || token.is("false"))) {
          yield token.is("true");
        }
        Number number = bare ? number(text) : null;
        if (number != null) {
          yield number;
        }
        if (op.ordering()) {
          throw new FilterException("'" + op.symbol() + "' compares numbers: expected a number, found " + token.describe(),
              token.position());
        }
        yield text;
      }
      case DATE -> throw new IllegalStateException("dates take before, after or within");
    };
  }

  private static FilterException badChoice(FilterField field, Token token) {
    Choices choices = field.choices();
    if (choices.hint() != null) {
      return new FilterException("'" + token.text() + "' is not " + choices.hint(), token.position());
    }
    String values = String.join(", ", choices.values());
    String hint =
        FilterFields.nearest(token.text(), choices.values())
            .map(v -> " — did you mean '" + v + "'? (values: " + values + ")")
            .orElse(" — values: " + values);
    return new FilterException("'" + token.text() + "' is not a value of '" + field.name() + "'" + hint, token.position());
  }

  /** A Long for an integer, a Double for a decimal; null when the text is not a number. */
  static Number number(String text) {
    if (!NUMBER.matcher(text).matches()) {
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    return value.scale() <= 0 ? (Number) value.longValueExact() : (Number) value.doubleValue();
  }

  private static Span span(Token token) {
    Matcher m = SPAN.matcher(token.text());
    if (token.kind() != Token.Kind.WORD || !m.matches()) {
      throw new FilterException("expected a length of time such as 30d (h hours, d days, w weeks, m months, y years), found "
          + token.describe(), token.position());
    }
    ChronoUnit unit =
        switch (Character.toLowerCase(m.group(2).charAt(0))) {
          case 'h' -> ChronoUnit.HOURS;
          case 'd' -> ChronoUnit.DAYS;
          case 'w' -> ChronoUnit.WEEKS;
          case 'm' -> ChronoUnit.MONTHS;
          default -> ChronoUnit.YEARS;
        };
    return new Span(Long.parseLong(m.group(1)), unit);
  }

  /**
   * The bound of a date condition: "before 2026-03-01" is before the start of that day (UTC),
   * "after 2026-03-01" from the start of the next; with a time ("2026-03-01T10:00:00Z"), before
   * or after that instant (stored times have millisecond precision).
   */
  private static Instant date(Token token, Operator op) {
    String text = token.text().strip();
    try {
      if (DATE.matcher(text).matches()) {
        LocalDate day = LocalDate.parse(text);
        return (op == Operator.BEFORE ? day : day.plusDays(1)).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (text.length() > 10 && DATE.matcher(text.substring(0, 10)).matches()) {
        Instant instant = OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MILLIS);
        return op == Operator.BEFORE ? instant : instant.plusMillis(1);
      }
    } catch (DateTimeException e) {
      throw new FilterException("'" + text + "' is not a valid date", token.position());
    }
    throw new FilterException(
        "expected a date such as 2026-03-01 (or 2026-03-01T10:00:00Z), found " + token.describe(), token.position());
  }

  private Token peek() {
    return tokens.get(index);
  }

  private Token next() {
    Token token = tokens.get(index);
    if (token.kind() != Token.Kind.END) {
      index++;
    }
    return token;
  }
}
