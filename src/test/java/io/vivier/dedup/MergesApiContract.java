package io.vivier.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.support.Api;
import io.vivier.support.TestUsers;
import io.vivier.user.Role;
import io.vivier.user.UserAccounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Merge and unmerge through the REST API, on each database. */
abstract class MergesApiContract {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;

  Api marketing;
  Api sales;
  String t;

  @BeforeEach
  void setUp() {
    marketing = new Api(mvc, TestUsers.bearer(accounts, Role.MARKETING));
    sales = marketing.as(TestUsers.bearer(accounts, Role.SALES));
    t = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private long person(Object... pairs) {
    Map<String, Object> body = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      body.put((String) pairs[i], pairs[i + 1]);
    }
    Api.Response created = marketing.post("/api/v1/people", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.id();
  }

  private Map<String, Object> get(long id) {
    return marketing.get("/api/v1/people/" + id).json();
  }

  private void activity(long person, String subject) {
    Api.Response logged = marketing.post("/api/v1/people/" + person + "/activities", Map.of("type", "note", "subject", subject));
    assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
  }

  private List<Object> activitySubjects(long person) {
    return marketing.get("/api/v1/people/" + person + "/activities").items().stream().map(a -> a.get("subject")).toList();
  }

  @Test
  void mergingPeopleKeepsTheBestValuesAndEverythingTheyHadThenUnmergeRestoresThem() {
    long survivor = person("first_name", "J.", "last_name", "Dupont", "email", "jean@" + t + ".fr", "city", "Lyon", "stage", "MQL");
    long duplicate = person("first_name", "Jean", "last_name", "Dupont", "email", "jdupont@" + t + ".fr", "phone", "01 23 45 67 89",
        "stage", "SQL", "tags", List.of("salon"));
    activity(survivor, "first call " + t);
    activity(duplicate, "demo " + t);
    Map<String, Object> duplicateBefore = get(duplicate);
    Map<String, Object> survivorBefore = get(survivor);

    Api.Response merged = marketing.post("/api/v1/people/merge", Map.of("survivor_id", survivor, "merged_ids", List.of(duplicate),
        "reason", "same person " + t));

    assertThat(merged.status()).as(merged.toString()).isEqualTo(201);
    Map<String, Object> after = get(survivor);
    assertThat(after.get("first_name")).isEqualTo("Jean");
    assertThat(after.get("email")).isEqualTo("jean@" + t + ".fr");
    assertThat(after.get("phone")).isEqualTo("01 23 45 67 89");
    assertThat(after.get("stage")).isEqualTo("SQL");
    assertThat(after.get("tags")).isEqualTo(List.of("salon"));
    assertThat(marketing.get("/api/v1/people/" + duplicate).status()).isEqualTo(404);
    assertThat(activitySubjects(survivor)).contains("first call " + t, "demo " + t);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> decisions = (List<Map<String, Object>>) merged.get("decisions");
    assertThat(decisions).anySatisfy(d -> assertThat(d)
        .containsEntry("field", "first_name").containsEntry("rule", "most_complete")
        .satisfies(x -> assertThat(((Number) x.get("from")).longValue()).isEqualTo(duplicate)));
    long mergeId = merged.id();
    assertThat((List<?>) marketing.get("/api/v1/merges/" + mergeId).get("merged_ids")).singleElement()
        .satisfies(id -> assertThat(((Number) id).longValue()).isEqualTo(duplicate));

    Api.Response undone = marketing.post("/api/v1/merges/" + mergeId + "/undo", Map.of());

    assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
    assertThat(undone.get("conflicts")).isEqualTo(List.of());
    assertThat(undone.get("survivor_restored")).isEqualTo(true);
    assertThat(get(duplicate)).as("exactly as it was, version included").isEqualTo(duplicateBefore);
    Map<String, Object> survivorAfter = new HashMap<>(get(survivor));
    assertThat(survivorAfter.get("first_name")).isEqualTo("J.");
    assertThat(survivorAfter.get("stage")).isEqualTo("MQL");
    assertThat(survivorAfter.get("phone")).isNull();
    assertThat(survivorAfter.get("city")).isEqualTo(survivorBefore.get("city"));
    assertThat(activitySubjects(duplicate)).containsExactly("demo " + t);
    assertThat(activitySubjects(survivor)).containsExactly("first call " + t);
    assertThat(marketing.post("/api/v1/merges/" + mergeId + "/undo", Map.of()).status()).as("only once").isEqualTo(409);
  }

  @Test
  void aMergeNeverTurnsAnOppositionIntoAConsent() {
    long granted = person("last_name", "Martin", "email", "granted@" + t + ".fr", "consent_email", "granted");
    long denied = person("last_name", "Martin", "email", "denied@" + t + ".fr", "consent_email", "denied");

    Api.Response merged = marketing.post("/api/v1/people/merge", Map.of("survivor_id", granted, "merged_ids", List.of(denied),
        "picks", Map.of("consent_email", granted)));

    assertThat(merged.status()).as(merged.toString()).isEqualTo(201);
    assertThat(get(granted).get("consent_email")).isEqualTo("denied");
  }

  @Test
  void activitiesLoggedAfterTheMergeGoBackToThePersonWhoseAddressOrPhoneTheyName() {
    long survivor = person("first_name", "Léa", "last_name", "Roux", "email", "lea.roux@" + t + ".fr");
    long duplicate = person("first_name", "Léa", "last_name", "Roux", "email", "lea.roux@gmail.com", "mobile", "06 12 34 56 78");
    long mergeId = marketing.post("/api/v1/people/merge", Map.of("survivor_id", survivor, "merged_ids", List.of(duplicate))).id();
    for (Map<String, Object> later : List.of(
        Map.<String, Object>of("type", "email_sent", "subject", "Relance", "metadata", Map.of("to", "Lea.Roux@gmail.com")),
        Map.<String, Object>of("type", "email_sent", "subject", "Devis", "metadata", Map.of("to", "lea.roux@" + t + ".fr")),
        Map.<String, Object>of("type", "call", "subject", "Appel au +33 6 12 34 56 78"),
        Map.<String, Object>of("type", "note", "subject", "Salon: intéressée"),
        // logged now, about a call before the merge: goes back all the same
        Map.<String, Object>of("type", "call", "subject", "Rappel au 06 12 34 56 78", "occurred_at", "2025-06-02T09:30:00Z"))) {
      assertThat(marketing.post("/api/v1/people/" + survivor + "/activities", later).status()).isEqualTo(201);
    }

    Api.Response undone = marketing.post("/api/v1/merges/" + mergeId + "/undo", Map.of());

    assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
    assertThat(activitySubjects(duplicate)).containsExactlyInAnyOrder("Relance", "Appel au +33 6 12 34 56 78", "Rappel au 06 12 34 56 78");
    assertThat(activitySubjects(survivor)).containsExactlyInAnyOrder("Devis", "Salon: intéressée");
    assertThat((List<?>) undone.get("notes")).singleElement().asString()
        .contains("3 activities").contains("#" + duplicate);
  }

  @Test
  void theSurvivorJoinsTheMergedPersonsStaticListsAndUnmergeGivesThemBack() {
    long survivor = person("first_name", "Léa", "last_name", "Roy", "email", "lea@" + t + ".fr");
    long duplicate = person("first_name", "Lea", "last_name", "Roy", "email", "lea.roy@" + t + ".fr");
    long both = list("Salon " + t);
    long onlyDuplicate = list("Rappeler " + t);
    join(both, survivor, duplicate);
    join(onlyDuplicate, duplicate);

    Api.Response merged = marketing.post("/api/v1/people/merge", Map.of("survivor_id", survivor, "merged_ids", List.of(duplicate)));
    assertThat(merged.status()).as(merged.toString()).isEqualTo(201);
    assertThat(members(both)).containsExactly(survivor);
    assertThat(members(onlyDuplicate)).as("the survivor takes the merged person's place").containsExactly(survivor);

    Api.Response undone = marketing.post("/api/v1/merges/" + merged.id() + "/undo", Map.of());
    assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
    assertThat(members(both)).containsExactlyInAnyOrder(survivor, duplicate);
    assertThat(members(onlyDuplicate)).as("the survivor leaves what it joined by the merge").containsExactly(duplicate);
  }

  private long list(String name) {
    Api.Response created = marketing.post("/api/v1/lists", Map.of("name", name));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.id();
  }

  private void join(long list, Long... people) {
    Api.Response added = marketing.post("/api/v1/lists/" + list + "/people", Map.of("ids", List.of(people)));
    assertThat(added.status()).as(added.toString()).isEqualTo(200);
  }

  private List<Long> members(long list) {
    return marketing.get("/api/v1/lists/" + list + "/people").items().stream().map(p -> ((Number) p.get("id")).longValue()).toList();
  }

  @Test
  void theSurvivorChangedSinceTheMergeIsKeptByUnmerge() {
    long survivor = person("last_name", "Petit", "email", "p1@" + t + ".fr", "city", "Lille");
    long duplicate = person("last_name", "Petit", "email", "p2@" + t + ".fr", "city", "Nantes");
    long mergeId = marketing.post("/api/v1/people/merge", Map.of("survivor_id", survivor, "merged_ids", List.of(duplicate))).id();
    Map<String, Object> current = get(survivor);
    assertThat(marketing.patch("/api/v1/people/" + survivor, Map.of("job_title", "DAF"),
        Map.of("If-Match", "\"" + current.get("version") + "\"")).status()).isEqualTo(200);

    Api.Response undone = marketing.post("/api/v1/merges/" + mergeId + "/undo", Map.of());

    assertThat(undone.get("survivor_restored")).isEqualTo(false);
    assertThat((List<?>) undone.get("conflicts")).singleElement().asString().contains("changed after the merge");
    assertThat(get(survivor).get("job_title")).isEqualTo("DAF");
    assertThat(get(duplicate).get("city")).isEqualTo("Nantes");
  }

  @Test
  void mergingCompaniesMovesTheirPeopleAndUnmergeMovesThemBack() {
    Api.Response acme = marketing.post("/api/v1/companies", Map.of("name", "Acme " + t, "city", "Lyon"));
    Api.Response acmeSas = marketing.post("/api/v1/companies", Map.of("name", "Acme " + t + " SAS", "siren", "732829320"));
    long a = acme.id();
    long b = acmeSas.id();
    long alice = person("last_name", "Alice", "email", "alice@" + t + ".fr", "company_id", b);

    Api.Response merged = marketing.post("/api/v1/companies/merge", Map.of("survivor_id", a, "merged_ids", List.of(b)));

    assertThat(merged.status()).as(merged.toString()).isEqualTo(201);
    Map<String, Object> company = marketing.get("/api/v1/companies/" + a).json();
    assertThat(company.get("siren")).isEqualTo("732829320");
    assertThat(company.get("name")).isEqualTo("Acme " + t + " SAS");
    assertThat(((Number) ((Map<?, ?>) get(alice).get("company")).get("id")).longValue()).isEqualTo(a);
    assertThat(marketing.get("/api/v1/companies/" + b).status()).isEqualTo(404);

    assertThat(marketing.post("/api/v1/merges/" + merged.id() + "/undo", Map.of()).status()).isEqualTo(200);

    assertThat(marketing.get("/api/v1/companies/" + b).get("siren")).isEqualTo("732829320");
    assertThat(((Number) ((Map<?, ?>) get(alice).get("company")).get("id")).longValue()).isEqualTo(b);
    assertThat(marketing.get("/api/v1/companies/" + a).get("name")).isEqualTo("Acme " + t);
  }

  @Test
  void badMergesGetAClearAnswerAndChangeNothing() {
    long a = person("last_name", "Roux", "email", "r1@" + t + ".fr");
    long b = person("last_name", "Roux", "email", "r2@" + t + ".fr");

    assertThat(marketing.post("/api/v1/people/merge", Map.of("survivor_id", a)).body()).contains("merged_ids");
    assertThat(marketing.post("/api/v1/people/merge", Map.of("survivor_id", a, "merged_ids", List.of(a))).body()).contains("twice");
    assertThat(marketing.post("/api/v1/people/merge", Map.of("survivor_id", a, "merged_ids", List.of(b), "picks", Map.of("citty", b))).body())
        .contains("unknown field 'citty'");
    assertThat(marketing.post("/api/v1/people/merge", Map.of("survivor_id", a, "merged_ids", List.of(b), "picks", Map.of("city", 1))).status())
        .isEqualTo(400);
    assertThat(marketing.post("/api/v1/people/merge", Map.of("survivor_id", a, "merged_ids", List.of(999_999_999))).status()).isEqualTo(404);
    assertThat(sales.post("/api/v1/people/merge", Map.of("survivor_id", a, "merged_ids", List.of(b))).status()).isEqualTo(403);
    assertThat(marketing.get("/api/v1/people/" + b).status()).as("nothing merged").isEqualTo(200);
    assertThat(marketing.post("/api/v1/merges/999999999/undo", Map.of()).status()).isEqualTo(404);
  }
}
