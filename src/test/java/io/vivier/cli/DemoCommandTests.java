package io.vivier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.Vivier;
import io.vivier.support.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code vivier demo} run in-process, as a user runs it, on a fresh SQLite base. */
class DemoCommandTests {

  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      CommandLine cli = ExitCodes.configure(new CommandLine(new Vivier()));
      cli.setOut(new PrintWriter(o, true));
      cli.setErr(new PrintWriter(e, true));
      int exit = cli.execute(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
  }

  @Test
  void fillsAnEmptyBaseOnceThenRefusesWithoutForce() {
    String url = TestDatabases.sqlite();

    Run first = run("demo", "--people", "30", "--db", url);
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("companies      5")
        .contains("people         30")
        .contains("activities")
        .contains("claire.martin, thomas.leroy, sophie.bernard")
        .contains("vivier user passwd");
    assertThat(first.err()).contains("people     30/30");

    Run second = run("demo", "--people", "30", "--db", url);
    assertThat(second.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(second.err()).contains("already has 30 people").contains("--force");
    assertThat(second.out()).isEmpty();

    Run forced = run("demo", "--people", "12", "--seed", "7", "--force", "--json", "--db", url);
    assertThat(forced.exit()).as(forced.err()).isZero();
    JsonNode summary = JsonMapper.builder().build().readTree(forced.out());
    assertThat(summary.get("people").asInt()).isEqualTo(12);
    assertThat(summary.get("companies").asInt()).isEqualTo(2);
    assertThat(summary.get("seed").asLong()).isEqualTo(7);
    assertThat(summary.get("users")).hasSize(3);
    assertThat(summary.get("users_created").asInt()).isZero();
    assertThat(summary.get("activities").asInt()).isPositive();
    assertThat(summary.has("seconds")).isTrue();
  }

  @Test
  void refusesAPeopleCountOutOfRange() {
    String url = TestDatabases.sqlite();
    for (String count : new String[] {"0", "-5", "200001"}) {
      Run run = run("demo", "--people", count, "--db", url);
      assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).contains("--people: must be between 1 and 200000 (got " + count + ")");
    }
  }
}
