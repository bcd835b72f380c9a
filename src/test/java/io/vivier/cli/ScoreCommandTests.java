package io.vivier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.support.Cli;
import io.vivier.support.Cli.Result;
import io.vivier.support.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vivier icp and vivier score on a demo base (SQLite), with the test rule matcher standing in for the filter language. */
class ScoreCommandTests {

  static String db;

  @BeforeAll
  static void demoBase() {
    db = TestDatabases.sqlite();
    Result demo = Cli.run("demo", "--people", "300", "--db", db);
    assertThat(demo.exitCode()).as(demo.toString()).isZero();
  }

  @Test
  void defineAnIcpScoreEveryoneAndExplainOnePerson(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("rules.txt");
    Files.writeString(rules, """
        # ICP for the software line
        Decision maker=25:seniority in (executive, director)

        France=10:country in (FR, BE, CH)
        """);
    Result set = Cli.run("icp", "set", "Logiciel", "--file", rules.toString(), "--rule", "Free mail=-20:free_mail",
        "--rule", "30:industry in (\"Logiciel\", \"Conseil\")", "--db", db);
    assertThat(set.exitCode()).as(set.toString()).isZero();
    assertThat(set.out()).contains("ICP 'Logiciel' saved with 4 rules (default)");

    Result list = Cli.run("icp", "list", "--db", db);
    assertThat(list.out()).contains("Logiciel (default): 4 rules, 65 points for a full fit")
        .contains("+25  Decision maker: seniority in (executive, director)").contains("-20  Free mail: free_mail")
        .contains("+30  industry in (\"Logiciel\", \"Conseil\"): industry in (\"Logiciel\", \"Conseil\")");

    Result all = Cli.run("score", "--all", "--json", "--db", db);
    assertThat(all.exitCode()).as(all.toString()).isZero();
    assertThat(all.out()).contains("\"people\" : 300").contains("\"icp\" : \"Logiciel\"").contains("\"grades\"");
    assertThat(all.err()).contains("vivier score: 300 people scored");

    Result explain = Cli.run("score", "--explain", "1", "--db", db);
    assertThat(explain.exitCode()).as(explain.toString()).isZero();
    assertThat(explain.out()).startsWith("Person 1: score ").contains("(ICP 'Logiciel')").contains("Fit ").contains("Engagement ")
        .contains("Timing ").containsPattern("fit \\d+ × 0.50");
    Result json = Cli.run("score", "--explain", "1", "--json", "--db", db);
    assertThat(json.out()).contains("\"explanation\"").contains("\"person_id\" : 1");

    Result summary = Cli.run("score", "--db", db);
    assertThat(summary.exitCode()).isZero();
    assertThat(summary.out()).containsPattern("[A-D][1-4] +\\d");
  }

  @Test
  void badInputIsRefusedWithAMessageAndNoStackTrace() {
    Result badFilter = Cli.run("icp", "set", "Bad", "--rule", "10:contry = FR", "--db", db);
    assertThat(badFilter.exitCode()).isEqualTo(1);
    assertThat(badFilter.err()).contains("rules[0].filter: unknown field 'contry' at 1:1").doesNotContain("Exception");

    Result badRule = Cli.run("icp", "set", "Bad", "--rule", "ten:country = FR", "--db", db);
    assertThat(badRule.exitCode()).isEqualTo(1);
    assertThat(badRule.err()).contains("--rule 'ten:country = FR': expected [NAME=]POINTS:FILTER");

    Result noRules = Cli.run("icp", "set", "Bad", "--db", db);
    assertThat(noRules.exitCode()).isEqualTo(1);
    assertThat(noRules.err()).contains("an ICP needs rules");

    Result nobody = Cli.run("score", "--explain", "999999", "--db", db);
    assertThat(nobody.exitCode()).isEqualTo(1);
    assertThat(nobody.err()).contains("person 999999 does not exist");

    Result both = Cli.run("score", "--all", "--train", "--db", db);
    assertThat(both.exitCode()).isEqualTo(2);
  }

  @Test
  void aSmallBaseHasNotEnoughHistoryForTheConversionModelAndSaysSo() {
    Result train = Cli.run("score", "--train", "--db", db);

    assertThat(train.exitCode()).isEqualTo(1);
    assertThat(train.out()).containsPattern("not enough history: \\d+ won, \\d+ lost, needs 200 of each");
  }
}
