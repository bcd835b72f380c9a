package io.vivier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.activity.ActivityService;
import io.vivier.dedup.MergeService;
import io.vivier.importing.ImportOptions;
import io.vivier.importing.ImportPolicy;
import io.vivier.importing.ImportResult;
import io.vivier.importing.ImportUndo;
import io.vivier.importing.Importer;
import io.vivier.prospect.PeopleService;
import io.vivier.support.TestDatabases;
import io.vivier.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The MQL rule and the undo of bulk changes, on a base of its own with a default ICP ("in France",
 * all the fit): a lead engaged enough crosses the threshold when it becomes French. A merge that
 * makes it cross moves it, and unmerge undoes that with the rest; an import scores what it wrote
 * but moves no stage, so that its undo finds its people as it left them.
 */
@SpringBootTest(properties = "vivier.admin-password=" + TestUsers.ADMIN_PASSWORD)
class StageRulesAfterBulkChangesTests {

  private static final String DATABASE = TestDatabases.sqlite();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("vivier.db.url", () -> DATABASE);
  }

  @Autowired IcpService icps;
  @Autowired PeopleService people;
  @Autowired ActivityService activities;
  @Autowired ScoreService scores;
  @Autowired MergeService merges;
  @Autowired Importer importer;
  @Autowired ImportUndo importUndo;

  @TempDir Path dir;

  @BeforeEach
  void frenchIcp() {
    icps.save("France", Map.of("default", true, "rules", List.of(Map.of("name", "in France", "filter", "country = FR", "points", 100))),
        "test");
  }

  /** A Belgian lead with meetings and replies this week: engagement and timing high, no fit. */
  private long engagedBelgian(String email) {
    long id = people.create(Map.of("first_name", "Inès", "last_name", "Moreau", "email", email, "country", "BE"), "test").id();
    for (String type : List.of("meeting", "meeting", "meeting", "email_replied", "email_replied")) {
      activities.log(id, Map.of("type", type, "subject", type), "test");
    }
    assertThat(people.get(id).stage().name()).isEqualTo("LEAD");
    return id;
  }

  @Test
  void aMergeThatMakesALeadCrossTheThresholdMovesItAndUnmergeUndoesIt() {
    long survivor = engagedBelgian("ines@moreau-conseil.be");
    long french = people.create(Map.of("first_name", "Ines", "last_name", "Moreau", "email", "ines.moreau@moreau.fr", "country", "FR"),
        "test").id();

    var merge = merges.mergePeople(survivor, List.of(french), Map.of(io.vivier.prospect.PersonField.COUNTRY, french), "test", "test");
    assertThat(people.get(survivor).stage().name()).as("French now, and engaged: an MQL").isEqualTo("MQL");

    MergeService.Unmerged undone = merges.unmerge(merge.id(), "test");
    assertThat(undone.survivorRestored()).as("the move to MQL was the merge's: " + undone.conflicts()).isTrue();
    assertThat(people.get(survivor).stage().name()).isEqualTo("LEAD");
    assertThat(people.get(survivor).text(io.vivier.prospect.PersonField.COUNTRY)).isEqualTo("BE");
  }

  @Test
  void anImportScoresWhatItWritesMovesNoStageAndItsUndoRestoresIt() throws Exception {
    long lead = engagedBelgian("ines@moreau-import.be");
    Path file = dir.resolve("pays.csv");
    Files.writeString(file, "E-mail;Pays\nines@moreau-import.be;France\n", StandardCharsets.UTF_8);

    ImportResult imported = importer.run(file, ImportOptions.of("pays.csv", "test").withPolicy(ImportPolicy.OVERWRITE),
        Importer.Listener.NONE);
    assertThat(imported.counts().updated()).isEqualTo(1);
    assertThat(scores.stored(lead).orElseThrow().score()).as("scored with its new country").isGreaterThanOrEqualTo(60);
    assertThat(people.get(lead).stage().name()).as("the import moves no stage").isEqualTo("LEAD");

    ImportUndo.Result undone = importUndo.undo(imported.batch(), "test");
    assertThat(undone.conflicts()).isEmpty();
    assertThat(undone.peopleRestored()).isEqualTo(1);
    assertThat(people.get(lead).text(io.vivier.prospect.PersonField.COUNTRY)).isEqualTo("BE");
    assertThat(scores.stored(lead).orElseThrow().score()).as("and scored again as it was").isLessThan(60);
  }
}
