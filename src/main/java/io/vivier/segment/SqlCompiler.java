package io.vivier.segment;

import io.vivier.quality.Text;
import io.vivier.storage.Dialect;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Compiles a resolved filter to a parameterised SQL condition over {@code people_facts f LEFT JOIN
 * people p ON p.id = f.person_id LEFT JOIN companies c ON c.id = f.company_id}, for SQLite or
 * PostgreSQL (both leave out a join whose table the condition does not name). Column names and
 * SQL come from {@link FilterFields}; every value the user wrote (attribute keys included) is a bound parameter.
 *
 * <p>Negations are pushed down to the conditions (De Morgan), and a negated condition whose SQL
 * may be NULL is written {@code NOT COALESCE(cond, FALSE)}: both databases then use the two-valued
 * logic of the {@link Evaluator}, and positive conditions stay plain enough for indexes.
 *
 * <p>"Contains" compares folded text (lower case, no accents, {@link Text#fold}). SQLite folds with
 * the {@code vivier_fold} function Vivier registers on its connections, which is {@code Text.fold}
 * itself; PostgreSQL folds with {@code translate} over a table computed from {@code Text.fold} for
 * the Latin-1 and Latin Extended-A letters (other scripts compare as stored there).
 */
final class SqlCompiler {

  /** The name of the SQLite function registered by {@link JdbcSegmentQueries}. */
  static final String SQLITE_FOLD = "vivier_fold";
  /** SQLite function: a number written as text to that number, other text to NULL ({@link Evaluator#numberInText}). */
  static final String SQLITE_NUMBER = "vivier_number";
  private static final PostgresFold PG_FOLD = PostgresFold.build();

  private final Dialect dialect;
  private final Instant now;
  private final StringBuilder sql = new StringBuilder(256);
  private final List<Object> params = new ArrayList<>();

  private SqlCompiler(Dialect dialect, Instant now) {
    this.dialect = dialect;
    this.now = now;
  }

  static SqlCondition compile(Filter filter, Dialect dialect, Instant now) {
    SqlCompiler compiler = new SqlCompiler(dialect, now);
    compiler.emit(filter, false);
    return new SqlCondition(compiler.sql.toString(), compiler.params);
  }

  private void emit(Filter filter, boolean negated) {
    if (filter instanceof Filter.Not not) {
      emit(not.filter(), !negated);
    } else if (filter instanceof Filter.And and) {
      join(and.parts(), negated ? " OR " : " AND ", negated);
    } else if (filter instanceof Filter.Or or) {
      join(or.parts(), negated ? " AND " : " OR ", negated);
    } else {
      condition((Filter.Condition) filter, negated);
    }
  }

  private void join(List<Filter> parts, String operator, boolean negated) {
    sql.append('(');
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        sql.append(operator);
      }
      emit(parts.get(i), negated);
    }
    sql.append(')');
  }

  private void condition(Filter.Condition c, boolean negated) {
    FilterField field = c.field();
    boolean flip = false;
    Operator op = c.op();
    // "has none of these tags" is the negation of "has one of them"
    if (field.type() == FieldType.TAGS && (op == Operator.NE || op == Operator.NOT_IN)) {
      flip = true;
      op = op == Operator.NE ? Operator.EQ : Operator.IN;
    }
    if (field.type() == FieldType.BOOLEAN && Boolean.FALSE.equals(c.value())) {
      flip = true;
    }
    boolean not = negated ^ flip;
    boolean guard = not && (field.nullable() || field.type() == FieldType.ATTRIBUTE);
    if (not) {
      sql.append(guard ? "NOT COALESCE(" : "NOT (");
    } else {
      sql.append('(');
    }
    switch (field.type()) {
      case BOOLEAN -> sql.append(field.sql());
      case LIST -> {
        sql.append("f.person_id IN (SELECT m.person_id FROM list_members m WHERE m.list_id = ?)");
        params.add(c.value());
      }
      case TAGS -> tags(field.sql(), op, c.values());
      case ATTRIBUTE -> attribute(field.sql(), c);
      case USER -> user(op, c.values());
      default -> column(field, op, c.values());
    }
    sql.append(guard ? (dialect == Dialect.POSTGRESQL ? ", FALSE)" : ", 0)") : ")");
  }

  private void column(FilterField field, Operator op, List<Object> values) {
    String column = field.sql();
    switch (op) {
      case EXISTS -> sql.append(column).append(" IS NOT NULL");
      case EQ, NE, LT, LE, GT, GE -> {
        sql.append(column).append(' ').append(op == Operator.NE ? "<>" : op.symbol()).append(" ?");
        params.add(values.get(0));
      }
      case IN, NOT_IN -> {
        sql.append(column).append(op == Operator.IN ? " IN (" : " NOT IN (").append(marks(values.size())).append(')');
        params.addAll(values);
      }
      case CONTAINS -> contains(column, field.searchColumn(), (String) values.get(0));
      case WITHIN -> {
        sql.append(column).append(" >= ?");
        params.add(dialect.timestamp(((Span) values.get(0)).since(now)));
      }
      case BEFORE -> {
        sql.append(column).append(" < ?");
        params.add(dialect.timestamp((Instant) values.get(0)));
      }
      case AFTER -> {
        sql.append(column).append(" >= ?");
        params.add(dialect.timestamp((Instant) values.get(0)));
      }
    }
  }

  /** Owners are stored as user ids: the usernames are looked up in the same statement. */
  private void user(Operator op, List<Object> values) {
    if (op == Operator.EXISTS) {
      sql.append("f.owner_id IS NOT NULL");
      return;
    }
    boolean in = op == Operator.EQ || op == Operator.IN;
    // NULL NOT IN (an empty set) is true: a person without owner has no owner other than x either
    sql.append(in ? "f.owner_id IN" : "f.owner_id IS NOT NULL AND f.owner_id NOT IN")
        .append(" (SELECT u.id FROM users u WHERE u.username IN (").append(marks(values.size())).append("))");
    params.addAll(values);
  }

  /**
   * "Contains", ignoring case and accents. Where the field's folded value is part of a search
   * text column, that column is checked first: a cheap test that lets most rows skip the folding.
   */
  private void contains(String column, String searchColumn, String text) {
    String needle = Evaluator.needle(text);
    if (searchColumn != null) {
      append(position(new Expr(searchColumn, List.of()), needle));
      sql.append(" AND ");
    }
    append(position(fold(new Expr(column, List.of())), needle));
  }

  private void tags(String column, Operator op, List<Object> values) {
    if (op == Operator.EXISTS) {
      sql.append(dialect == Dialect.POSTGRESQL ? "jsonb_array_length(" : "json_array_length(").append(column).append(") > 0");
      return;
    }
    if (dialect == Dialect.POSTGRESQL) {
      // @> rather than the ? operators, which JDBC would read as parameters
      sql.append('(');
      for (int i = 0; i < values.size(); i++) {
        sql.append(i > 0 ? " OR " : "").append(column).append(" @> jsonb_build_array(CAST(? AS text))");
      }
      sql.append(')');
    } else {
      sql.append("EXISTS (SELECT 1 FROM json_each(").append(column).append(") t WHERE t.value IN (")
          .append(marks(values.size())).append("))");
    }
    params.addAll(values);
  }

  /**
   * A custom attribute compared with a literal of the same JSON type only (a number with numbers,
   * text with strings, true/false with booleans); the key is bound, as a JSON path on SQLite.
   */
  private void attribute(String column, Filter.Condition c) {
    boolean pg = dialect == Dialect.POSTGRESQL;
    Object key = pg ? c.key() : "$.\"" + c.key() + "\"";
    Expr type = pg
        ? new Expr("jsonb_typeof(" + column + " -> CAST(? AS text))", List.of(key))
        : new Expr("json_type(" + column + ", ?)", List.of(key));
    Expr text = pg
        ? new Expr(column + " ->> CAST(? AS text)", List.of(key))
        : new Expr("json_extract(" + column + ", ?)", List.of(key));
    if (c.op() == Operator.EXISTS) {
      append(type);
      sql.append(" <> 'null'");
      return;
    }
    Object literal = c.value();
    if (literal instanceof Boolean) {
      List<Object> wanted = new ArrayList<>();
      boolean positive = c.op() == Operator.EQ || c.op() == Operator.IN;
      for (boolean candidate : new boolean[] {true, false}) {
        if (c.values().contains(candidate) == positive) {
          wanted.add(Boolean.toString(candidate));
        }
      }
      if (wanted.isEmpty()) {
        sql.append("1 = 0");
        return;
      }
      // SQLite's json_type says 'true' or 'false'; PostgreSQL's says 'boolean', and the text which
      append(pg ? type.then(" = 'boolean' AND ").then(text) : type);
      sql.append(" IN (").append(marks(wanted.size())).append(')');
      params.addAll(wanted);
      return;
    }
    boolean number = literal instanceof Number;
    Expr value;
    if (number) {
      // a number, or a number written as text (imports store attributes as text): Evaluator.numberInText
      value = pg
          ? new Expr("(CASE WHEN ", List.of()).then(type).then(" = 'number' THEN CAST(").then(text).then(" AS numeric) WHEN ")
              .then(type).then(" = 'string' AND ").then(text).then(" ~ '^" + Evaluator.NUMBER_PATTERN + "$' THEN CAST(").then(text)
              .then(" AS numeric) END)")
          : new Expr("(CASE WHEN ", List.of()).then(type).then(" IN ('integer', 'real') THEN ").then(text).then(" WHEN ")
              .then(type).then(" = 'text' THEN " + SQLITE_NUMBER + "(").then(text).then(") END)");
    } else {
      append(type);
      sql.append(pg ? " = 'string' AND " : " = 'text' AND ");
      value = text;
    }
    switch (c.op()) {
      case CONTAINS -> append(position(fold(value), Evaluator.needle((String) literal)));
      case IN, NOT_IN -> {
        append(value);
        sql.append(c.op() == Operator.IN ? " IN (" : " NOT IN (").append(marks(c.values().size())).append(')');
        params.addAll(c.values());
      }
      default -> {
        append(value);
        sql.append(' ').append(c.op() == Operator.NE ? "<>" : c.op().symbol()).append(" ?");
        params.add(literal);
      }
    }
  }

  /** A piece of SQL and its parameters. */
  private record Expr(String sql, List<Object> params) {
    Expr then(String more) {
      return new Expr(sql + more, params);
    }

    Expr then(Expr more) {
      List<Object> all = new ArrayList<>(params);
      all.addAll(more.params);
      return new Expr(sql + more.sql, all);
    }
  }

  private void append(Expr expr) {
    sql.append(expr.sql());
    params.addAll(expr.params());
  }

  /** "{@code needle} is in {@code haystack}". */
  private Expr position(Expr haystack, String needle) {
    Expr call = new Expr(dialect == Dialect.POSTGRESQL ? "strpos(" : "instr(", List.of()).then(haystack).then(", ?) > 0");
    List<Object> all = new ArrayList<>(call.params());
    all.add(needle);
    return new Expr(call.sql(), all);
  }

  /** {@code expression} folded as {@link Text#fold} does. */
  private Expr fold(Expr expression) {
    if (dialect == Dialect.SQLITE) {
      return new Expr(SQLITE_FOLD + "(", List.of()).then(expression).then(")");
    }
    Expr folded = expression;
    for (String[] expansion : PG_FOLD.expansions()) {
      folded = new Expr("replace(", List.of()).then(folded).then(new Expr(", ?, ?)", List.of(expansion[0], expansion[1])));
    }
    return new Expr("translate(", List.of()).then(folded).then(new Expr(", ?, ?)", List.of(PG_FOLD.from(), PG_FOLD.to())));
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /** The characters PostgreSQL's translate maps to fold text as {@link Text#fold} does. */
  record PostgresFold(String from, String to, List<String[]> expansions) {

    static PostgresFold build() {
      StringBuilder from = new StringBuilder();
      StringBuilder to = new StringBuilder();
      List<String[]> expansions = new ArrayList<>();
      for (char c = 0; c < 0x180; c++) {
        String folded = Text.fold(String.valueOf(c));
        if (folded.length() == 1 && folded.charAt(0) != c) {
          from.append(c);
          to.append(folded);
        } else if (folded.length() != 1) {
          expansions.add(new String[] {String.valueOf(c), folded});
        }
      }
      // combining accents left after the mapping are deleted: translate drops what has no counterpart
      for (char mark = 0x300; mark < 0x370; mark++) {
        from.append(mark);
      }
      return new PostgresFold(from.toString(), to.toString(), List.copyOf(expansions));
    }
  }
}
