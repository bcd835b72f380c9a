package io.vivier.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vivier.lifecycle.Stage;
import io.vivier.prospect.Company;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.Person;
import io.vivier.prospect.PersonField;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ExportProfileTests {

  static final Instant CREATED = Instant.parse("2026-01-15T08:00:00Z");
  static final Instant UPDATED = Instant.parse("2026-02-20T17:45:00Z");

  static Person person() {
    Map<PersonField, Object> values = new EnumMap<>(PersonField.class);
    values.put(PersonField.FIRST_NAME, "Élodie");
    values.put(PersonField.LAST_NAME, "Martin");
    values.put(PersonField.EMAIL, "elodie.martin@acme.fr");
    values.put(PersonField.PHONE, "+33123456789");
    values.put(PersonField.MOBILE, "+33612345678");
    values.put(PersonField.JOB_TITLE, "Directrice commerciale");
    values.put(PersonField.CITY, "Lyon");
    values.put(PersonField.POSTCODE, "69002");
    values.put(PersonField.COUNTRY, "FR");
    values.put(PersonField.SOURCE, "Salon VivaTech");
    values.put(PersonField.OWNER, "paul");
    values.put(PersonField.STAGE, "MQL");
    values.put(PersonField.SCORE, 72L);
    values.put(PersonField.TAGS, List.of("salon", "vip"));
    values.put(PersonField.CONSENT_EMAIL, "withdrawn");
    values.put(PersonField.CONSENT_PHONE, "granted");
    values.put(PersonField.LEGAL_BASIS, "legitimate_interest");
    values.put(PersonField.COMPANY_ID, 7L);
    values.put(PersonField.ATTRIBUTES, Map.of("budget", 10000, "region", "Sud"));
    return new Person(12, 3, values, new Person.CompanyRef(7, "Acme"), CREATED, UPDATED, null);
  }

  static Company company() {
    Map<CompanyField, Object> values = new EnumMap<>(CompanyField.class);
    values.put(CompanyField.NAME, "Acme");
    values.put(CompanyField.DOMAIN, "acme.fr");
    values.put(CompanyField.SIREN, "732829320");
    values.put(CompanyField.INDUSTRY, "Logiciels");
    values.put(CompanyField.EMPLOYEES, 250L);
    values.put(CompanyField.EMPLOYEE_RANGE, "250-499");
    values.put(CompanyField.REVENUE, 42_000_000L);
    values.put(CompanyField.TECHNOLOGIES, List.of("Java", "PostgreSQL"));
    values.put(CompanyField.CITY, "Paris");
    return new Company(7, 1, values, 3, CREATED, UPDATED);
  }

  static ExportRecord record(String... pairs) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return new ExportRecord(values);
  }

  static Map<String, Object> byHeader(ExportProfile profile, ExportRecord record) {
    Map<String, Object> row = new LinkedHashMap<>();
    List<String> headers = profile.headers();
    List<Object> values = profile.values(record);
    for (int i = 0; i < headers.size(); i++) {
      row.put(headers.get(i), values.get(i));
    }
    return row;
  }

  // records

  @Test
  void aRecordTakesThePersonsFieldsAndTheCompanysOwn() {
    ExportRecord record = ExportRecord.of(person(), company());

    assertThat(record.get("id")).isEqualTo(12L);
    assertThat(record.get("first_name")).isEqualTo("Élodie");
    assertThat(record.get("company_name")).isEqualTo("Acme");
    assertThat(record.get("company_domain")).isEqualTo("acme.fr");
    assertThat(record.get("siren")).isEqualTo("732829320");
    assertThat(record.get("employees")).isEqualTo(250L);
    assertThat(record.get("revenue")).isEqualTo(42_000_000L);
    assertThat(record.get("technologies")).isEqualTo(List.of("Java", "PostgreSQL"));
    assertThat(record.get("city")).as("the person's city, not the company's").isEqualTo("Lyon");
    assertThat(record.get("tags")).isEqualTo(List.of("salon", "vip"));
    assertThat(record.get("created_at")).isEqualTo(CREATED);
    assertThat(record.get("updated_at")).isEqualTo(UPDATED);
    assertThat(record.get("last_activity_at")).isNull();
    assertThat(record.attributes()).containsEntry("budget", 10000);
    assertThat(record.values()).doesNotContainKey("company_id");
  }

  @Test
  void withoutItsCompanyLoadedARecordStillHasTheCompanyName() {
    ExportRecord record = ExportRecord.of(person(), null);

    assertThat(record.get("company_name")).isEqualTo("Acme");
    assertThat(record.get("company_domain")).isNull();
  }

  @Test
  void anotherPersonsCompanyIsRefused() {
    Company other = new Company(8, 1, Map.of(CompanyField.NAME, "Globex"), 0, CREATED, UPDATED);

    assertThatThrownBy(() -> ExportRecord.of(person(), other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("company #8 is not the company of person #12");
  }

  @Test
  void aRecordRefusesNamesThatAreNotExportFields() {
    assertThatThrownBy(() -> record("emial", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not export fields: [emial]");
  }

  // canonical

  @Test
  void theCanonicalProfileHasTheIdTheDesignFieldsAndTheAttributes() {
    List<String> expected = new ArrayList<>(List.of("id"));
    expected.addAll(List.of(
        "first_name", "last_name", "email", "phone", "mobile", "job_title", "function", "seniority", "linkedin_url",
        "company_name", "company_domain", "siren", "siret", "naf_code", "industry", "employees", "employee_range",
        "revenue", "technologies", "street", "postcode", "city", "country", "source", "source_detail", "owner", "stage",
        "score", "tags", "consent_email", "consent_phone", "legal_basis", "created_at", "updated_at",
        "last_activity_at", "external_id"));
    expected.add("attributes");

    assertThat(ExportProfile.canonical().headers()).isEqualTo(expected);
    assertThat(ExportProfile.canonical().values(ExportRecord.of(person(), company())))
        .startsWith(12L, "Élodie", "Martin", "elodie.martin@acme.fr", "+33123456789", "+33612345678")
        .endsWith(null, Map.of("budget", 10000, "region", "Sud"));
  }

  @Test
  void inCsvAndXlsxEachAttributeHasItsOwnColumn() {
    ExportProfile profile = ExportProfile.canonical().forFormat(ExportFormat.CSV, List.of("region", "budget", "region"));

    assertThat(profile.headers()).endsWith("external_id", "attr.region", "attr.budget").doesNotContain("attributes");
    assertThat(profile.values(ExportRecord.of(person(), company()))).endsWith(null, "Sud", 10000);
    assertThat(ExportProfile.canonical().forFormat(ExportFormat.XLSX, List.of()).headers()).last().isEqualTo("external_id");
  }

  @Test
  void inJsonlAttributesStayOneObject() {
    ExportProfile profile = ExportProfile.canonical().forFormat(ExportFormat.JSONL, List.of("budget"));

    assertThat(profile.headers()).last().isEqualTo("attributes");
  }

  @Test
  void aCanonicalCsvExportReadsLikeTheStoredPerson() {
    ExportProfile profile = ExportProfile.columns(List.of("id", "first_name", "mobile", "score", "tags", "created_at", "attributes"))
        .forFormat(ExportFormat.CSV_EXCEL, List.of("budget"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportWriter writer = ExportFormat.CSV_EXCEL.open(out, ZoneOffset.UTC)) {
      writer.header(profile.headers());
      writer.row(profile.values(ExportRecord.of(person(), company())));
    }

    assertThat(new String(out.toByteArray(), UTF_8))
        .isEqualTo("\uFEFFid;first_name;mobile;score;tags;created_at;attr.budget\r\n"
            + "12;Élodie;+33612345678;72;salon, vip;2026-01-15T08:00:00Z;10000\r\n");
  }

  // chosen columns

  @Test
  void chosenColumnsKeepTheirOrderAndCanonicalNames() {
    ExportProfile profile = ExportProfile.columns(List.of(" email ", "attr.budget", "id"));

    assertThat(profile.name()).isEqualTo("columns");
    assertThat(profile.headers()).containsExactly("email", "attr.budget", "id");
    assertThat(profile.values(ExportRecord.of(person(), company()))).containsExactly("elodie.martin@acme.fr", 10000, 12L);
  }

  @Test
  void anAttributeChosenAloneIsNotRepeatedWhenAttributesAreSpreadOut() {
    ExportProfile profile = ExportProfile.columns(List.of("attr.budget", "attributes")).forFormat(ExportFormat.CSV, List.of("budget", "region"));

    assertThat(profile.headers()).containsExactly("attr.budget", "attr.region");
  }

  @Test
  void anUnknownColumnSuggestsTheNearestAndListsThemAll() {
    assertThatThrownBy(() -> ExportProfile.columns(List.of("email", "frist_name")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown column 'frist_name'; did you mean 'first_name'? Columns: id, first_name, last_name,")
        .hasMessageEndingWith("external_id, attributes, or attr.<key> for one custom attribute");
    assertThatThrownBy(() -> ExportProfile.columns(List.of("Company Name")))
        .hasMessageStartingWith("unknown column 'Company Name'; did you mean 'company_name'?");
  }

  @Test
  void aNameFarFromEveryColumnGetsNoSuggestion() {
    assertThatThrownBy(() -> ExportProfile.columns(List.of("xyzzy_plugh")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown column 'xyzzy_plugh' Columns: id,");
  }

  @Test
  void columnsCannotBeRepeatedNorMissingNorBadAttributeNames() {
    assertThatThrownBy(() -> ExportProfile.columns(List.of("email", "email")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'email' is chosen twice");
    assertThatThrownBy(() -> ExportProfile.columns(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("choose at least one column among id, first_name");
    assertThatThrownBy(() -> ExportProfile.columns(List.of("attr.")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'attr.': an attribute name is 1 to 64 letters, digits, spaces, '_', '.' or '-'");
  }

  // named profiles

  @ParameterizedTest
  @CsvSource({"canonical, canonical", "HubSpot, hubspot", "' salesforce ', salesforce"})
  void profilesAreFoundByName(String text, String name) {
    assertThat(ExportProfile.named(text).name()).isEqualTo(name);
  }

  @Test
  void anUnknownProfileNamesTheChoices() {
    assertThatThrownBy(() -> ExportProfile.named("pipedrive"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown export profile 'pipedrive'; choose one of canonical, hubspot, salesforce");
  }

  @Test
  void hubspotGetsItsPropertyLabelsStagesAndCountryNames() {
    Map<String, Object> row = byHeader(ExportProfile.hubspot(), ExportRecord.of(person(), company()));

    assertThat(row.keySet()).containsExactly(
        "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number", "Job Title", "Company Name",
        "Website URL", "Street Address", "City", "Postal Code", "Country/Region", "Industry", "Annual Revenue",
        "Lifecycle Stage", "Lead Status");
    assertThat(row)
        .containsEntry("First Name", "Élodie")
        .containsEntry("Mobile Phone Number", "+33612345678")
        .containsEntry("Website URL", "acme.fr")
        .containsEntry("Country/Region", "France")
        .containsEntry("Annual Revenue", 42_000_000L)
        .containsEntry("Lifecycle Stage", "marketingqualifiedlead")
        .containsEntry("Lead Status", "OPEN");
  }

  @ParameterizedTest
  @CsvSource({
    "LEAD, lead, NEW", "MQL, marketingqualifiedlead, OPEN", "SQL, salesqualifiedlead, IN_PROGRESS",
    "OPPORTUNITY, opportunity, OPEN_DEAL", "CUSTOMER, customer, ", "NURTURE, lead, BAD_TIMING",
    "DISQUALIFIED, other, UNQUALIFIED", "LOST, other, ", "CHURNED, other, "
  })
  void everyStageHasAHubspotLifecycleStage(Stage stage, String lifecycle, String leadStatus) {
    Map<String, Object> row = byHeader(ExportProfile.hubspot(), record("stage", stage.name()));

    assertThat(row.get("Lifecycle Stage")).isEqualTo(lifecycle);
    assertThat(row.get("Lead Status")).isEqualTo(leadStatus);
  }

  @Test
  void salesforceGetsLeadFieldsAndOptOutsFromConsent() {
    Map<String, Object> row = byHeader(ExportProfile.salesforce(), ExportRecord.of(person(), company()));

    assertThat(row.keySet()).containsExactly(
        "FirstName", "LastName", "Email", "Phone", "MobilePhone", "Title", "Company", "Website", "Street", "PostalCode",
        "City", "Country", "LeadSource", "Industry", "NumberOfEmployees", "AnnualRevenue", "Status",
        "HasOptedOutOfEmail", "DoNotCall");
    assertThat(row)
        .containsEntry("LastName", "Martin")
        .containsEntry("Company", "Acme")
        .containsEntry("Title", "Directrice commerciale")
        .containsEntry("Country", "France")
        .containsEntry("LeadSource", "Salon VivaTech")
        .containsEntry("NumberOfEmployees", 250L)
        .containsEntry("Status", "Working - Contacted")
        .containsEntry("HasOptedOutOfEmail", true)
        .containsEntry("DoNotCall", false);
  }

  @ParameterizedTest
  @CsvSource({"denied, true", "withdrawn, true", "granted, false", "unknown, false"})
  void salesforceOptOutsFollowRefusedConsent(String consent, boolean optedOut) {
    Map<String, Object> row = byHeader(ExportProfile.salesforce(), record("consent_email", consent, "consent_phone", consent));

    assertThat(row).containsEntry("HasOptedOutOfEmail", optedOut).containsEntry("DoNotCall", optedOut);
  }

  @Test
  void withoutConsentRecordedNobodyIsOptedOut() {
    Map<String, Object> row = byHeader(ExportProfile.salesforce(), record());

    assertThat(row).containsEntry("HasOptedOutOfEmail", false).containsEntry("Status", null).containsEntry("Country", null);
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void everyStageHasASalesforceLeadStatus(Stage stage) {
    assertThat(byHeader(ExportProfile.salesforce(), record("stage", stage.name())).get("Status")).isNotNull();
  }

  @Test
  void anUnknownCountryCodeIsKeptAsItIs() {
    assertThat(byHeader(ExportProfile.hubspot(), record("country", "XK?")).get("Country/Region")).isEqualTo("XK?");
    assertThat(byHeader(ExportProfile.hubspot(), record("country", "ZZ")).get("Country/Region")).isEqualTo("ZZ");
    assertThat(byHeader(ExportProfile.hubspot(), record("country", "BE")).get("Country/Region")).isEqualTo("Belgium");
  }
}
