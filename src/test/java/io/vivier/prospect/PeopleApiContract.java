package io.vivier.prospect;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.support.Api;
import io.vivier.support.TestUsers;
import io.vivier.user.Role;
import io.vivier.user.UserAccounts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The people API, run on each database by its subclasses. */
abstract class PeopleApiContract {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired People people;

  Api sales;
  Api marketing;
  Api admin;
  String marker;

  @BeforeEach
  void setUp() {
    sales = new Api(mvc, TestUsers.bearer(accounts, Role.SALES));
    marketing = sales.as(TestUsers.bearer(accounts, Role.MARKETING));
    admin = sales.as(TestUsers.bearer(accounts, Role.ADMIN));
    marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  Map<String, Object> jean() {
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("first_name", "Jean");
    person.put("last_name", "Dupont");
    person.put("email", "Jean.Dupont@Exemple-" + marker + ".FR");
    person.put("phone", "01 23 45 67 89");
    person.put("company_name", "Exemple " + marker + " SAS");
    person.put("job_title", "Directeur commercial");
    person.put("tags", List.of("salon", "vip"));
    person.put("attributes", Map.of("budget", 10000));
    person.put("source", marker);
    return person;
  }

  @Test
  void createsAPersonWithNormalisedFieldsAndItsCompany() {
    Api.Response created = sales.post("/api/v1/people", jean());

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/api/v1/people/" + created.id());
    assertThat(created.header("ETag")).isEqualTo("\"1\"");
    assertThat(created.get("email")).isEqualTo("Jean.Dupont@exemple-" + marker + ".fr");
    assertThat(created.get("stage")).isEqualTo("LEAD");
    assertThat(created.get("tags")).isEqualTo(List.of("salon", "vip"));
    assertThat(created.get("attributes")).isEqualTo(Map.of("budget", 10000));
    @SuppressWarnings("unchecked")
    Map<String, Object> company = (Map<String, Object>) created.get("company");
    assertThat(company.get("name")).isEqualTo("Exemple " + marker + " SAS");

    Api.Response read = sales.get("/api/v1/people/" + created.id());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(created.json());

    Api.Response second = sales.post("/api/v1/people", Map.of("email", "x@y-" + marker + ".fr", "company_name",
        "EXEMPLE " + marker + " sas"));
    assertThat(second.get("company_id")).as("same company found by its normalised name").isEqualTo(company.get("id"));
  }

  @Test
  void namesEveryBadFieldAndStoresNothing() {
    long before = people.count();
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("first_nme", "Jean");
    bad.put("email", "jean.dupont@");
    bad.put("phone", "12");
    bad.put("score", 101);
    bad.put("stage", "HOT");
    bad.put("country", "France");
    bad.put("linkedin_url", "https://example.com/jean");
    bad.put("tags", Map.of("a", 1));

    Api.Response response = sales.post("/api/v1/people", bad);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.badFields())
        .containsExactlyInAnyOrder("first_nme", "email", "phone", "score", "stage", "country", "linkedin_url", "tags");
    assertThat(response.body()).contains("did you mean 'first_name'");
    assertThat(people.count()).isEqualTo(before);
  }

  @Test
  void refusesAPersonNobodyCouldIdentify() {
    Api.Response response = sales.post("/api/v1/people", Map.of("first_name", "Jean"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("a person needs an e-mail, a phone");
  }

  @Test
  void updatesOnlyTheGivenFieldsWithTheVersionRead() {
    Api.Response created = sales.post("/api/v1/people", jean());
    String path = "/api/v1/people/" + created.id();

    Map<String, Object> change = new LinkedHashMap<>();
    change.put("job_title", "DAF");
    change.put("phone", null);
    change.put("attributes", Map.of("segment", "PME"));
    Api.Response updated = sales.patch(path, change, Map.of("If-Match", "\"1\""));

    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.header("ETag")).isEqualTo("\"2\"");
    assertThat(updated.get("job_title")).isEqualTo("DAF");
    assertThat(updated.get("phone")).isNull();
    assertThat(updated.get("first_name")).isEqualTo("Jean");
    assertThat(updated.get("attributes")).isEqualTo(Map.of("budget", 10000, "segment", "PME"));
  }

  @Test
  void twoUsersEditingTheSamePersonCannotOverwriteEachOther() {
    Api.Response created = sales.post("/api/v1/people", jean());
    String path = "/api/v1/people/" + created.id();
    String etag = sales.get(path).header("ETag");

    Api.Response first = sales.patch(path, Map.of("job_title", "DSI"), Map.of("If-Match", etag));
    Api.Response second = marketing.patch(path, Map.of("job_title", "DRH"), Map.of("If-Match", etag));

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(412);
    assertThat(second.get("current_version")).isEqualTo(2);
    assertThat(sales.get(path).get("job_title")).isEqualTo("DSI");

    Api.Response withBodyVersion = marketing.patch(path, Map.of("job_title", "DRH", "version", 1), Map.of());
    assertThat(withBodyVersion.status()).isEqualTo(412);
    Api.Response withoutVersion = marketing.patch(path, Map.of("job_title", "DRH"), Map.of());
    assertThat(withoutVersion.status()).isEqualTo(428);
    assertThat(sales.get(path).get("job_title")).isEqualTo("DSI");
  }

  @Test
  void deletingNeedsMarketingOrAdmin() {
    Api.Response created = sales.post("/api/v1/people", jean());
    String path = "/api/v1/people/" + created.id();

    assertThat(sales.delete(path, Map.of()).status()).isEqualTo(403);
    assertThat(sales.get(path).status()).isEqualTo(200);
    assertThat(marketing.delete(path, Map.of("If-Match", "\"7\"")).status()).isEqualTo(412);
    assertThat(marketing.delete(path, Map.of()).status()).isEqualTo(204);
    Api.Response gone = sales.get(path);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.get("detail")).isEqualTo("person " + created.id() + " does not exist");
  }

  @Test
  void pagesThroughMoreRowsThanAPageWithoutGapsOrRepeats() {
    for (int i = 0; i < 120; i++) {
      assertThat(sales.post("/api/v1/people", Map.of("email", "p" + i + "@" + marker + ".fr", "source", marker)).status())
          .isEqualTo(201);
    }
    Set<Object> seen = new HashSet<>();
    List<Integer> pageSizes = new ArrayList<>();
    String cursor = null;
    do {
      Api.Response page =
          sales.get("/api/v1/people?q=" + marker + "&limit=50" + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      pageSizes.add(page.items().size());
      page.items().forEach(p -> assertThat(seen.add(p.get("id"))).as("no repeats").isTrue());
      cursor = (String) page.get("next_cursor");
    } while (cursor != null);

    assertThat(pageSizes).containsExactly(50, 50, 20);
    assertThat(seen).hasSize(120);
    assertThat(sales.get("/api/v1/people?cursor=not-a-cursor").badFields()).containsExactly("cursor");
    assertThat(sales.get("/api/v1/people?limit=0").badFields()).containsExactly("limit");
  }

  @Test
  void searchIgnoresCaseAndAccents() {
    Map<String, Object> helene = new LinkedHashMap<>(jean());
    helene.put("first_name", "Hélène");
    helene.put("last_name", "Lefèvre-" + marker);
    sales.post("/api/v1/people", helene);

    assertThat(sales.get("/api/v1/people?q=helene%20LEFEVRE-" + marker).items()).hasSize(1);
    assertThat(sales.get("/api/v1/people?q=exemple%20" + marker).items()).hasSize(1);
    assertThat(sales.get("/api/v1/people?q=%25" + marker).items()).as("LIKE wildcards are literal").isEmpty();
  }

  @Test
  void everyChangeIsAudited() {
    Api.Response created = sales.post("/api/v1/people", jean());
    String path = "/api/v1/people/" + created.id();
    sales.patch(path, Map.of("job_title", "DAF"), Map.of("If-Match", "\"1\""));
    marketing.delete(path, Map.of());

    Api.Response audit = sales.get("/api/v1/audit?entity_type=person&entity_id=" + created.id());

    assertThat(audit.status()).isEqualTo(200);
    List<Map<String, Object>> entries = audit.items();
    assertThat(entries).extracting(e -> e.get("action")).containsExactly("delete", "update", "create");
    assertThat(entries.get(1).get("changes")).isEqualTo(Map.of("job_title", List.of("Directeur commercial", "DAF")));
    assertThat(entries.get(2).get("actor")).isNotEqualTo("system");
    assertThat(sales.get("/api/v1/audit").status()).as("the whole log is for admins").isEqualTo(403);
    assertThat(admin.get("/api/v1/audit?limit=5").status()).isEqualTo(200);
  }

  @Test
  void recordsEveryStageChangeWithWhoAndWhy() {
    Api.Response created = sales.post("/api/v1/people", jean());
    String path = "/api/v1/people/" + created.id();

    Api.Response moved = sales.post(path + "/stage", Map.of("stage", "mql", "reason", "webinar attended"));
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(moved.get("stage")).isEqualTo("MQL");
    sales.patch(path, Map.of("stage", "SQL"), Map.of("If-Match", moved.header("ETag")));

    List<Map<String, Object>> history = historyOf(path);
    assertThat(history).extracting(h -> h.get("to")).containsExactly("LEAD", "MQL", "SQL");
    assertThat(history.get(1).get("from")).isEqualTo("LEAD");
    assertThat(history.get(1).get("reason")).isEqualTo("webinar attended");
    assertThat(history.get(1).get("changed_by")).asString().startsWith("sales-");
    assertThat(sales.post(path + "/stage", Map.of("stage", "WON")).badFields()).containsExactly("stage");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> historyOf(String path) {
    Api.Response response = sales.send(org.springframework.http.HttpMethod.GET, path + "/stage-history", null, Map.of());
    try {
      return tools.jackson.databind.json.JsonMapper.builder().build().readValue(response.body(), List.class);
    } catch (RuntimeException e) {
      throw new AssertionError(response.toString(), e);
    }
  }

  @Test
  void logsActivitiesAndKeepsTheLastActivityDate() {
    Api.Response created = sales.post("/api/v1/people", jean());
    String path = "/api/v1/people/" + created.id() + "/activities";

    Api.Response call = sales.post(path, Map.of("type", "call", "outcome", "no_answer",
        "occurred_at", "2026-01-15T10:15:00+01:00", "duration_seconds", 30));
    Api.Response mail = sales.post(path, Map.of("type", "email_replied", "occurred_at", "2026-02-01T08:00:00Z",
        "subject", "Re: démo"));

    assertThat(call.status()).as(call.toString()).isEqualTo(201);
    assertThat(mail.status()).isEqualTo(201);
    assertThat(sales.get(path).items()).extracting(a -> a.get("type")).containsExactly("email_replied", "call");
    assertThat(sales.get("/api/v1/people/" + created.id()).get("last_activity_at")).isEqualTo("2026-02-01T08:00:00Z");
    assertThat(sales.post(path, Map.of("type", "email_sent", "outcome", "connected")).badFields())
        .containsExactly("outcome");
    assertThat(sales.post(path, Map.of("type", "call", "occurred_at", "2999-01-01T00:00:00Z")).badFields())
        .containsExactly("occurred_at");
    assertThat(sales.post(path, Map.of("type", "fax")).badFields()).containsExactly("type");
    assertThat(sales.post("/api/v1/people/999999999/activities", Map.of("type", "note")).status()).isEqualTo(404);
  }

  @Test
  void hostileInputGetsAClearFourHundredAndChangesNothing() {
    Api.Response created = sales.post("/api/v1/people", jean());
    String path = "/api/v1/people/" + created.id();
    long count = people.count();

    Api.Response malformed = sales.post("/api/v1/people", "{\"first_name\": \"Jean\",");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.get("title")).isEqualTo("Malformed request body");

    assertThat(sales.post("/api/v1/people", "[1, 2]").status()).isEqualTo(400);
    assertThat(sales.post("/api/v1/people", "").status()).isEqualTo(400);
    assertThat(sales.post("/api/v1/people", Map.of("first_name", Map.of("nested", true), "email", "a@b.fr"))
        .badFields()).containsExactly("first_name");
    assertThat(sales.post("/api/v1/people", Map.of("score", "abc", "email", "a@b.fr")).badFields())
        .containsExactly("score");
    Api.Response setScore = sales.post("/api/v1/people", Map.of("score", 80, "email", "a@b.fr"));
    assertThat(setScore.badFields()).as("the score is computed, never set").containsExactly("score");
    assertThat(setScore.body()).contains("computed by Vivier").contains("lead_score");
    Object scored = sales.get(path).get("score");
    Api.Response sentBack = sales.patch(path, Map.of("job_title", "DAF", "score", 99), Map.of("If-Match", "\"1\""));
    assertThat(sentBack.status()).as("an update ignores a score sent back, maybe stale: " + sentBack).isEqualTo(200);
    assertThat(sentBack.get("score")).as("the stored score stays").isEqualTo(scored);
    assertThat(sales.get("/api/v1/people/abc").status()).isEqualTo(400);

    String tenMegabytes = "x".repeat(10 * 1024 * 1024);
    Api.Response huge = sales.patch(path, Map.of("last_name", tenMegabytes), Map.of("If-Match", "\"2\""));
    assertThat(huge.status()).isEqualTo(413);
    assertThat(huge.body().length()).as("the value is not echoed back").isLessThan(2000);
    Api.Response tooLong = sales.patch(path, Map.of("last_name", "x".repeat(1024 * 1024)), Map.of("If-Match", "\"2\""));
    assertThat(tooLong.badFields()).containsExactly("last_name");
    assertThat(tooLong.body()).contains("at most 100 characters");

    String injection = "Robert'); DROP TABLE people;--";
    Api.Response sqlLooking = sales.patch(path, Map.of("last_name", injection), Map.of("If-Match", "\"2\""));
    assertThat(sqlLooking.status()).isEqualTo(200);
    assertThat(sales.get(path).get("last_name")).isEqualTo(injection);
    assertThat(sales.get("/api/v1/people?q=" + java.net.URLEncoder.encode("' OR 1=1 --", java.nio.charset.StandardCharsets.UTF_8))
        .items()).isEmpty();
    assertThat(people.count()).isEqualTo(count);
  }

  @Test
  void refusesRequestsWithoutValidCredentials() {
    Api anonymous = sales.as(null);
    Api.Response response = anonymous.get("/api/v1/people");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.header("Set-Cookie")).as("API calls open no session").isNull();

    assertThat(sales.as("Bearer viv_made-up").get("/api/v1/people").status()).isEqualTo(401);
    assertThat(sales.as("Basic YWRtaW46YWRtaW4=").get("/api/v1/people").status()).isEqualTo(401);
    assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    assertThat(anonymous.get("/v3/api-docs").status()).isIn(302, 401);
    assertThat(sales.get("/actuator/metrics").status()).isEqualTo(403);
    assertThat(admin.get("/actuator/metrics").status()).isEqualTo(200);
  }

  @Test
  void aRevokedTokenStopsWorkingAtOnce() {
    String username = TestUsers.user(accounts, Role.SALES);
    var token = accounts.createToken(username, "script", "test");
    Api script = sales.as("Bearer " + token.secret());
    assertThat(script.get("/api/v1/people?limit=1").status()).isEqualTo(200);

    Api.Response revoked = script.delete("/api/v1/tokens/" + token.token().id(), Map.of());

    assertThat(revoked.status()).isEqualTo(200);
    assertThat(script.get("/api/v1/people?limit=1").status()).isEqualTo(401);
  }

  @Test
  void onlyAdminsManageUsers() {
    Map<String, Object> user = Map.of("username", "new-" + marker, "password", "x".repeat(12), "role", "sales");

    assertThat(sales.get("/api/v1/users").status()).isEqualTo(403);
    assertThat(sales.post("/api/v1/users", user).status()).isEqualTo(403);
    assertThat(marketing.post("/api/v1/users", user).status()).isEqualTo(403);
    Api.Response added = admin.post("/api/v1/users", user);
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.body()).doesNotContain("password");
    assertThat(admin.post("/api/v1/users", user).status()).isEqualTo(409);
    assertThat(admin.post("/api/v1/users", Map.of("username", "short-" + marker, "password", "short", "role", "boss"))
        .badFields()).containsExactlyInAnyOrder("password", "role");
  }

  @Test
  void apiTokensAreStoredHashed() {
    Api.Response token = sales.post("/api/v1/tokens", Map.of("name", "crm"));
    String secret = (String) token.get("token");

    assertThat(token.status()).isEqualTo(201);
    assertThat(secret).startsWith("viv_");
    assertThat(sales.as("Bearer " + secret).get("/api/v1/me").status()).isEqualTo(200);
    assertThat(sales.get("/api/v1/tokens").body()).doesNotContain(secret);
  }

  @Test
  void describesTheApiInOpenApiForSignedInUsers() {
    Api.Response docs = sales.get("/v3/api-docs");

    assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/v1/people/{id}").contains("/api/v1/companies").contains("bearer");
  }

  @Test
  void concurrentWritersAllSucceed() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          for (int i = 0; i < 15; i++) {
            Api.Response created = sales.post("/api/v1/people",
                Map.of("email", "t" + thread + "-" + i + "@" + marker + ".fr", "source", marker));
            if (created.status() != 201) {
              throw new AssertionError(created.toString());
            }
            sales.patch("/api/v1/people/" + created.id(), Map.of("job_title", "DG"), Map.of("If-Match", "\"1\""));
          }
          return 15;
        }));
      }
      for (var result : results) {
        assertThat(result.get()).isEqualTo(15);
      }
    } finally {
      pool.shutdown();
    }
    String cursor = null;
    int total = 0;
    do {
      Api.Response page = sales.get("/api/v1/people?q=" + marker + "&limit=500" + (cursor == null ? "" : "&cursor=" + cursor));
      total += page.items().size();
      page.items().forEach(p -> assertThat(p.get("job_title")).isEqualTo("DG"));
      cursor = (String) page.get("next_cursor");
    } while (cursor != null);
    assertThat(total).isEqualTo(120);
  }
}
