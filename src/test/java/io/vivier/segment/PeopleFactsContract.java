package io.vivier.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.activity.ActivityService;
import io.vivier.dedup.Merge;
import io.vivier.dedup.MergeService;
import io.vivier.importing.ImportOptions;
import io.vivier.importing.ImportResult;
import io.vivier.importing.ImportUndo;
import io.vivier.importing.Importer;
import io.vivier.prospect.CompanyService;
import io.vivier.prospect.People;
import io.vivier.prospect.PeopleService;
import io.vivier.prospect.PersonField;
import io.vivier.storage.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * people_facts, the narrow row filters read (V10), is kept by triggers: whichever path writes
 * people, companies or activities, it stays equal to what the wide tables say. Each step below
 * writes through a real path (service, merge and its undo, import and its undo, delete), then the
 * facts of every person touched are compared with the same facts computed from people, companies
 * and activities. Run on each database by its subclasses.
 */
abstract class PeopleFactsContract {

  private static final String COMPUTED =
      """
      SELECT p.id, p.stage, p.country, p.seniority, p.job_function, p.source, p.owner_id, p.free_mail,
             CASE WHEN EXISTS (SELECT 1 FROM activities a WHERE a.person_id = p.id AND a.type = 'EMAIL_BOUNCED') THEN 1 ELSE 0 END,
             p.company_id, c.employees, c.employee_range, c.industry, c.country
      FROM people p LEFT JOIN companies c ON c.id = p.company_id
      """;
  private static final String STORED =
      """
      SELECT f.person_id, f.stage, f.country, f.seniority, f.job_function, f.source, f.owner_id, f.free_mail, f.email_bounced,
             f.company_id, f.employees, f.employee_range, f.industry, f.company_country
      FROM people_facts f
      """;

  @Autowired Database db;
  @Autowired PeopleService peopleService;
  @Autowired People people;
  @Autowired CompanyService companies;
  @Autowired ActivityService activities;
  @Autowired MergeService merges;
  @Autowired Importer importer;
  @Autowired ImportUndo importUndo;
  @Autowired io.vivier.scoring.ScoreService scores;

  @TempDir Path dir;

  private final Set<Long> touched = new LinkedHashSet<>();
  private final String domain = "facts-" + UUID.randomUUID().toString().substring(0, 8) + ".fr";

  @Test
  void factsFollowEveryWritePath() throws IOException {
    long software = companies.create(Map.of("name", "Logiciels " + domain, "industry", "Logiciel", "employees", 120, "country", "FR"),
        "admin").id();
    long consulting = companies.create(Map.of("name", "Conseil " + domain, "industry", "Conseil", "employees", 8, "country", "BE"),
        "admin").id();
    long anne = person(Map.of("first_name", "Anne", "last_name", "Leroy", "email", "anne@" + domain, "company_id", software,
        "country", "FR", "seniority", "executive", "function", "sales", "source", "Salon"));
    long bruno = person(Map.of("first_name", "Bruno", "last_name", "Petit", "email", "bruno@" + domain, "company_id", consulting));
    long chloe = person(Map.of("first_name", "Chloé", "last_name", "Petit", "email", "chloe.petit@" + domain));
    long denis = person(Map.of("first_name", "Denis", "last_name", "Roux", "email", "denis.roux." + domain.replace('.', '-') + "@gmail.com",
        "company_id", software));
    check("created");

    peopleService.update(anne, version(anne), Map.of("stage", "MQL", "country", "BE", "seniority", "manager",
        "company_id", consulting, "job_title", "Directrice commerciale"), "admin");
    check("a person changed and moved to another company");
    io.vivier.support.TestScores.set(db, new long[] {anne}, new int[] {72});

    companies.update(consulting, companies.get(consulting).version(),
        Map.of("employees", 300, "industry", "Banque", "country", "CH"), "admin");
    check("a company changed: its people follow");
    assertThat(scores.stored(anne).orElseThrow().fitNote())
        .as("a company's change scores its people again: the score a test wrote is replaced by a computed one")
        .isNotEqualTo("set by a test");
    assertThat(peopleService.get(anne).values().get(PersonField.SCORE)).isEqualTo((long) scores.stored(anne).orElseThrow().score());

    activities.log(bruno, Map.of("type", "email_bounced", "subject", "Undeliverable"), "admin");
    check("a bounce");
    assertThat(bounced(bruno)).isTrue();

    Merge people = merges.mergePeople(chloe, List.of(bruno), Map.of(), "test", "admin");
    check("a merge moved the bounce to the survivor");
    assertThat(bounced(chloe)).isTrue();
    merges.unmerge(people.id(), "admin");
    check("the merge undone");
    assertScored("an unmerge scores the people it restored and the survivor");
    assertThat(bounced(chloe)).isFalse();
    assertThat(bounced(bruno)).isTrue();

    Merge firms = merges.mergeCompanies(consulting, List.of(software), Map.of(), "test", "admin");
    check("a company merge moved its people");
    merges.unmerge(firms.id(), "admin");
    check("the company merge undone");

    Path file = dir.resolve("facts.csv");
    Files.writeString(file, String.join("\n",
        "Prénom;Nom;E-mail;Société;Effectif;Secteur d'activité;Pays;Statut",
        "Denis;Roux;denis.roux." + domain.replace('.', '-') + "@gmail.com;;;;FR;SQL",
        "Emma;Blanc;emma@" + domain + ";Nouvelle " + domain + ";45;Industrie;FR;LEAD",
        "Félix;Noir;felix@" + domain + ";Conseil " + domain + ";;;CH;LEAD") + "\n", StandardCharsets.UTF_8);
    ImportResult imported = importer.run(file, ImportOptions.of("facts.csv", "admin"), Importer.Listener.NONE);
    touched.addAll(db.sql().sql("SELECT id FROM people WHERE email LIKE ?").param("%@" + domain).query(Long.class).list());
    check("an import created and updated people");
    assertScored("an import scores the people it wrote");
    importUndo.undo(imported.batch(), "admin");
    check("the import undone");

    companies.delete(consulting, null, "admin");
    check("a company deleted: its people keep no company facts");

    peopleService.delete(chloe, null, "admin");
    assertThat(db.sql().sql("SELECT COUNT(*) FROM people_facts WHERE person_id = ?").param(chloe).query(Long.class).single())
        .as("a deleted person's facts go with it").isZero();
    check("a person deleted");
    assertThat(touched).contains(denis);
  }

  /** Every person touched that is still there has a stored score, the one people_facts holds. */
  private void assertScored(String why) {
    for (long id : touched) {
      if (people.exists(id)) {
        assertThat(scores.stored(id)).as(why + ": #" + id).isPresent();
        assertThat(peopleService.get(id).values().get(PersonField.SCORE)).as(why + ": #" + id)
            .isEqualTo((long) scores.stored(id).orElseThrow().score());
      }
    }
  }

  private long person(Map<String, Object> input) {
    long id = peopleService.create(input, "admin").id();
    touched.add(id);
    return id;
  }

  private long version(long id) {
    return peopleService.get(id).version();
  }

  private boolean bounced(long id) {
    return db.sql().sql("SELECT email_bounced FROM people_facts WHERE person_id = ?").param(id).query(Integer.class).single() == 1;
  }

  private void check(String step) {
    String in = " IN (" + touched.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    List<String> computed = rows(COMPUTED + " WHERE p.id" + in + " ORDER BY p.id");
    List<String> stored = rows(STORED + " WHERE f.person_id" + in + " ORDER BY f.person_id");
    assertThat(stored).as("people_facts after: " + step).isEqualTo(computed);
  }

  private List<String> rows(String sql) {
    return db.sql().sql(sql).query((rs, n) -> {
      List<String> row = new ArrayList<>();
      for (int i = 1; i <= 14; i++) {
        row.add(String.valueOf(rs.getObject(i)));
      }
      return String.join("|", row);
    }).list();
  }
}
