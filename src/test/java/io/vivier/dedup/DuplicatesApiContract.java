package io.vivier.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vivier.support.Api;
import io.vivier.support.TestUsers;
import io.vivier.user.Role;
import io.vivier.user.UserAccounts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/** The review queue of possible duplicates through REST and the web page, on each database. */
abstract class DuplicatesApiContract {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired DuplicatePairs pairs;
  @Autowired BaseScan scan;

  Api marketing;
  Api sales;
  String t;

  @BeforeEach
  void setUp() {
    marketing = new Api(mvc, TestUsers.bearer(accounts, Role.MARKETING));
    sales = marketing.as(TestUsers.bearer(accounts, Role.SALES));
    t = "d" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private long person(String first, String last, String city) {
    Api.Response created = marketing.post("/api/v1/people",
        Map.of("first_name", first, "last_name", last, "email", first.toLowerCase() + "." + UUID.randomUUID() + "@" + t + ".fr", "city", city));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.id();
  }

  private void propose(long a, long b, double probability) {
    pairs.propose(List.of(new DuplicatePair.Proposal("person", a, b, probability, 7.5,
        List.of(Map.of("field", "last_name", "level", "exact", "weight", 6.2), Map.of("field", "city", "level", "different", "weight", -1.3)))),
        "test " + t, Instant.now());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> pendingPair(long a, long b) {
    for (Map<String, Object> item : marketing.get("/api/v1/duplicates?entity=person&limit=200").items()) {
      Map<String, Object> left = (Map<String, Object>) item.get("left");
      Map<String, Object> right = (Map<String, Object>) item.get("right");
      if (((Number) left.get("id")).longValue() == Math.min(a, b) && ((Number) right.get("id")).longValue() == Math.max(a, b)) {
        return item;
      }
    }
    return null;
  }

  @Test
  void aPairIsShownSideBySideAndMergedIntoTheChosenRecordWithPickedValues() {
    long a = person("Anne", "Leroy", "Lyon");
    long b = person("Anne", "Leroy", "Paris");
    long c = person("Anne", "Leroy", "Lille");
    propose(a, b, 0.97);
    propose(b, c, 0.91);

    Map<String, Object> item = pendingPair(a, b);
    assertThat(item).isNotNull();
    assertThat(item.get("probability")).isEqualTo(0.97);
    assertThat((List<?>) item.get("explanation")).hasSize(2);
    assertThat(((Map<?, ?>) item.get("right")).get("city")).isEqualTo("Paris");

    Api.Response merged = marketing.post("/api/v1/duplicates/" + item.get("id") + "/merge", Map.of("survivor_id", b, "picks", Map.of("city", a)));

    assertThat(merged.status()).as(merged.toString()).isEqualTo(201);
    assertThat(marketing.get("/api/v1/people/" + b).get("city")).isEqualTo("Lyon");
    assertThat(marketing.get("/api/v1/people/" + a).status()).isEqualTo(404);
    assertThat(pendingPair(a, b)).as("decided").isNull();
    assertThat(pendingPair(b, c)).as("the survivor's other pairs stay").isNotNull();
    assertThat(marketing.post("/api/v1/duplicates/" + item.get("id") + "/merge", Map.of()).status()).isEqualTo(409);
  }

  @Test
  void mergesMadeByPeopleTeachTheModelAndUndoneOnesDoNot() {
    long a = person("Basile", "Ferrand", "Lyon");
    long b = person("Basile", "Ferand", "Villeurbanne");
    long c = person("Odile", "Perrin", "Dijon");
    long d = person("Odile", "Perrin", "Beaune");
    propose(a, b, 0.8);
    assertThat(marketing.post("/api/v1/duplicates/" + pendingPair(a, b).get("id") + "/merge", Map.of("survivor_id", a)).status())
        .isEqualTo(201);
    Api.Response merged = marketing.post("/api/v1/people/merge", Map.of("survivor_id", c, "merged_ids", List.of(d)));
    assertThat(merged.status()).as(merged.toString()).isEqualTo(201);

    List<Record[]> confirmed = scan.confirmedMatches("person");

    Record[] reviewed = confirmedPair(confirmed, a, b);
    assertThat(reviewed).as("the reviewed merge, as the records were before it").isNotNull();
    assertThat(reviewed[0].values()).contains("Basile", "Ferrand", "Lyon");
    assertThat(reviewed[1].values()).contains("Basile", "Ferand", "Villeurbanne");
    assertThat(confirmedPair(confirmed, c, d)).isNotNull();

    assertThat(marketing.post("/api/v1/merges/" + merged.get("id") + "/undo", Map.of()).status()).isEqualTo(200);
    assertThat(confirmedPair(scan.confirmedMatches("person"), c, d)).as("undone: not a match after all").isNull();
  }

  private static Record[] confirmedPair(List<Record[]> confirmed, long survivor, long other) {
    return confirmed.stream()
        .filter(p -> p[0].id().equals(Long.toString(survivor)) && p[1].id().equals(Long.toString(other)))
        .findFirst().orElse(null);
  }

  @Test
  void aPersonCreatedWithTheEmailOfAnotherComesBackWithItAsAPossibleDuplicateAndIsQueued() {
    Api.Response first = marketing.post("/api/v1/people", Map.of("last_name", "Blanc", "email", "claire.blanc@" + t + ".fr"));
    Api.Response second = marketing.post("/api/v1/people", Map.of("first_name", "Claire", "last_name", "Blanc", "email", "Claire.Blanc@" + t + ".fr"));

    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    assertThat((List<?>) second.get("possible_duplicates")).singleElement().satisfies(d -> {
      assertThat(((Number) ((Map<?, ?>) d).get("id")).longValue()).isEqualTo(first.id());
      assertThat(((Map<?, ?>) d).get("probability")).isEqualTo(1.0);
    });
    assertThat(pendingPair(first.id(), second.id())).isNotNull();
    assertThat(marketing.post("/api/v1/people", Map.of("last_name", "Seul", "email", "seul@" + t + ".fr")).json())
        .doesNotContainKey("possible_duplicates");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCompanyCreatedWithTheDomainOfAnotherComesBackWithItAndIsQueued() {
    Api.Response first = marketing.post("/api/v1/companies", Map.of("name", "Atelier Brun " + t, "domain", "brun-" + t + ".fr"));
    Api.Response second = marketing.post("/api/v1/companies", Map.of("name", "Brun et Fils " + t, "domain", "www.brun-" + t + ".fr"));
    Api.Response other = marketing.post("/api/v1/companies", Map.of("name", "Maison Vert " + t, "domain", "vert-" + t + ".fr"));

    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    assertThat((List<Map<String, Object>>) second.get("possible_duplicates")).singleElement()
        .satisfies(d -> assertThat(((Number) d.get("id")).longValue()).isEqualTo(first.id()));
    assertThat(other.get("possible_duplicates")).isNull();
    assertThat(marketing.get("/api/v1/duplicates?entity=company&limit=200").items()).anySatisfy(item -> {
      assertThat(((Number) ((Map<String, Object>) item.get("left")).get("id")).longValue()).isEqualTo(first.id());
      assertThat(((Number) ((Map<String, Object>) item.get("right")).get("id")).longValue()).isEqualTo(second.id());
    });
  }

  @Test
  void aRejectedPairIsNeverProposedAgain() {
    long a = person("Paul", "Girard", "Nantes");
    long b = person("Pauline", "Girard", "Nantes");
    propose(a, b, 0.8);
    Object id = pendingPair(a, b).get("id");

    assertThat(sales.post("/api/v1/duplicates/" + id + "/reject", Map.of()).status()).isEqualTo(403);
    assertThat(marketing.post("/api/v1/duplicates/" + id + "/reject", Map.of()).status()).isEqualTo(200);
    propose(a, b, 0.85);

    assertThat(pendingPair(a, b)).isNull();
  }

  @Test
  void aPairWhoseRecordIsGoneLeavesTheQueue() {
    long a = person("Luc", "Simon", "Rennes");
    long b = person("Luc", "Simon", "Rennes");
    propose(a, b, 0.99);
    Map<String, Object> person = marketing.get("/api/v1/people/" + b).json();
    assertThat(marketing.delete("/api/v1/people/" + b, Map.of("If-Match", "\"" + person.get("version") + "\"")).status()).isEqualTo(204);

    assertThat(pendingPair(a, b)).isNull();
  }

  @Test
  void badDecisionsGetAClearAnswer() {
    long a = person("Eva", "Morel", "Lyon");
    long b = person("Eva", "Morel", "Lyon");
    long c = person("Eve", "Other", "Lyon");
    propose(a, b, 0.95);
    Object id = pendingPair(a, b).get("id");

    assertThat(marketing.post("/api/v1/duplicates/" + id + "/merge", Map.of("survivor_id", c)).body()).contains("not one of the pair");
    assertThat(marketing.post("/api/v1/duplicates/" + id + "/merge", Map.of("picks", Map.of("city", "left"))).status()).isEqualTo(400);
    assertThat(marketing.post("/api/v1/duplicates/999999999/reject", Map.of()).status()).isEqualTo(404);
    assertThat(marketing.get("/api/v1/duplicates?entity=lead").status()).isEqualTo(400);
    assertThat(pendingPair(a, b)).as("still pending").isNotNull();
  }

  @Test
  void theReviewPageShowsThePairAndItsButtonsWork() throws Exception {
    long a = person("Zoé", "Bonnet", "Toulouse");
    long b = person("Zoe", "Bonnet", "Toulouse");
    propose(a, b, 0.93);
    Object id = pendingPair(a, b).get("id");
    var user = SecurityMockMvcRequestPostProcessors.user("marketing-page").roles("MARKETING");

    String page = mvc.perform(get("/duplicates").with(user)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("pair-" + id).contains("Zoé").contains("Zoe").contains("Last name exact +6.2").contains("keep-right-" + id);
    var bad = mvc.perform(post("/duplicates/" + id + "/merge").param("survivor", Long.toString(b)).param("pick.first_name", "left")
            .with(user).with(SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().is3xxRedirection()).andReturn();
    assertThat(bad.getFlashMap().get("reason").toString()).contains("pick.first_name: a record id, not 'left'");
    mvc.perform(post("/duplicates/" + id + "/merge").param("survivor", Long.toString(b)).param("pick.first_name", Long.toString(a))
            .with(user).with(SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(marketing.get("/api/v1/people/" + b).get("first_name")).isEqualTo("Zoé");

    String after = mvc.perform(get("/duplicates").with(user)).andReturn().getResponse().getContentAsString();
    java.util.regex.Matcher undo = java.util.regex.Pattern.compile("id=\"undo-(\\d+)\"").matcher(after);
    assertThat(undo.find()).as("the merge is listed with an undo button").isTrue();
    mvc.perform(post("/duplicates/merges/" + undo.group(1) + "/undo").with(user).with(SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(marketing.get("/api/v1/people/" + a).get("first_name")).as("back").isEqualTo("Zoé");
    assertThat(marketing.get("/api/v1/people/" + b).get("first_name")).isEqualTo("Zoe");
  }
}
