package io.vivier.prospect;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.support.Api;
import io.vivier.support.TestUsers;
import io.vivier.user.Role;
import io.vivier.user.UserAccounts;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The companies API, run on each database by its subclasses. */
abstract class CompaniesApiContract {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;

  Api sales;
  Api marketing;
  String marker;

  @BeforeEach
  void setUp() {
    sales = new Api(mvc, TestUsers.bearer(accounts, Role.SALES));
    marketing = sales.as(TestUsers.bearer(accounts, Role.MARKETING));
    marker = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  @Test
  void createsACompanyWithCheckedIdentifiersAndDerivedValues() {
    Map<String, Object> company = new LinkedHashMap<>();
    company.put("name", "Numéria " + marker);
    company.put("domain", "https://www.Numeria-" + marker + ".fr/contact");
    company.put("siret", "732 829 320 00074");
    company.put("naf_code", "6201z");
    company.put("employees", 120);
    company.put("country", "fr");
    company.put("technologies", "Salesforce, HubSpot");

    Api.Response created = sales.post("/api/v1/companies", company);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.get("domain")).isEqualTo("numeria-" + marker + ".fr");
    assertThat(created.get("siret")).isEqualTo("73282932000074");
    assertThat(created.get("siren")).as("derived from the SIRET").isEqualTo("732829320");
    assertThat(created.get("naf_code")).isEqualTo("62.01Z");
    assertThat(created.get("employee_range")).isEqualTo("100-199");
    assertThat(created.get("country")).isEqualTo("FR");
    assertThat(created.get("technologies")).isEqualTo(java.util.List.of("Salesforce", "HubSpot"));
  }

  @Test
  void namesEveryBadField() {
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("siren", "123456789");
    bad.put("siret", "73282932000075");
    bad.put("domain", "not a domain");
    bad.put("employees", -3);
    bad.put("naf_code", "ABC");
    bad.put("employee_range", "lots");

    Api.Response response = sales.post("/api/v1/companies", bad);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.badFields())
        .containsExactlyInAnyOrder("name", "siren", "siret", "domain", "employees", "naf_code", "employee_range");
  }

  @Test
  void refusesASiretOfAnotherSiren() {
    Api.Response response = sales.post("/api/v1/companies",
        Map.of("name", "X " + marker, "siren", "552100554", "siret", "73282932000074"));

    assertThat(response.badFields()).containsExactly("siret");
  }

  @Test
  void updatesWithTheVersionAndKeepsPeopleWhenDeleted() {
    Api.Response company = sales.post("/api/v1/companies", Map.of("name", "Atelier " + marker));
    String path = "/api/v1/companies/" + company.id();
    Api.Response person = sales.post("/api/v1/people", Map.of("email", "a@" + marker + ".fr", "company_id", company.id()));

    Api.Response renamed = sales.patch(path, Map.of("name", "Atelier Dumas " + marker), Map.of("If-Match", "\"1\""));
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.get("people_count")).isEqualTo(1);
    assertThat(sales.patch(path, Map.of("name", "Other"), Map.of("If-Match", "\"1\"")).status()).isEqualTo(412);
    assertThat(sales.patch(path, Map.of("name", ""), Map.of("If-Match", "\"2\"")).badFields()).containsExactly("name");
    assertThat(sales.get(path + "/people").items()).hasSize(1);

    assertThat(sales.delete(path, Map.of()).status()).isEqualTo(403);
    assertThat(marketing.delete(path, Map.of()).status()).isEqualTo(204);
    Api.Response orphan = sales.get("/api/v1/people/" + person.id());
    assertThat(orphan.status()).isEqualTo(200);
    assertThat(orphan.get("company_id")).isNull();
  }

  @Test
  void listsByNameWithKeysetPaging() {
    for (int i = 0; i < 25; i++) {
      sales.post("/api/v1/companies", Map.of("name", marker + " Société " + (char) ('A' + i)));
    }
    Set<Object> seen = new HashSet<>();
    String cursor = null;
    String previous = "";
    do {
      Api.Response page = sales.get("/api/v1/companies?q=" + marker + "&limit=10" + (cursor == null ? "" : "&cursor=" + cursor));
      for (Map<String, Object> c : page.items()) {
        assertThat(seen.add(c.get("id"))).isTrue();
        assertThat(((String) c.get("name")).compareTo(previous)).isPositive();
        previous = (String) c.get("name");
      }
      cursor = (String) page.get("next_cursor");
    } while (cursor != null);
    assertThat(seen).hasSize(25);
  }

  @Test
  void linksAPersonToAnExistingCompanyOnlyById() {
    Api.Response response = sales.post("/api/v1/people", Map.of("email", "b@" + marker + ".fr", "company_id", 987654321));
    assertThat(response.badFields()).containsExactly("company_id");
  }
}
