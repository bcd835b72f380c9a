package io.vivier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.Vivier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code vivier match} run in-process on small files, as a user runs it. No database involved. */
class MatchCommandTests {

  record Run(int exit, String out, String err) {}

  @TempDir Path dir;

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

  private Path file(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private static final String PROSPECTS = """
      id;Prénom;Nom;Email;Téléphone;Ville
      1;Jean;Dupont;jean.dupont@acme.fr;06 12 34 56 78;Paris
      2;jean;DUPONT;jean.dupont@acme.fr;+33 6 12 34 56 78;Paris
      3;Marie;Curie;marie.curie@radium.fr;01 40 00 00 00;Lyon
      4;Paul;Durand;paul.durand@exemple.fr;07 00 00 00 01;Nice
      5;Anne;Martin;anne.martin@exemple.fr;07 00 00 00 02;Lille
      6;Luc;Petit;luc.petit@exemple.fr;07 00 00 00 03;Brest
      """;

  @Test
  void writesAClusterPerRecordAndAJsonSummary() throws Exception {
    Path in = file("prospects.csv", PROSPECTS);
    Path out = dir.resolve("clusters.csv");

    Run run = run("match", in.toString(), "--out", out.toString(), "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("id,cluster_id");
    assertThat(lines).hasSize(7);
    assertThat(lines.get(1).split(",")[1]).isEqualTo(lines.get(2).split(",")[1]);
    assertThat(lines.get(1).split(",")[1]).isNotEqualTo(lines.get(3).split(",")[1]);
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.get("records").asInt()).isEqualTo(6);
    assertThat(json.get("clusters_with_duplicates").asInt()).isEqualTo(1);
    assertThat(json.get("columns").get(0).get("type").asString()).isEqualTo("ignore");
    assertThat(json.get("blocking_rules").size()).isGreaterThan(0);
    assertThat(run.err()).contains("vivier match: blocking");
  }

  @Test
  void writesScoredPairsWithExplanations() throws Exception {
    Path in = file("prospects.csv", PROSPECTS);
    Path out = dir.resolve("pairs.csv");

    Run run = run("match", in.toString(), "--pairs", "--explain", "--out", out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("id_l,id_r,probability,explanation");
    assertThat(lines.get(1)).startsWith("1,2,").contains("Email exact");
    assertThat(run.out()).contains("Deduplicated 6 records");
  }

  @Test
  void badInputGetsOneLineAndExitCodeOne() throws Exception {
    Path out = dir.resolve("out.csv");
    for (String[] bad : new String[][] {
        {file("empty.csv", "").toString(), "the file is empty"},
        {file("one.csv", "name\nbob\nalice\n").toString(), "only one column"},
        {file("header.csv", "a,b\n").toString(), "no data rows"},
        {dir.resolve("missing.csv").toString(), "no such file"}}) {
      Run run = run("match", bad[0], "--out", out.toString());
      assertThat(run.exit()).as(bad[1]).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err().strip()).contains(bad[1]).doesNotContain("\n").doesNotContain("Exception");
    }
    Run noId = run("match", file("prospects.csv", PROSPECTS).toString(), "--id-column", "ref", "--out", out.toString());
    assertThat(noId.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(noId.err()).contains("no column 'ref' for the ids").contains("Prénom").doesNotContain("\tat ");
    Run badMap = run("match", file("prospects.csv", PROSPECTS).toString(), "--map", "Nom=wizard", "--out", out.toString());
    assertThat(badMap.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(badMap.err()).contains("unknown field type 'wizard'");
  }

  @Test
  void usageErrorsAndHelp() {
    assertThat(run("match", "x.csv").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("match", "x.csv", "--out", "o.csv", "--threshold", "1.5").exit()).isEqualTo(ExitCodes.USAGE);
    Run help = run("match", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("--id-column").contains("--pairs").contains("--threshold").contains("--map");
  }
}
