package io.vivier.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vivier.support.TestDatabases;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V10 on a base that has people: their facts are filled, and a score Vivier never computed
 * (imported, or typed) is kept as the attribute lead_score when the score column goes.
 */
class PeopleFactsMigrationTests {

  @Test
  void onSqlite() {
    String url = TestDatabases.sqlite();
    check(new DriverManagerDataSource(url), Dialect.SQLITE);
  }

  @Test
  void onPostgres() {
    assumeTrue(TestDatabases.postgresServer() != null, "PostgreSQL tests are skipped: " + TestDatabases.PG_URL_VARIABLE + " is not set");
    check(new DriverManagerDataSource(TestDatabases.postgres()), Dialect.POSTGRESQL);
  }

  private static void check(DataSource dataSource, Dialect dialect) {
    Flyway.configure().dataSource(dataSource).locations(dialect.migrations()).target("9").load().migrate();
    JdbcClient sql = JdbcClient.create(dataSource);
    String now = dialect == Dialect.SQLITE ? "'2026-12-01T10:00:00Z'" : "TIMESTAMPTZ '2026-12-01 10:00:00Z'";
    String json = dialect == Dialect.SQLITE ? "'{}'" : "'{}'::jsonb";
    sql.sql("INSERT INTO people (id, last_name, stage, score, search_text, created_at, updated_at) VALUES (1, 'Imported', 'LEAD', 55, 'x', "
        + now + ", " + now + "), (2, 'Scored', 'MQL', 70, 'y', " + now + ", " + now + "), (3, 'None', 'LEAD', NULL, 'z', " + now + ", "
        + now + ")").update();
    sql.sql("INSERT INTO people (id, last_name, stage, score, attributes, search_text, created_at, updated_at) VALUES (4, 'Kept', 'LEAD', 40, "
        + (dialect == Dialect.SQLITE ? "'{\"lead_score\": 88}'" : "'{\"lead_score\": 88}'::jsonb") + ", 'w', " + now + ", " + now + ")")
        .update();
    sql.sql("INSERT INTO person_scores (person_id, score, engagement, timing, explanation, computed_at) VALUES (2, 70, 0, 0, " + json + ", "
        + now + ")").update();

    Flyway.configure().dataSource(dataSource).locations(dialect.migrations()).load().migrate();

    assertThat(sql.sql("SELECT person_id, stage FROM people_facts ORDER BY person_id").query((rs, n) -> rs.getLong(1) + " " + rs.getString(2))
        .list()).containsExactly("1 LEAD", "2 MQL", "3 LEAD", "4 LEAD");
    List<String> attributes = sql.sql("SELECT attributes FROM people ORDER BY id").query(String.class).list();
    assertThat(attributes.get(0)).as("a score Vivier never computed is kept").contains("lead_score").contains("55");
    assertThat(attributes.get(1)).as("a computed score stays in person_scores only").doesNotContain("lead_score");
    assertThat(attributes.get(2)).doesNotContain("lead_score");
    assertThat(attributes.get(3)).as("an attribute lead_score already there stays").contains("88").doesNotContain("40");
  }
}
