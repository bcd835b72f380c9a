package io.vivier.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.support.Api;
import io.vivier.support.TestUsers;
import io.vivier.user.Role;
import io.vivier.user.UserAccounts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Filters, saved segments and lists through the REST API, run on each database by its subclasses. */
abstract class SegmentsApiContract {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired Segments segments;
  @Autowired io.vivier.storage.Database db;

  Api sales;
  Api otherSales;
  Api admin;
  String marker;

  @BeforeEach
  void setUp() {
    sales = new Api(mvc, TestUsers.bearer(accounts, Role.SALES));
    otherSales = sales.as(TestUsers.bearer(accounts, Role.SALES));
    admin = sales.as(TestUsers.bearer(accounts, Role.ADMIN));
    marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static String q(String filter) {
    return URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
  }

  long person(String first, Integer score, String country, String company, List<String> tags) {
    Map<String, Object> body = new HashMap<>();
    body.put("first_name", first);
    body.put("last_name", "Test");
    body.put("email", first.toLowerCase() + "." + marker + "@exemple-" + marker + ".fr");
    body.put("source", marker);
    if (country != null) {
      body.put("country", country);
    }
    if (company != null) {
      body.put("company_name", company);
    }
    if (tags != null) {
      body.put("tags", tags);
    }
    Api.Response created = sales.post("/api/v1/people", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    // written directly: the scoring feature, not the client, owns the score
    if (score == null) {
      db.sql().sql("DELETE FROM person_scores WHERE person_id = ?").param(created.id()).update(); // never scored
    } else {
      io.vivier.support.TestScores.set(db, new long[] {created.id()}, new int[] {((Number) score).intValue()});
    }
    return created.id();
  }

  long count(String filter) {
    Api.Response response = sales.get("/api/v1/segments/count?filter=" + q(filter));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return ((Number) response.get("count")).longValue();
  }

  @Test
  void theListBuilderPageCountsFacetsListsAndSavesAFilter() throws Exception {
    person("Hélène", 80, "FR", "Société Numérique " + marker, null);
    person("Louis", 40, "FR", null, null);
    person("Anna", 90, "BE", null, null);
    var user = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("sales-page").roles("SALES");
    String mine = "source = \"" + marker + "\"";

    String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/segments").param("filter", mine)
        .with(user)).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("3 prospects").contains("id=\"facet-country\"").contains("Hélène").contains("Anna");
    assertThat(page.indexOf("Anna")).as("best score first").isLessThan(page.indexOf("Hélène"));
    // a facet value is a link to the filter with its condition added
    java.util.regex.Matcher be = java.util.regex.Pattern.compile("href=\"([^\"]+)\">BE<").matcher(page);
    assertThat(be.find()).as(page).isTrue();
    java.net.URI link = java.net.URI.create(be.group(1).replace("&amp;", "&"));
    assertThat(link.getPath()).isEqualTo("/segments");
    String filter = java.net.URLDecoder.decode(link.getRawQuery().substring("filter=".length()), StandardCharsets.UTF_8);
    assertThat(filter).isEqualTo("(" + mine + ") and country = \"BE\"");
    String fragment = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/segments")
        .param("filter", filter).header("HX-Request", "true").with(user))
        .andReturn().getResponse().getContentAsString();
    assertThat(fragment).contains("One prospect").contains("Anna").doesNotContain("Hélène").doesNotContain("<html");
    String problem = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/segments")
        .param("filter", "contry = FR").header("HX-Request", "true").with(user)).andReturn().getResponse().getContentAsString();
    assertThat(problem).contains("filter-problem").contains("1:1").contains("did you mean &#39;country&#39;");

    var saved = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/segments/save")
        .param("name", "Page " + marker).param("filter", mine).with(user)
        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())).andReturn();
    assertThat(saved.getResponse().getStatus()).isEqualTo(302);
    assertThat(saved.getFlashMap().get("notice")).isEqualTo("segments.saved");
    assertThat(segments.segment("Page " + marker)).get().extracting(SavedSegment::filter).isEqualTo(mine);
    var refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/segments/save")
        .param("name", "Broken " + marker).param("filter", "stage in (MQL").with(user)
        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())).andReturn();
    assertThat(refused.getFlashMap().get("reason").toString()).contains("1:");
    assertThat(segments.segment("Broken " + marker)).isEmpty();
  }

  @Test
  void countsAndFacetsPeopleMatchingAFilter() {
    person("Hélène", 80, "FR", "Société Numérique " + marker, List.of("webinaire-2026"));
    person("Louis", 40, "FR", null, null);
    person("Anna", 90, "BE", "Autre " + marker, List.of("vip"));
    String mine = "source = \"" + marker + "\"";

    assertThat(count(mine)).isEqualTo(3);
    assertThat(count(mine + " and country = fr")).isEqualTo(2);
    assertThat(count(mine + " and country != FR")).isEqualTo(1);
    assertThat(count(mine + " and company_name ~ \"NUMERIQUE\"")).as("accents and case ignored").isEqualTo(1);
    assertThat(count(mine + " and first_name ~ \"helene\"")).isEqualTo(1);
    assertThat(count(mine + " and (tag = \"webinaire-2026\" or tag = vip) and score >= 60")).isEqualTo(2);
    assertThat(count(mine + " and not tag exists")).isEqualTo(1);
    assertThat(count(mine + " and company_name exists and created_at within 1h")).isEqualTo(2);
    assertThat(count("email = \"'; DROP TABLE people; --\"")).as("only a value").isZero();
    assertThat(count(mine)).isEqualTo(3);

    Api.Response facets = sales.get("/api/v1/segments/facets?filter=" + q(mine));
    assertThat(facets.status()).as(facets.toString()).isEqualTo(200);
    assertThat(((Number) facets.get("total")).longValue()).isEqualTo(3);
    @SuppressWarnings("unchecked")
    Map<String, List<Map<String, Object>>> byFacet = (Map<String, List<Map<String, Object>>>) facets.get("facets");
    assertThat(byFacet).containsOnlyKeys("stage", "country", "industry", "employee_range", "owner", "source");
    assertThat(byFacet.get("country")).containsExactly(Map.of("value", "FR", "count", 2), Map.of("value", "BE", "count", 1));
    assertThat(byFacet.get("stage")).containsExactly(Map.of("value", "LEAD", "count", 3));
    Map<String, Object> none = new HashMap<>();
    none.put("value", null);
    none.put("count", 3);
    assertThat(byFacet.get("owner")).containsExactly(none);
  }

  @Test
  void aBadFilterIsA400ThatSaysWhereOnEveryEndpoint() {
    for (String path : List.of("/api/v1/segments/count?filter=", "/api/v1/segments/facets?filter=", "/api/v1/people?filter=")) {
      Api.Response response = sales.get(path + q("stage = MQL and\ncontry = FR"));
      assertThat(response.status()).as(path).isEqualTo(400);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.get("detail")).isEqualTo("unknown field 'contry' at 2:1 — did you mean 'country'?");
      assertThat(response.get("line")).isEqualTo(2);
      assertThat(response.get("column")).isEqualTo(1);
      assertThat(response.get("offset")).isEqualTo(16);
    }
    Api.Response tooLong = sales.get("/api/v1/segments/count?filter=" + q("has_email or ".repeat(1000) + "has_email"));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat((String) tooLong.get("detail")).startsWith("the filter is too long");
    assertThat(sales.get("/api/v1/segments/count").status()).as("filter is required").isEqualTo(400);
    assertThat(sales.get("/api/v1/people?filter=" + q("has_email") + "&stage=LEAD").status()).isEqualTo(400);
    assertThat(sales.as(null).get("/api/v1/segments/count?filter=has_email").status()).isEqualTo(401);
  }

  @Test
  void thePeopleListTakesAFilterAndSortsByScoreThenId() {
    long low = person("Bas", 10, null, null, null);
    long none = person("Sans", null, null, null, null);
    long high = person("Haut", 90, null, null, null);
    long middle = person("Milieu", 50, null, null, null);
    long middleToo = person("Milieu2", 50, null, null, null);
    String filter = "source = \"" + marker + "\"";

    List<Long> ids = new ArrayList<>();
    String cursor = null;
    do {
      Api.Response page = sales.get("/api/v1/people?limit=2&filter=" + q(filter) + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      page.items().forEach(p -> ids.add(((Number) p.get("id")).longValue()));
      cursor = (String) page.get("next_cursor");
    } while (cursor != null);

    assertThat(ids).containsExactly(high, middle, middleToo, low, none);
    assertThat(sales.get("/api/v1/people?filter=has_email&cursor=garbage").status()).isEqualTo(400);
  }

  @Test
  void savedSegmentsComposeRefuseCyclesAndBelongToTheirCreator() {
    person("Anne", 70, "FR", null, null);
    person("Bruno", 30, "FR", null, null);
    person("Carl", 90, "DE", null, null);
    String france = "France " + marker;
    String hot = "Chauds " + marker;
    Api.Response created = sales.post("/api/v1/segments", Map.of("name", france, "filter", "source = \"" + marker + "\" and country = FR"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Api.Response composed = sales.post("/api/v1/segments", Map.of("name", hot, "filter", "segment = \"" + france + "\" and score >= 50"));
    assertThat(composed.status()).as(composed.toString()).isEqualTo(201);

    assertThat(count("segment = \"" + hot + "\"")).isEqualTo(1);
    assertThat(count("source = \"" + marker + "\" and segment != \"" + france + "\"")).isEqualTo(1);
    assertThat(sales.get("/api/v1/segments/" + composed.id()).get("count")).isEqualTo(1);
    assertThat(sales.get("/api/v1/segments").body()).contains(france).contains(hot);

    Api.Response cycle = sales.patch("/api/v1/segments/" + created.id(), Map.of("filter", "segment = \"" + hot + "\""), Map.of());
    assertThat(cycle.status()).isEqualTo(400);
    assertThat((String) cycle.get("detail"))
        .isEqualTo("segment '" + france + "' refers to itself: '" + france + "' → '" + hot + "' → '" + france + "' at 1:1");
    Api.Response unknown = sales.post("/api/v1/segments", Map.of("name", "x" + marker, "filter", "segment = \"France" + marker + "\""));
    assertThat((String) unknown.get("detail")).contains("unknown segment 'France" + marker + "' at 1:1 — did you mean '" + france + "'?");
    Api.Response taken = sales.post("/api/v1/segments", Map.of("name", france, "filter", "has_email"));
    assertThat(taken.status()).isEqualTo(409);

    Api.Response used = sales.delete("/api/v1/segments/" + created.id(), Map.of());
    assertThat(used.status()).isEqualTo(409);
    assertThat((String) used.get("detail")).contains("segment '" + hot + "' uses it");
    Api.Response notTheirs = otherSales.delete("/api/v1/segments/" + composed.id(), Map.of());
    assertThat(notTheirs.status()).isEqualTo(403);
    Api.Response renamed = sales.patch("/api/v1/segments/" + composed.id(), Map.of("filter", "segment = \"" + france + "\" and score >= 80"), Map.of());
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(count("segment = \"" + hot + "\"")).isZero();
    assertThat(admin.delete("/api/v1/segments/" + composed.id(), Map.of()).status()).as("an administrator may").isEqualTo(204);
    assertThat(sales.delete("/api/v1/segments/" + created.id(), Map.of()).status()).isEqualTo(204);
    assertThat(sales.get("/api/v1/segments/" + created.id()).status()).isEqualTo(404);
  }

  @Test
  void listsAreSnapshotsTheirCreatorChanges() {
    long anne = person("Anne", 70, "FR", null, null);
    long bruno = person("Bruno", 30, "FR", null, null);
    long carl = person("Carl", 90, "DE", null, null);
    String name = "Rappeler " + marker;
    Api.Response list = sales.post("/api/v1/lists", Map.of("name", name));
    assertThat(list.status()).as(list.toString()).isEqualTo(201);
    String path = "/api/v1/lists/" + list.id();

    Api.Response added = sales.post(path + "/people", Map.of("ids", List.of(anne, 999_999_999L)));
    assertThat(added.json()).isEqualTo(Map.of("added", 1, "size", 1));
    Api.Response byFilter = sales.post(path + "/people", Map.of("filter", "source = \"" + marker + "\" and country = FR"));
    assertThat(byFilter.json()).as("Anne was there already").isEqualTo(Map.of("added", 1, "size", 2));
    assertThat(count("list = \"" + name + "\"")).isEqualTo(2);
    assertThat(count("source = \"" + marker + "\" and list != \"" + name + "\"")).isEqualTo(1);

    Map<String, Object> change = new LinkedHashMap<>();
    change.put("country", "BE");
    change.put("version", 1);
    assertThat(sales.patch("/api/v1/people/" + bruno, change, Map.of()).status()).isEqualTo(200);
    assertThat(count("list = \"" + name + "\"")).as("a snapshot: Bruno stays though no longer in France").isEqualTo(2);

    Api.Response page = sales.get(path + "/people?limit=1");
    assertThat(page.items()).extracting(p -> ((Number) p.get("id")).longValue()).containsExactly(anne);
    Api.Response next = sales.get(path + "/people?limit=1&cursor=" + page.get("next_cursor"));
    assertThat(next.items()).extracting(p -> ((Number) p.get("id")).longValue()).containsExactly(bruno);

    assertThat(otherSales.post(path + "/people", Map.of("ids", List.of(carl))).status()).isEqualTo(403);
    assertThat(otherSales.get(path).get("size")).as("everyone reads it").isEqualTo(2);
    assertThat(sales.post(path + "/people", Map.of("ids", List.of("x"))).status()).isEqualTo(400);
    Api.Response removed = sales.post(path + "/people/remove", Map.of("ids", List.of(anne)));
    assertThat(removed.json()).isEqualTo(Map.of("removed", 1, "size", 1));
    assertThat(sales.get("/api/v1/lists").body()).contains(name);
    assertThat(sales.post("/api/v1/lists", Map.of("name", name)).status()).isEqualTo(409);

    Api.Response unknown = sales.get("/api/v1/segments/count?filter=" + q("list = \"Rappeler" + marker + "\""));
    assertThat((String) unknown.get("detail")).isEqualTo("unknown list 'Rappeler" + marker + "' at 1:1 — did you mean '" + name + "'?");
    assertThat(sales.delete(path, Map.of()).status()).isEqualTo(204);
    assertThat(sales.get("/api/v1/people/" + bruno).status()).as("the people stay").isEqualTo(200);
  }

  @Test
  void givesEveryIdAndTellsWhetherOnePersonMatchesForBulkWork() {
    long anne = person("Anne", 70, "FR", null, null);
    long bruno = person("Bruno", 30, "FR", null, null);
    long carl = person("Carl", 90, "DE", null, null);
    String mine = "source = \"" + marker + "\"";

    assertThat(segments.ids(mine)).containsExactly(anne, bruno, carl);
    assertThat(segments.ids(mine + " and score >= 50")).containsExactly(anne, carl);
    assertThat(segments.ids(mine + " and score > 100")).isEmpty();
    assertThat(segments.matches(mine + " and country = FR", bruno)).isTrue();
    assertThat(segments.matches(mine + " and country = FR", carl)).isFalse();
    assertThat(segments.matches(mine, 999_999_999L)).isFalse();
  }

  @Test
  void describesTheFieldsOfTheLanguage() {
    Api.Response fields = sales.get("/api/v1/segments/fields");
    assertThat(fields.status()).isEqualTo(200);
    assertThat(fields.body()).contains("\"name\":\"job.seniority\"").contains("\"executive\"").contains("\"name\":\"attr.KEY\"");
  }
}
