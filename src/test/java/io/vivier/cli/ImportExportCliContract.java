package io.vivier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.support.Cli;
import io.vivier.support.Cli.Result;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vivier import / export as a user runs them, on a fresh base of each database kind. */
abstract class ImportExportCliContract {

  String db;
  @TempDir Path dir;

  abstract String freshDatabase();

  @BeforeEach
  void freshBase() {
    db = freshDatabase();
  }

  private Path file(String name, Charset charset, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content.getBytes(charset));
    return file;
  }

  @Test
  void importsPrintsAJsonSummaryAndUndoes() throws IOException {
    Path file = file("salon.csv", Charset.forName("windows-1252"),
        "Prénom;Nom;E-mail;Société;Téléphone\r\nÉlise;Hébert;elise@hebert-conseil.fr;Hébert Conseil SARL;0612345678\r\n"
            + "Noé;Sans;;;\r\n");

    Result result = Cli.run("import", file.toString(), "--db", db, "--json", "--source", "Salon 2026", "--report", dir.resolve("r.csv").toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("\"batch\" : 1").contains("\"read\" : 2").contains("\"created\" : 1")
        .contains("\"updated\" : 0").contains("\"merged\" : 0").contains("\"rejected\" : 1").contains("\"warnings\" : 0");
    String report = Files.readString(dir.resolve("r.csv"), StandardCharsets.UTF_8);
    assertThat(report).startsWith("\uFEFFvivier_row;vivier_status;vivier_issues;Prénom;Nom;E-mail;Société;Téléphone")
        .contains("3;rejected;cannot identify anybody");

    Result list = Cli.run("import", "list", "--db", db);
    assertThat(list.out()).contains("#1").contains("COMPLETED").contains("salon.csv");

    Result undo = Cli.run("import", "undo", "1", "--db", db);
    assertThat(undo.exitCode()).as(undo.toString()).isZero();
    assertThat(undo.out()).contains("1 people deleted");
    Result again = Cli.run("import", "undo", "1", "--db", db);
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("already undone").doesNotContain("Exception");
  }

  @Test
  void aBrokenFileIsOneClearLineAndExitCode1() throws IOException {
    Path file = file("broken.csv", StandardCharsets.UTF_8, "email,name\r\na@b.fr,\"unterminated\r\n");

    Result result = Cli.run("import", file.toString(), "--db", db);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.err()).contains("broken.csv").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Cli.run("import", "list", "--db", db).out()).contains("No imports yet");
  }

  @Test
  void badOptionsAreUsageErrors() throws IOException {
    Path file = file("a.csv", StandardCharsets.UTF_8, "email\r\na@b.fr\r\n");
    assertThat(Cli.run("import", file.toString(), "--policy", "sometimes", "--db", db).exitCode()).isEqualTo(2);
    Result map = Cli.run("import", file.toString(), "--map", "email=emial", "--db", db);
    assertThat(map.exitCode()).isEqualTo(2);
    assertThat(map.err()).contains("did you mean 'email'");
    assertThat(Cli.run("import", dir.resolve("missing.csv").toString(), "--db", db).exitCode()).isEqualTo(1);
  }

  @Test
  void anExportTakesTheSegmentAFilterDescribes() throws IOException {
    Path file = file("s.csv", StandardCharsets.UTF_8,
        "first_name,last_name,email,country\r\nAna,Lima,ana@lima.fr,FR\r\nBea,Costa,bea@costa.pt,PT\r\nCid,Melo,cid@melo.fr,FR\r\n");
    assertThat(Cli.run("import", file.toString(), "--db", db).exitCode()).isZero();
    Path out = dir.resolve("fr.csv");

    Result export = Cli.run("export", "--out", out.toString(), "--format", "csv", "--segment", "country = FR", "--db", db, "--json");

    assertThat(export.exitCode()).as(export.toString()).isZero();
    assertThat(export.out()).contains("\"rows\" : 2");
    assertThat(Files.readString(out)).contains("ana@lima.fr").contains("cid@melo.fr").doesNotContain("bea@costa.pt");
    Result bad = Cli.run("export", "--out", dir.resolve("x.csv").toString(), "--segment", "contry = FR", "--db", db);
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("1:1").contains("country").doesNotContain("Exception");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  @Test
  void anExportImportsBackUnchanged() throws IOException {
    Path file = file("p.csv", StandardCharsets.UTF_8,
        "first_name,last_name,email,phone,company,tags,Budget\r\n"
            + "Ana,Lima,ana@lima.fr,+33 6 12 34 56 78,\"=HYPERLINK(\"\"http://evil\"\")\",\"vip, salon\",12000\r\n"
            + "Bob,Opposé,bob@lima.fr,,Lima SA,,\r\n");
    assertThat(Cli.run("import", file.toString(), "--db", db).exitCode()).isZero();
    Result optOut = Cli.run("import", file("o.csv", StandardCharsets.UTF_8, "email,Email Opt Out\r\nbob@lima.fr,true\r\n").toString(), "--db", db);
    assertThat(optOut.exitCode()).as(optOut.toString()).isZero();

    for (String format : new String[] {"csv-excel", "csv", "xlsx", "jsonl"}) {
      Path out = dir.resolve("export-" + format + "." + (format.startsWith("csv") ? "csv" : format));
      Result export = Cli.run("export", "--out", out.toString(), "--format", format, "--db", db, "--json");
      assertThat(export.exitCode()).as(export.toString()).isZero();
      assertThat(export.out()).contains("\"rows\" : 1").contains("\"left_out_opposed\" : 1");
      if (format.equals("csv-excel")) {
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).contains("'=HYPERLINK").contains("+33612345678").doesNotContain("bob@lima.fr");
      }
      Result back = Cli.run("import", out.toString(), "--db", db, "--json", "--policy", "overwrite");
      assertThat(back.exitCode()).as(back.toString()).isZero();
      assertThat(back.out()).as(format + "\n" + back.out()).contains("\"read\" : 1").contains("\"created\" : 0")
          .contains("\"updated\" : 0").contains("\"unchanged\" : 1").contains("\"companies_created\" : 0")
          .contains("\"companies_updated\" : 0").contains("\"rejected\" : 0");
    }

    Result all = Cli.run("export", "--out", dir.resolve("all.csv").toString(), "--include-opposed", "--db", db, "--json");
    assertThat(all.out()).contains("\"rows\" : 2");
  }
}
