package io.vivier.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.quality.Text;
import io.vivier.storage.Dialect;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the compiler writes: bound values only, negations that keep people with no value, folding tables. */
class SqlCompilerTests {

  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  private static SqlCondition compile(String filter, Dialect dialect) {
    return SqlCompiler.compile(Parser.parse(filter), dialect, NOW);
  }

  @Test
  void userTextIsOnlyEverABoundParameter() {
    String hostile = "x'); DROP TABLE people; --";
    String filter = "email = \"" + hostile + "\" or company_name ~ \"" + hostile + "\" or tag in (\"" + hostile + "\")"
        + " or attr.x-y = \"" + hostile + "\" or owner = \"" + hostile + "\" or company.attr.k ~ \"" + hostile + "\"";
    for (Dialect dialect : Dialect.values()) {
      SqlCondition sql = compile(filter, dialect);
      assertThat(sql.sql()).doesNotContain("DROP").doesNotContain("x-y").doesNotContain("--");
      assertThat(sql.params()).contains(hostile, Text.fold(hostile));
      assertThat(sql.sql().chars().filter(c -> c == '?').count()).isEqualTo(sql.params().size());
    }
    assertThat(compile("attr.x-y exists", Dialect.SQLITE).params()).containsExactly("$.\"x-y\"");
    assertThat(compile("attr.x-y exists", Dialect.POSTGRESQL).params()).containsExactly("x-y");
  }

  @Test
  void aNegatedConditionIsTrueForPeopleWithNoValue() {
    assertThat(compile("not country = FR", Dialect.SQLITE).sql()).isEqualTo("NOT COALESCE(f.country = ?, 0)");
    assertThat(compile("not country = FR", Dialect.POSTGRESQL).sql()).isEqualTo("NOT COALESCE(f.country = ?, FALSE)");
    assertThat(compile("country != FR", Dialect.SQLITE).sql()).as("!= keeps out people with no country").isEqualTo("(f.country <> ?)");
    assertThat(compile("not (country = FR or stage = MQL)", Dialect.SQLITE).sql())
        .as("De Morgan: negations reach the conditions")
        .isEqualTo("(NOT COALESCE(f.country = ?, 0) AND NOT (f.stage = ?))");
    assertThat(compile("tag != vip", Dialect.SQLITE).sql()).startsWith("NOT COALESCE(EXISTS (SELECT 1 FROM json_each(p.tags)");
    assertThat(compile("not email_bounced", Dialect.POSTGRESQL).sql())
        .isEqualTo("NOT (f.email_bounced = 1)");
  }

  @Test
  void datesAreBoundForEachDatabase() {
    assertThat(compile("last_activity within 30d", Dialect.SQLITE).params()).containsExactly("2026-11-01T00:00:00.000Z");
    assertThat(compile("created_at before 2026-03-01", Dialect.POSTGRESQL).params())
        .containsExactly(java.time.OffsetDateTime.parse("2026-03-01T00:00Z"));
    assertThat(new Span(1, java.time.temporal.ChronoUnit.MONTHS).since(Instant.parse("2026-03-31T12:00:00Z")))
        .isEqualTo(Instant.parse("2026-02-28T12:00:00Z"));
  }

  @Test
  void postgresFoldsTheLatinLettersAsJavaDoes() {
    SqlCompiler.PostgresFold fold = SqlCompiler.PostgresFold.build();
    String sample = "ÉCOLE Œuvre Straße Ñandú çà";
    StringBuilder translated = new StringBuilder();
    String expanded = sample;
    for (String[] expansion : fold.expansions()) {
      expanded = expanded.replace(expansion[0], expansion[1]);
    }
    for (char c : expanded.toCharArray()) {
      int at = fold.from().indexOf(c);
      if (at < 0) {
        translated.append(c);
      } else if (at < fold.to().length()) {
        translated.append(fold.to().charAt(at));
      }
    }
    assertThat(translated.toString()).isEqualTo(Text.fold(sample)).isEqualTo("ecole ouvre strasse nandu ca");
    assertThat(fold.expansions()).extracting(e -> e[0]).containsExactly("ß");
    assertThat(compile("company_name ~ \"Éco\"", Dialect.POSTGRESQL).params())
        .isEqualTo(List.of("eco", "ß", "ss", fold.from(), fold.to(), "eco"));
  }
}
