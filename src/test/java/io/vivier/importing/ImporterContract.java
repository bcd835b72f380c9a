package io.vivier.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vivier.lifecycle.Stage;
import io.vivier.lifecycle.StageHistory;
import io.vivier.prospect.Companies;
import io.vivier.prospect.Company;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.People;
import io.vivier.prospect.PeopleService;
import io.vivier.prospect.Person;
import io.vivier.prospect.PersonField;
import io.vivier.quality.Emails;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import on each database, through {@link Importer} as the CLI, API and UI use it. The base
 * is shared with other test classes: every test writes rows with its own e-mail domain and
 * company names, and looks only at those.
 */
abstract class ImporterContract {

  private static final AtomicInteger RUN = new AtomicInteger();

  @Autowired Importer importer;
  @Autowired ImportUndo undo;
  @Autowired ImportBatches batches;
  @Autowired People people;
  @Autowired Companies companies;
  @Autowired PeopleService peopleService;
  @Autowired StageHistory stageHistory;

  @TempDir Path dir;
  /** Unique to the test: "t123x" in e-mail domains and company names. */
  String t;

  @BeforeEach
  void token() {
    t = "t" + System.nanoTime() % 1_000_000_000L + "x" + RUN.incrementAndGet();
  }

  Path csv(String name, Charset charset, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, String.join("\r\n", lines).concat("\r\n").getBytes(charset));
    return file;
  }

  ImportResult run(Path file) {
    return run(file, ImportOptions.of(file.getFileName().toString(), "tester"));
  }

  ImportResult run(Path file, ImportOptions options) {
    return importer.run(file, options, Importer.Listener.NONE);
  }

  Optional<Person> byEmail(String email) {
    Long id = people.idsByEmailKey(List.of(Emails.key(email))).get(Emails.key(email));
    return id == null ? Optional.empty() : people.find(id);
  }

  Person person(String email) {
    return byEmail(email).orElseThrow(() -> new AssertionError("nobody with " + email));
  }

  /** A SIRET no other test uses: the base is shared. */
  static String uniqueSiret() {
    java.util.Random random = new java.util.Random(System.nanoTime());
    String siren = luhnComplete(String.format("%08d", random.nextInt(100_000_000)));
    return luhnComplete(siren + String.format("%04d", random.nextInt(10_000)));
  }

  private static String luhnComplete(String digits) {
    for (int d = 0; ; d++) {
      String candidate = digits + d;
      int sum = 0;
      for (int i = 0; i < candidate.length(); i++) {
        int n = candidate.charAt(candidate.length() - 1 - i) - '0';
        sum += i % 2 == 1 ? (n * 2 > 9 ? n * 2 - 9 : n * 2) : n;
      }
      if (sum % 10 == 0) {
        return candidate;
      }
    }
  }

  @Test
  void importsAFrenchExcelCsvWithNormalisedValues() throws IOException {
    String siret = uniqueSiret();
    String spaced = siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " " + siret.substring(9);
    Path file = csv("contacts.csv", Charset.forName("windows-1252"),
        "Prénom;Nom;E-mail;Téléphone;Société;SIRET;Effectif;Fonction;Pays;Budget 2026",
        "Hélène;Lefèvre;Helene.Lefevre@" + t + ".fr;06 12 34 56 78;Numérique " + t + " SAS;" + spaced + ";250 à 499;DAF;France;12 000",
        "Marc;Durand;marc.durand@" + t + ".fr;+32 2 555 12 12;Numérique " + t + " SAS;;;Directeur commercial;Belgique;");

    ImportResult result = run(file);

    assertThat(result.counts().read()).isEqualTo(2);
    assertThat(result.counts().created()).isEqualTo(2);
    assertThat(result.counts().rejected()).isZero();
    assertThat(result.counts().companiesCreated()).isEqualTo(1);
    Person helene = person("helene.lefevre@" + t + ".fr");
    assertThat(helene.firstName()).isEqualTo("Hélène");
    assertThat(helene.lastName()).isEqualTo("Lefèvre");
    assertThat(helene.text(PersonField.PHONE)).isEqualTo("+33612345678");
    assertThat(helene.text(PersonField.COUNTRY)).isEqualTo("FR");
    assertThat(helene.text(PersonField.FUNCTION)).isEqualTo("finance");
    assertThat(helene.text(PersonField.SENIORITY)).isNotNull();
    assertThat(helene.attributes()).containsKey("budget_2026");
    assertThat(helene.stage()).isEqualTo(Stage.LEAD);
    assertThat(stageHistory.of(helene.id())).hasSize(1);
    Company company = companies.find(helene.company().id()).orElseThrow();
    assertThat(company.name()).isEqualTo("Numérique " + t);
    assertThat(company.text(CompanyField.SIRET)).isEqualTo(siret);
    assertThat(company.text(CompanyField.SIREN)).isEqualTo(siret.substring(0, 9));
    assertThat(company.text(CompanyField.EMPLOYEE_RANGE)).isEqualTo("250-499");
    Person marc = person("marc.durand@" + t + ".fr");
    assertThat(marc.company().id()).isEqualTo(company.id());
    assertThat(marc.text(PersonField.PHONE)).isEqualTo("+3225551212");
    assertThat(marc.text(PersonField.COUNTRY)).isEqualTo("BE");
  }

  @Test
  void aRowMatchingAnExistingProspectFillsItsEmptyFieldsOnly() throws IOException {
    Person before = peopleService.create(Map.of("email", "anne@" + t + ".fr", "job_title", "CEO", "last_name", "Martin"), "tester");
    Path file = csv("update.csv", StandardCharsets.UTF_8,
        "email,job title,mobile,last name",
        "ANNE@" + t.toUpperCase() + ".FR,Comptable,06 11 22 33 44,Martin-Dubois");

    ImportResult result = run(file);

    assertThat(result.counts().created()).isZero();
    assertThat(result.counts().updated()).isEqualTo(1);
    Person after = people.find(before.id()).orElseThrow();
    assertThat(after.text(PersonField.JOB_TITLE)).isEqualTo("CEO");
    assertThat(after.lastName()).isEqualTo("Martin");
    assertThat(after.text(PersonField.MOBILE)).isEqualTo("+33611223344");
    assertThat(after.version()).isEqualTo(before.version() + 1);
  }

  @Test
  void overwriteAndNewestPoliciesLetTheFileWin() throws IOException {
    Person a = peopleService.create(Map.of("email", "a@" + t + ".fr", "job_title", "CEO"), "tester");
    Person b = peopleService.create(Map.of("email", "b@" + t + ".fr", "job_title", "CEO"), "tester");
    Person c = peopleService.create(Map.of("email", "c@" + t + ".fr", "job_title", "CEO"), "tester");
    Path file = csv("p.csv", StandardCharsets.UTF_8, "email;job_title", "a@" + t + ".fr;CTO", "b@" + t + ".fr;CTO", "c@" + t + ".fr;CTO");
    ImportOptions options = ImportOptions.of("p.csv", "tester");

    run(file, options.withOverrides(Map.of()).withPolicy(ImportPolicy.OVERWRITE));
    assertThat(people.find(a.id()).orElseThrow().text(PersonField.JOB_TITLE)).isEqualTo("CTO");

    Path older = csv("older.csv", StandardCharsets.UTF_8, "email;job_title", "b@" + t + ".fr;DSI");
    run(older, options.withPolicy(ImportPolicy.NEWEST).withAsOf(Instant.parse("2001-01-01T00:00:00Z")));
    assertThat(people.find(b.id()).orElseThrow().text(PersonField.JOB_TITLE))
        .as("data older than the record does not win").isEqualTo("CTO");
    Path newer = csv("newer.csv", StandardCharsets.UTF_8, "email;job_title", "c@" + t + ".fr;DSI");
    run(newer, options.withPolicy(ImportPolicy.NEWEST).withAsOf(Instant.now().plusSeconds(60)));
    assertThat(people.find(c.id()).orElseThrow().text(PersonField.JOB_TITLE)).isEqualTo("DSI");
  }

  @Test
  void rowsOfOneFileThatAreTheSamePersonAreMerged() throws IOException {
    Path file = csv("dups.csv", StandardCharsets.UTF_8,
        "first_name,last_name,email,phone,company",
        "Paul,Roux,paul.roux@" + t + ".fr,,Roux " + t,
        "Paul,Roux,PAUL.ROUX@" + t + ".fr,01 42 68 53 00,Roux " + t,
        "Paul,Roux,,,Roux " + t,
        "Zoé,Roux,,01 42 68 53 00,Roux " + t);

    ImportResult result = run(file);

    assertThat(result.counts().created()).as(result.toString()).isEqualTo(2);
    assertThat(result.counts().merged()).isEqualTo(2);
    Person paul = person("paul.roux@" + t + ".fr");
    assertThat(paul.text(PersonField.PHONE)).isEqualTo("+33142685300");
    assertThat(people.namesInCompanies(List.of(paul.company().id()))).hasSize(2)
        .as("a shared switchboard number does not merge Zoé into Paul").anyMatch(n -> "Zoé".equals(n.firstName()));
  }

  @Test
  void rejectsRowsThatIdentifyNobodyAndWarnsOnBadValues() throws IOException {
    Path file = csv("bad.csv", StandardCharsets.UTF_8,
        "first_name;last_name;email;phone;country",
        "Jean;Sans;not-an-email;12;France",
        "Luc;Bon;luc@" + t + ".fr;12;Narnia");
    List<ImportBatches.Issue> issues = new ArrayList<>();

    ImportResult result = importer.run(file, ImportOptions.of("bad.csv", "tester"), Importer.Listener.NONE, issues::add);

    assertThat(result.counts().rejected()).isEqualTo(1);
    assertThat(result.counts().created()).isEqualTo(1);
    assertThat(issues).hasSize(2);
    assertThat(issues.get(0).row()).isEqualTo(2);
    assertThat(issues.get(0).rejected()).isTrue();
    assertThat(issues.get(0).issues().get(0).reason()).contains("cannot identify anybody");
    assertThat(issues.get(0).issues()).anyMatch(i -> "email".equals(i.column()) && "not-an-email".equals(i.value()));
    assertThat(issues.get(1).rejected()).isFalse();
    assertThat(issues.get(1).issues()).extracting(RowIssue::column).containsExactly("phone", "country");
    Person luc = person("luc@" + t + ".fr");
    assertThat(luc.text(PersonField.PHONE)).isNull();
    assertThat(luc.text(PersonField.COUNTRY)).isNull();

    // the batch's report holds the rows as read, re-importable
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImportReport.write(batches, result.batch(), Importer.header(batches.find(result.batch()).orElseThrow()), out);
    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(report).startsWith("\uFEFFvivier_row;vivier_status;vivier_issues;first_name;last_name;email;phone;country");
    assertThat(report).contains("2;rejected;").contains(";Jean;Sans;not-an-email;12;France").contains("3;warning;");
  }

  @Test
  void neverMovesAStageBackNorLiftsAnOpposition() throws IOException {
    Person p = peopleService.create(Map.of("email", "s@" + t + ".fr", "stage", "SQL", "consent_email", "denied", "consent_phone", "granted"), "tester");
    Path file = csv("s.csv", StandardCharsets.UTF_8, "email,stage,consent_email,Do Not Call",
        "s@" + t + ".fr,lead,oui,true");

    run(file, ImportOptions.of("s.csv", "tester").withPolicy(ImportPolicy.OVERWRITE));

    Person after = people.find(p.id()).orElseThrow();
    assertThat(after.stage()).isEqualTo(Stage.SQL);
    assertThat(after.text(PersonField.CONSENT_EMAIL)).isEqualTo("denied");
    assertThat(after.text(PersonField.CONSENT_PHONE)).as("a new opposition is applied").isEqualTo("denied");

    Path forward = csv("f.csv", StandardCharsets.UTF_8, "email,lifecycle stage", "s@" + t + ".fr,opportunity");
    run(forward);
    assertThat(people.find(p.id()).orElseThrow().stage()).isEqualTo(Stage.OPPORTUNITY);
  }

  @Test
  void undoDeletesWhatWasCreatedAndRestoresWhatWasUpdated() throws IOException {
    Person existing = peopleService.create(Map.of("email", "u@" + t + ".fr", "last_name", "Avant"), "tester");
    Path file = csv("u.csv", StandardCharsets.UTF_8, "email,last_name,job_title,company",
        "u@" + t + ".fr,Après,DSI,Undo " + t,
        "new@" + t + ".fr,Neuf,CEO,Undo " + t);
    ImportResult result = run(file, ImportOptions.of("u.csv", "tester").withPolicy(ImportPolicy.OVERWRITE));
    assertThat(person("u@" + t + ".fr").lastName()).isEqualTo("Après");
    long companyId = person("new@" + t + ".fr").company().id();

    ImportUndo.Result undone = undo.undo(result.batch(), "tester");

    assertThat(undone.conflicts()).isEmpty();
    assertThat(undone.peopleDeleted()).isEqualTo(1);
    assertThat(undone.peopleRestored()).isEqualTo(1);
    assertThat(undone.companiesDeleted()).isEqualTo(1);
    Person restored = people.find(existing.id()).orElseThrow();
    assertThat(restored.values()).isEqualTo(existing.values());
    assertThat(byEmail("new@" + t + ".fr")).isEmpty();
    assertThat(companies.find(companyId)).isEmpty();
    assertThat(batches.find(result.batch()).orElseThrow().status()).isEqualTo(ImportBatch.Status.UNDONE);
    assertThatThrownBy(() -> undo.undo(result.batch(), "tester")).hasMessageContaining("already undone");
  }

  @Test
  void undoKeepsRecordsChangedSinceTheImport() throws IOException {
    Path file = csv("k.csv", StandardCharsets.UTF_8, "email,last_name", "k1@" + t + ".fr,Un", "k2@" + t + ".fr,Deux");
    ImportResult result = run(file);
    Person k2 = person("k2@" + t + ".fr");
    peopleService.update(k2.id(), k2.version(), Map.of("job_title", "CFO"), "someone");

    ImportUndo.Result undone = undo.undo(result.batch(), "tester");

    assertThat(undone.peopleDeleted()).isEqualTo(1);
    assertThat(undone.conflicts()).hasSize(1).first().asString().contains("#" + k2.id());
    assertThat(byEmail("k1@" + t + ".fr")).isEmpty();
    assertThat(person("k2@" + t + ".fr").text(PersonField.JOB_TITLE)).isEqualTo("CFO");
  }

  @Test
  void undoDeletesARecordTheBatchCreatedAndWroteAgainInALaterChunk() throws IOException {
    List<String> lines = new ArrayList<>(List.of("email,last_name,job_title"));
    for (int i = 0; i < Importer.CHUNK; i++) {
      lines.add("w" + i + "@" + t + ".fr,Nom" + i + ",");
    }
    lines.add("w0@" + t + ".fr,Nom0,DAF");
    ImportResult result = run(csv("again.csv", StandardCharsets.UTF_8, lines.toArray(String[]::new)));
    assertThat(person("w0@" + t + ".fr").version()).as("written again by the second chunk").isEqualTo(2);

    ImportUndo.Result undone = undo.undo(result.batch(), "tester");

    assertThat(undone.conflicts()).isEmpty();
    assertThat(undone.peopleDeleted()).isEqualTo(Importer.CHUNK);
    assertThat(byEmail("w0@" + t + ".fr")).isEmpty();
  }

  @Test
  void importingTheSameFileAgainChangesNothing() throws IOException {
    Path file = csv("i.csv", StandardCharsets.UTF_8, "email,first_name,last_name,company,phone",
        "i1@" + t + ".fr,Ana,Lima,Idem " + t + ",0612345601",
        "i2@" + t + ".fr,Bea,Lima,Idem " + t + ",0612345602",
        ",Carla,Lima,Idem " + t + ",");
    ImportResult first = run(file);
    long version = person("i1@" + t + ".fr").version();

    ImportResult second = run(file);

    assertThat(first.counts().created()).isEqualTo(3);
    assertThat(second.counts().created()).isZero();
    assertThat(second.counts().updated()).isZero();
    assertThat(second.counts().unchanged()).isEqualTo(3);
    assertThat(second.counts().companiesCreated()).isZero();
    assertThat(person("i1@" + t + ".fr").version()).isEqualTo(version);
  }

  @Test
  void underOverwriteTheLaterRowOfAFileWinsAndARerunChangesNothing() throws IOException {
    Path file = csv("o.csv", StandardCharsets.UTF_8, "email,job_title,company",
        "o@" + t + ".fr,CEO,Over " + t, "O@" + t + ".fr,CFO,Over " + t);
    ImportOptions options = ImportOptions.of("o.csv", "tester").withPolicy(ImportPolicy.OVERWRITE);
    run(file, options);
    Person first = person("o@" + t + ".fr");
    assertThat(first.text(PersonField.JOB_TITLE)).isEqualTo("CFO");

    ImportResult again = run(file, options);

    assertThat(again.counts().created()).isZero();
    assertThat(again.counts().updated()).isZero();
    assertThat(again.counts().unchanged()).isEqualTo(1);
    assertThat(again.counts().merged()).isEqualTo(1);
    assertThat(again.counts().companiesUpdated()).isZero();
    Person after = person("o@" + t + ".fr");
    assertThat(after.version()).as("nothing written").isEqualTo(first.version());
    assertThat(after.text(PersonField.JOB_TITLE)).isEqualTo("CFO");
  }

  @Test
  void anImportStoppedInTheMiddleIsCompletedByRunningItAgain() throws IOException {
    int rows = Importer.CHUNK * 2 + 10;
    List<String> lines = new ArrayList<>(List.of("email,last_name"));
    for (int i = 0; i < rows; i++) {
      lines.add("r" + i + "@" + t + ".fr,Nom" + i);
    }
    Path file = csv("big.csv", StandardCharsets.UTF_8, lines.toArray(String[]::new));
    Importer.Listener crash = (done, total) -> {
      throw new IllegalStateException("simulated crash after " + done + " rows");
    };

    assertThatThrownBy(() -> importer.run(file, ImportOptions.of("big.csv", "tester"), crash)).hasMessageContaining("simulated crash");

    ImportBatch failed = batches.list(5).stream().filter(b -> b.fileName().equals("big.csv")).findFirst().orElseThrow();
    assertThat(failed.status()).isEqualTo(ImportBatch.Status.FAILED);
    assertThat(failed.counts().created()).isEqualTo(Importer.CHUNK);
    assertThat(byEmail("r0@" + t + ".fr")).isPresent();
    assertThat(byEmail("r" + (rows - 1) + "@" + t + ".fr")).as("nothing after the chunk that was written").isEmpty();

    ImportResult again = run(file);

    assertThat(again.counts().created()).isEqualTo(rows - Importer.CHUNK);
    assertThat(again.counts().unchanged()).isEqualTo(Importer.CHUNK);
    assertThat(byEmail("r" + (rows - 1) + "@" + t + ".fr")).isPresent();
  }

  @Test
  void aPersonCreatedDuringAnImportIsMatchedByItsLaterRows() throws IOException {
    int rows = Importer.CHUNK + 2;
    List<String> lines = new ArrayList<>(List.of("email,last_name,job_title"));
    for (int i = 0; i < rows - 1; i++) {
      lines.add("d" + i + "@" + t + ".fr,Nom" + i + ",");
    }
    lines.add("late@" + t + ".fr,Tardif,DSI");
    Path file = csv("during.csv", StandardCharsets.UTF_8, lines.toArray(String[]::new));
    // someone adds the person while the first chunk is written (between chunks)
    Importer.Listener meanwhile = (done, total) -> {
      if (done == Importer.CHUNK) {
        peopleService.create(Map.of("email", "late@" + t + ".fr", "last_name", "Tardif"), "someone");
      }
    };

    ImportResult result = importer.run(file, ImportOptions.of("during.csv", "tester"), meanwhile);

    assertThat(result.counts().created()).isEqualTo(rows - 1);
    assertThat(result.counts().updated()).isEqualTo(1);
    assertThat(people.idsByEmailKey(List.of("late@" + t + ".fr"))).hasSize(1);
    assertThat(person("late@" + t + ".fr").text(PersonField.JOB_TITLE)).isEqualTo("DSI");
  }

  @Test
  void aDryRunWritesNothing() throws IOException {
    Path file = csv("d.csv", StandardCharsets.UTF_8, "email,company", "d@" + t + ".fr,Dry " + t, "d@" + t + ".fr,Dry " + t);
    int before = batches.list(1000).size();

    ImportResult result = run(file, ImportOptions.of("d.csv", "tester").withDryRun(true));

    assertThat(result.batch()).isNull();
    assertThat(result.counts().created()).isEqualTo(1);
    assertThat(result.counts().merged()).isEqualTo(1);
    assertThat(result.counts().companiesCreated()).isEqualTo(1);
    assertThat(byEmail("d@" + t + ".fr")).isEmpty();
    assertThat(companies.idsBy(Companies.Key.NAME, List.of(Companies.nameKey("Dry " + t)))).isEmpty();
    assertThat(batches.list(1000)).hasSize(before);
  }

  @Test
  void aBrokenFileIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path file = csv("broken.csv", StandardCharsets.UTF_8, "email,last_name", "ok@" + t + ".fr,Ok", "\"bad@" + t + ".fr,Unterminated");
    int before = batches.list(1000).size();

    assertThatThrownBy(() -> run(file)).isInstanceOf(ImportFileException.class).hasMessageContaining("broken.csv");

    assertThat(byEmail("ok@" + t + ".fr")).isEmpty();
    assertThat(batches.list(1000)).hasSize(before);
  }

  @Test
  void aFileOfCompaniesOnlyImportsCompanies() throws IOException {
    Path file = csv("companies.csv", StandardCharsets.UTF_8, "Raison sociale;SIREN;Code postal;Ville",
        "Alpha " + t + " SARL;" + uniqueSiret().substring(0, 9) + ";75002;Paris",
        "Beta " + t + ";;69001;Lyon",
        ";;;Nowhere");

    ImportResult result = run(file);

    assertThat(result.counts().companiesCreated()).isEqualTo(2);
    assertThat(result.counts().created()).isZero();
    assertThat(result.counts().rejected()).isEqualTo(1);
    Long alpha = companies.idsBy(Companies.Key.NAME, List.of(Companies.nameKey("Alpha " + t))).get(Companies.nameKey("Alpha " + t));
    Company company = companies.find(alpha).orElseThrow();
    assertThat(company.text(CompanyField.CITY)).isEqualTo("Paris");
    assertThat(company.get(CompanyField.ATTRIBUTES)).isEqualTo(Map.of("legal_form", "SARL"));
  }

  @Test
  void companyDetailsWithoutACompanyAreReportedNotLinked() throws IOException {
    Path file = csv("sector.csv", StandardCharsets.UTF_8, "email;Secteur d'activité", "s1@" + t + ".fr;Conseil", "s2@" + t + ".fr;Conseil");
    List<ImportBatches.Issue> issues = new ArrayList<>();

    ImportResult result = importer.run(file, ImportOptions.of("sector.csv", "tester"), Importer.Listener.NONE, issues::add);

    assertThat(result.counts().created()).isEqualTo(2);
    assertThat(result.counts().companiesCreated()).isZero();
    assertThat(person("s1@" + t + ".fr").company()).isNull();
    assertThat(issues).hasSize(2).allMatch(i -> i.issues().get(0).reason().contains("without a company name, SIREN or domain"));
  }

  @Test
  void savedProfilesMapColumnsOfLaterFiles() throws IOException {
    Path first = csv("p1.csv", StandardCharsets.UTF_8, "Courriel;Col X", "p1@" + t + ".fr;Grenoble");
    Map<String, String> overrides = new LinkedHashMap<>(Map.of("Col X", "city"));
    ImportOptions options = new ImportOptions("p1.csv", null, "FR", ImportPolicy.FILL, false, overrides, null, "profile-" + t, null, null, "tester");
    run(first, options);
    Path second = csv("p2.csv", StandardCharsets.UTF_8, "Courriel;Col X", "p2@" + t + ".fr;Annecy");

    run(second, new ImportOptions("p2.csv", null, "FR", ImportPolicy.FILL, false, Map.of(), "profile-" + t, null, null, null, "tester"));

    assertThat(person("p2@" + t + ".fr").text(PersonField.CITY)).isEqualTo("Annecy");
    assertThatThrownBy(() -> run(second, new ImportOptions("p2.csv", null, "FR", ImportPolicy.FILL, false, Map.of(), "nope-" + t, null, null, null, "tester")))
        .isInstanceOf(ImportFileException.class).hasMessageContaining("no mapping profile named 'nope-" + t + "'");
  }
}
