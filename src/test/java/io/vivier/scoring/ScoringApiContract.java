package io.vivier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.lifecycle.StageChange;
import io.vivier.lifecycle.StageHistory;
import io.vivier.prospect.People;
import io.vivier.prospect.PersonField;
import io.vivier.support.Api;
import io.vivier.support.TestUsers;
import io.vivier.user.Role;
import io.vivier.user.UserAccounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * ICPs, scores and the MQL rule through the API, run on each database by its subclasses. The
 * filters are read by the test rule matcher (the filter language is built elsewhere); the rules
 * name a source unique to each test so that other tests' people never fit.
 */
abstract class ScoringApiContract {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired StageHistory stageHistory;
  @Autowired People people;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

  Api sales;
  Api marketing;
  String marker;

  @BeforeEach
  void setUp() {
    sales = new Api(mvc, TestUsers.bearer(accounts, Role.SALES));
    marketing = sales.as(TestUsers.bearer(accounts, Role.MARKETING));
    marker = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  Map<String, Object> rule(String name, String filter, int points) {
    return Map.of("name", name, "filter", filter, "points", points);
  }

  /** An ICP whose rules only this test's people can match, made the default. */
  Api.Response defineIcp() {
    return marketing.send(org.springframework.http.HttpMethod.PUT, "/api/v1/icps/icp-" + marker, Map.of(
        "default", true,
        "rules", List.of(
            rule("test source", "source = \"" + marker + "\"", 40),
            rule("decision maker", "source = \"" + marker + "\" and seniority in (executive, director)", 40),
            rule("France", "source = \"" + marker + "\" and country in (FR, BE, CH)", 20),
            rule("free mail", "free_mail", -20))), Map.of());
  }

  long person(String seniority, String email) {
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("first_name", "Claire");
    person.put("last_name", "Martin");
    person.put("email", email);
    person.put("seniority", seniority);
    person.put("country", "FR");
    person.put("source", marker);
    Api.Response created = sales.post("/api/v1/people", person);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.id();
  }

  void log(long person, Map<String, Object> activity) {
    Api.Response logged = sales.post("/api/v1/people/" + person + "/activities", activity);
    assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
  }

  @SuppressWarnings("unchecked")
  static long totalCentis(Object items) {
    return ((List<Map<String, Object>>) items).stream().mapToLong(i -> Math.round(((Number) i.get("points")).doubleValue() * 100)).sum();
  }

  @Test
  void marketingDefinesAnIcpEveryoneReadsIt() {
    Api.Response saved = defineIcp();

    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.get("default")).isEqualTo(true);
    assertThat(saved.get("max_points")).isEqualTo(100);
    assertThat(saved.get("next").toString()).as("says how stored scores follow").contains("/api/v1/scores/rescore");
    assertThat(sales.get("/api/v1/icps/icp-" + marker).get("rules")).asList().hasSize(4);
    assertThat(sales.get("/api/v1/icps").items()).anySatisfy(i -> assertThat(i.get("name")).isEqualTo("icp-" + marker));
    Api.Response bySales = sales.send(org.springframework.http.HttpMethod.PUT, "/api/v1/icps/other-" + marker,
        Map.of("rules", List.of(rule("x", "country = FR", 10))), Map.of());
    assertThat(bySales.status()).isEqualTo(403);
    assertThat(sales.delete("/api/v1/icps/icp-" + marker, Map.of()).status()).isEqualTo(403);
    assertThat(marketing.delete("/api/v1/icps/icp-" + marker, Map.of()).status()).isEqualTo(204);
    assertThat(sales.get("/api/v1/icps/icp-" + marker).status()).isEqualTo(404);
  }

  @Test
  void aBadRuleIsRefusedWithWhereAndWhyAndNothingIsStored() {
    Api.Response response = marketing.send(org.springframework.http.HttpMethod.PUT, "/api/v1/icps/bad-" + marker, Map.of(
        "rules", List.of(rule("ok", "country = FR", 10), rule("typo", "contry = FR", 10), Map.of("filter", "country = FR", "points", 0))),
        Map.of());

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.badFields()).containsExactly("rules[1].filter", "rules[2].points");
    assertThat(response.body()).contains("unknown field 'contry' at 1:1");
    assertThat(sales.get("/api/v1/icps/bad-" + marker).status()).isEqualTo(404);
  }

  @Test
  void aPersonsScoreExplainsItselfAndIsWrittenToThePerson() {
    defineIcp();
    long id = person("director", "claire.martin@" + marker + ".fr");
    log(id, Map.of("type", "email_replied", "subject", "RE: notre échange"));

    Api.Response score = sales.get("/api/v1/people/" + id + "/score");

    assertThat(score.status()).as(score.toString()).isEqualTo(200);
    assertThat(score.get("fit")).isEqualTo(100);
    assertThat(score.get("icp")).isEqualTo("icp-" + marker);
    assertThat(score.get("grade")).isEqualTo("A2");
    @SuppressWarnings("unchecked")
    Map<String, Object> explanation = (Map<String, Object>) score.get("explanation");
    assertThat(totalCentis(explanation.get("score"))).isEqualTo(((Number) score.get("score")).longValue() * 100);
    assertThat(totalCentis(explanation.get("fit"))).isEqualTo(10_000);
    assertThat(totalCentis(explanation.get("engagement"))).isEqualTo(((Number) score.get("engagement")).longValue() * 100);
    assertThat(explanation.get("engagement").toString()).contains("e-mail reply on");
    assertThat(explanation.get("timing").toString()).contains("replied on");
    assertThat(sales.get("/api/v1/people/" + id).get("score")).isEqualTo(score.get("score"));
  }

  @Test
  void thePersonPageShowsTheScoreCardWithItsReasons() throws Exception {
    defineIcp();
    long id = person("director", "claire.martin@" + marker + ".fr");
    log(id, Map.of("type", "email_replied", "subject", "RE: notre échange"));
    long score = ((Number) sales.get("/api/v1/people/" + id + "/score").get("score")).longValue();
    var user = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("sales-page").roles("SALES");

    String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/prospects/" + id).with(user))
        .andReturn().getResponse().getContentAsString();

    assertThat(page).contains("id=\"score-card\"").contains("id=\"score-value\">" + score + "<").contains(">A2<")
        .contains("id=\"score-fit\"").contains("id=\"score-engagement\"").contains("e-mail reply on").contains("icp-" + marker);
    assertThat(page.indexOf("score-card")).as("before the activities").isLessThan(page.indexOf("id=\"activities\""));
    long unscored = person("director", "paul." + marker + "@example.org");
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/prospects/" + unscored).with(user))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
  }

  @Test
  void aRepsCallFirstQueueListsTheirOpenProspectsBestScoreFirstWithReasons() throws Exception {
    defineIcp();
    String rep = io.vivier.support.TestUsers.user(accounts, Role.SALES);
    long weak = person("manager", "paul." + marker + "@gmail.com");
    long strong = person("director", "claire.martin@" + marker + ".fr");
    long closed = person("director", "anne.roux@" + marker + ".fr");
    for (long id : List.of(weak, strong, closed)) {
      Map<String, Object> current = sales.get("/api/v1/people/" + id).json();
      Map<String, Object> change = new LinkedHashMap<>(Map.of("owner", rep));
      if (id == closed) {
        change.put("stage", "LOST");
      }
      assertThat(sales.patch("/api/v1/people/" + id, change, Map.of("If-Match", "\"" + current.get("version") + "\"")).status()).isEqualTo(200);
    }
    var user = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(rep).roles("SALES");

    String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/call-first").with(user))
        .andReturn().getResponse().getContentAsString();

    assertThat(page).contains("/prospects/" + strong + "\"").contains("/prospects/" + weak + "\"")
        .doesNotContain("/prospects/" + closed + "\"");
    assertThat(page.indexOf("/prospects/" + strong + "\"")).as("best score first").isLessThan(page.indexOf("/prospects/" + weak + "\""));
    assertThat(page).contains("decision maker").contains("badge grade");
    String other = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/call-first")
        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("someone-else").roles("SALES")))
        .andReturn().getResponse().getContentAsString();
    assertThat(other).as("another rep's own queue").doesNotContain("/prospects/" + strong + "\"");
    var nobody = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/call-first").param("owner", "nobody-" + marker)
        .with(user)).andReturn().getResponse();
    assertThat(nobody.getStatus()).isEqualTo(200);
    assertThat(nobody.getContentAsString()).contains("call-first-problem");
  }

  @Test
  void aFreeMailAddressLowersTheFit() {
    defineIcp();
    long id = person("manager", "claire." + marker + "@gmail.com");

    assertThat(sales.get("/api/v1/people/" + id + "/score").get("fit")).isEqualTo(40);
  }

  @Test
  void theMqlRuleMovesALeadOnceWithItsReason() {
    defineIcp();
    long id = person("executive", "claire.martin@" + marker + ".fr");
    assertThat(sales.get("/api/v1/people/" + id).get("stage")).isEqualTo("LEAD");

    log(id, Map.of("type", "meeting", "subject", "Rendez-vous découverte"));
    log(id, Map.of("type", "form_submission", "subject", "Demande de démo"));

    assertThat(sales.get("/api/v1/people/" + id).get("stage")).isEqualTo("MQL");
    List<StageChange> byRule = stageHistory.of(id).stream().filter(c -> c.changedBy().equals(ScoreService.ACTOR)).toList();
    assertThat(byRule).hasSize(1);
    assertThat(byRule.get(0).from()).hasToString("LEAD");
    assertThat(byRule.get(0).reason()).matches("score \\d+ reached the MQL threshold 60 \\(fit 100, engagement \\d+, timing \\d+\\);"
        + " top reasons: .*").contains("test source (+40 of 100) +40.00").contains("met on");

    // a rep puts the person back to lead: the rule has fired once and does not again
    Api.Response back = sales.post("/api/v1/people/" + id + "/stage", Map.of("stage", "LEAD", "reason", "not yet"));
    assertThat(back.status()).as(back.toString()).isLessThan(300);
    log(id, Map.of("type", "email_replied"));
    assertThat(marketing.post("/api/v1/scores/rescore", Map.of()).status()).isEqualTo(200);

    assertThat(sales.get("/api/v1/people/" + id).get("stage")).isEqualTo("LEAD");
    assertThat(stageHistory.of(id).stream().filter(c -> c.changedBy().equals(ScoreService.ACTOR))).hasSize(1);
  }

  @Test
  void theMqlRuleNeverMovesAStageBackwards() {
    defineIcp();
    long id = person("executive", "claire.martin@" + marker + ".fr");
    sales.post("/api/v1/people/" + id + "/stage", Map.of("stage", "OPPORTUNITY", "reason", "deal"));

    log(id, Map.of("type", "meeting"));
    log(id, Map.of("type", "form_submission", "subject", "Demande de démo"));

    assertThat(sales.get("/api/v1/people/" + id).get("stage")).isEqualTo("OPPORTUNITY");
    assertThat(((Number) sales.get("/api/v1/people/" + id + "/score").get("score")).intValue()).isGreaterThanOrEqualTo(60);
  }

  @Test
  void onlyMarketingAndAdminsRescoreEveryoneReads() {
    defineIcp();
    long id = person("director", "claire.martin@" + marker + ".fr");

    assertThat(sales.post("/api/v1/scores/rescore", Map.of()).status()).isEqualTo(403);
    Api.Response rescored = marketing.post("/api/v1/scores/rescore", Map.of());

    assertThat(rescored.status()).as(rescored.toString()).isEqualTo(200);
    assertThat(((Number) rescored.get("people")).longValue()).isPositive();
    assertThat(rescored.get("icp")).isEqualTo("icp-" + marker);
    assertThat(sales.get("/api/v1/people/" + id + "/score").get("fit")).isEqualTo(100);
  }

  @Test
  void aFullRescoreRewritesOnlyTheScoresThatChanged() {
    defineIcp();
    long quiet = person("director", "quiet@" + marker + ".fr");
    long active = person("director", "active@" + marker + ".fr");
    Object quietComputed = sales.get("/api/v1/people/" + quiet + "/score").get("computed_at");
    Object activeComputed = sales.get("/api/v1/people/" + active + "/score").get("computed_at");
    sales.post("/api/v1/people/" + active + "/activities", Map.of("type", "meeting", "occurred_at", "2026-01-05T10:00:00+01:00"));

    assertThat(marketing.post("/api/v1/scores/rescore", Map.of()).status()).isEqualTo(200);

    assertThat(sales.get("/api/v1/people/" + quiet + "/score").get("computed_at")).isEqualTo(quietComputed);
    assertThat(sales.get("/api/v1/people/" + active + "/score").get("computed_at")).isNotEqualTo(activeComputed);
    assertThat(sales.get("/api/v1/people/" + active + "/score").get("explanation").toString()).contains("meeting on 2026-01-05");
  }

  @Test
  void aFullRescoreScoresManyPeopleAtOnce() {
    defineIcp();
    List<Map<PersonField, Object>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 450; i++) {
      Map<PersonField, Object> row = new java.util.EnumMap<>(PersonField.class);
      row.put(PersonField.EMAIL, "bulk" + i + "@" + marker + ".fr");
      row.put(PersonField.SOURCE, marker);
      row.put(PersonField.SENIORITY, i % 2 == 0 ? "director" : "manager");
      row.put(PersonField.COUNTRY, "FR");
      row.put(PersonField.STAGE, "LEAD");
      rows.add(row);
    }
    long[] ids = transactions.execute(status -> people.insertAll(rows, java.time.Instant.now()));

    Api.Response rescored = marketing.post("/api/v1/scores/rescore", Map.of());

    assertThat(rescored.status()).as(rescored.toString()).isEqualTo(200);
    for (int i : new int[] {0, 1, 448, 449}) {
      Api.Response score = sales.get("/api/v1/people/" + ids[i] + "/score");
      assertThat(score.get("fit")).isEqualTo(i % 2 == 0 ? 100 : 60);
      assertThat(sales.get("/api/v1/people/" + ids[i]).get("score")).isEqualTo(score.get("score"));
    }
  }

  @Test
  void anotherIcpScoresAPersonOnDemandWithoutChangingTheStoredScore() {
    defineIcp();
    long id = person("director", "claire.martin@" + marker + ".fr");
    marketing.send(org.springframework.http.HttpMethod.PUT, "/api/v1/icps/line2-" + marker, Map.of(
        "rules", List.of(rule("Belgium", "country = BE", 50), rule("test source", "source = \"" + marker + "\"", 50))), Map.of());

    Api.Response other = sales.get("/api/v1/people/" + id + "/score?icp=line2-" + marker);

    assertThat(other.get("fit")).isEqualTo(50);
    assertThat(other.get("icp")).isEqualTo("line2-" + marker);
    assertThat(sales.get("/api/v1/people/" + id + "/score").get("fit")).isEqualTo(100);
    assertThat(sales.get("/api/v1/people/" + id + "/score?icp=nope-" + marker).status()).isEqualTo(404);
  }

  @Test
  void aCompanyScoreRollsUpItsPeople() {
    defineIcp();
    Map<String, Object> first = new LinkedHashMap<>(Map.of("email", "a@" + marker + ".fr", "seniority", "executive", "country", "FR",
        "source", marker, "company_name", "Société " + marker));
    Api.Response a = sales.post("/api/v1/people", first);
    first.put("email", "b@" + marker + ".fr");
    first.put("seniority", "manager");
    Api.Response b = sales.post("/api/v1/people", first);
    log(a.id(), Map.of("type", "meeting"));
    long company = ((Number) a.get("company_id")).longValue();

    Api.Response score = sales.get("/api/v1/companies/" + company + "/score");

    assertThat(score.status()).as(score.toString()).isEqualTo(200);
    assertThat(score.get("best_person_id")).isEqualTo((int) a.id());
    assertThat(score.get("people")).isEqualTo(2);
    assertThat(score.get("fit")).isEqualTo(100);
    assertThat(totalCentis(score.get("explanation"))).isEqualTo(((Number) score.get("score")).longValue() * 100);
    assertThat(score.get("explanation").toString()).contains("best person #" + a.id()).contains("company fit 100");
    assertThat(b.status()).isEqualTo(201);
  }

  @Test
  void withoutEnoughHistoryThereIsNoConversionModelAndItSaysSo() {
    Api.Response trained = marketing.post("/api/v1/scores/model", Map.of());

    assertThat(trained.status()).isEqualTo(200);
    assertThat(trained.get("trained")).isEqualTo(false);
    assertThat((String) trained.get("message")).matches("not enough history: \\d+ won, \\d+ lost, needs 200 of each.*");
    assertThat(sales.post("/api/v1/scores/model", Map.of()).status()).isEqualTo(403);
  }
}
