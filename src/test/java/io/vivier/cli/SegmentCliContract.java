package io.vivier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.support.Cli;
import io.vivier.support.Cli.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vivier segment and vivier list on a fresh base of each database kind. */
abstract class SegmentCliContract {

  String db;
  @TempDir Path dir;

  abstract String freshDatabase();

  @BeforeEach
  void freshBaseWithThreePeople() throws Exception {
    db = freshDatabase();
    Path file = dir.resolve("people.csv");
    Files.writeString(file, "first_name,last_name,email,country,lead score,company_name,industry,tags\n"
        + "Élise,Hébert,elise@hebert-numerique.fr,FR,80,Hébert Numérique,Logiciel,webinaire-2026\n"
        + "Noé,Martin,noe.martin@gmail.com,FR,40,Martin Conseil,Conseil,\n"
        + "Anna,Berg,anna@berg.be,BE,95,Berg,Logiciel,\n", StandardCharsets.UTF_8);
    Result imported = Cli.run("import", file.toString(), "--db", db);
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
  }

  @Test
  void countsListsAndFacetsWithAFilter() {
    Result count = Cli.run("segment", "count", "country = FR and industry in (\"Logiciel\", \"Conseil\")", "--db", db);
    assertThat(count.exitCode()).as(count.toString()).isZero();
    assertThat(count.out().strip()).isEqualTo("2");

    Result json = Cli.run("segment", "count", "company_name ~ 'NUMERIQUE' or free_mail", "--db", db, "--json");
    assertThat(json.out()).contains("\"count\" : 2");

    // another tool's score, imported as an attribute (Vivier computes its own)
    Result list = Cli.run("segment", "list", "attr.lead_score >= 50", "--db", db);
    assertThat(list.exitCode()).as(list.toString()).isZero();
    assertThat(list.out().lines().toList()).hasSize(2);
    assertThat(list.out()).contains("Anna Berg").contains("Élise Hébert");

    Result facets = Cli.run("segment", "facets", "has_email", "--db", db, "--json");
    assertThat(facets.exitCode()).as(facets.toString()).isZero();
    assertThat(facets.out()).contains("\"total\" : 3").contains("\"value\" : \"Logiciel\",\n      \"count\" : 2");
  }

  @Test
  void aBadFilterSaysWhereWithExitCodeOne() {
    Result result = Cli.run("segment", "count", "country = FR and\n  contry = BE", "--db", db);
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().strip()).isEqualTo("vivier: unknown field 'contry' at 2:3 — did you mean 'country'?");
    Result value = Cli.run("segment", "list", "stage = hot", "--db", db);
    assertThat(value.exitCode()).isEqualTo(1);
    assertThat(value.err()).contains("'hot' is not a value of 'stage' at 1:9").doesNotContain("Exception").doesNotContain("at io.vivier");
    assertThat(Cli.run("segment", "count", "--db", db).exitCode()).as("FILTER missing: usage").isEqualTo(2);
  }

  @Test
  void savesSegmentsAndKeepsLists() {
    Result saved = Cli.run("segment", "save", "France", "country = FR", "--db", db);
    assertThat(saved.exitCode()).as(saved.toString()).isZero();
    assertThat(saved.out()).contains("Saved segment 'France' (2 people now).");
    assertThat(Cli.run("segment", "count", "segment = France and attr.lead_score > 50", "--db", db).out().strip()).isEqualTo("1");
    assertThat(Cli.run("segment", "save", "France", "country = FR and segment = France", "--db", db).err())
        .contains("segment 'France' refers to itself");
    assertThat(Cli.run("segment", "saved", "--db", db).out()).contains("France").contains("country = FR");

    assertThat(Cli.run("list", "create", "Rappeler", "--db", db).exitCode()).isZero();
    Result added = Cli.run("list", "add", "Rappeler", "--filter", "segment = France", "--db", db);
    assertThat(added.out()).contains("Added 2 people to 'Rappeler' (2 in all).");
    assertThat(Cli.run("list", "remove", "Rappeler", "1", "--db", db).out()).contains("Removed 1 people from 'Rappeler' (1 left).");
    assertThat(Cli.run("list", "add", "Rappeler", "3", "--db", db).out()).contains("(2 in all)");
    assertThat(Cli.run("list", "show", "Rappeler", "--db", db).out()).contains("noe.martin@gmail.com").contains("anna@berg.be");
    assertThat(Cli.run("segment", "count", "list = Rappeler", "--db", db).out().strip()).isEqualTo("2");
    assertThat(Cli.run("list", "--db", db).out()).contains("Rappeler").contains("2");
    Result unknown = Cli.run("list", "add", "Rapeler", "1", "--db", db);
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("no list is named 'Rapeler'");
    assertThat(Cli.run("list", "delete", "Rappeler", "--db", db).exitCode()).isZero();
    assertThat(Cli.run("segment", "delete", "France", "--db", db).out()).contains("Deleted segment 'France'.");
  }
}
