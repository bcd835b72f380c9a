package io.vivier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.vivier.prospect.PeopleService;
import io.vivier.prospect.Person;
import io.vivier.prospect.PersonQuery;
import io.vivier.support.OnSqlite;
import io.vivier.support.TestUsers;
import io.vivier.user.Role;
import io.vivier.user.UserAccounts;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The web UI's pages through the real filters (security, locale), rendered by Thymeleaf. */
@OnSqlite
class PagesIntegrationTests {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired PeopleService people;

  @Test
  void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
    MvcResult result = mvc.perform(get("/prospects").accept(BROWSER_ACCEPT)).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    MvcResult withoutAccept = mvc.perform(get("/prospects/1")).andReturn();
    assertThat(withoutAccept.getResponse().getRedirectedUrl()).as("curl and link checkers too").endsWith("/login");
  }

  @Test
  void theLoginPageCarriesItsCsrfTokenAndNeedsNoSession() throws Exception {
    Page page = page(get("/login"));

    assertThat(page.status).isEqualTo(200);
    assertThat(page.body).contains("name=\"_csrf\"", "name=\"username\"", "name=\"password\"", "Sign in");
  }

  @Test
  void signingInThroughTheFormLandsOnTheProspectsAndAWrongPasswordSaysSo() throws Exception {
    String username = TestUsers.user(accounts, Role.SALES);

    MvcResult signedIn = mvc.perform(formLogin().user(username).password(TestUsers.PASSWORD)).andReturn();
    MvcResult refused = mvc.perform(formLogin().user(username).password("wrong-password")).andReturn();
    Page loginAgain = page(get("/login").param("error", "").header("Accept-Language", "fr"));

    assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/prospects");
    assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    assertThat(loginAgain.body).contains("Identifiant ou mot de passe incorrect");
  }

  @Test
  void signedInUsersSeeTheListWithStageBadges() throws Exception {
    String name = unique("Listed");
    create(Map.of("first_name", "Jeanne", "last_name", name, "email", name.toLowerCase() + "@example.fr"));

    Page page = page(get("/prospects").param("q", name).with(as(Role.SALES)));

    assertThat(page.status).isEqualTo(200);
    assertThat(page.body)
        .contains("Jeanne " + name, "badge stage-lead", "Last activity", "/swagger-ui.html", "Sign out")
        .doesNotContain("??");
  }

  @Test
  void aSearchWithoutResultSaysSo() throws Exception {
    Page page = page(get("/prospects").param("q", unique("nobody")).with(as(Role.SALES)));

    assertThat(page.body).contains("No prospect matches these filters.");
  }

  @Test
  void theLiveSearchAnswersWithTheTableOnly() throws Exception {
    String name = unique("Live");
    create(Map.of("last_name", name, "email", name.toLowerCase() + "@example.fr"));

    Page page = page(get("/prospects").param("q", name).header("HX-Request", "true").with(as(Role.SALES)));

    assertThat(page.body).contains("id=\"results\"", name).doesNotContain("<html", "<nav class=\"mainnav\"");
    assertThat(page.vary).contains("HX-Request");
  }

  @Test
  void labelsAreFrenchWhenTheBrowserAsksForFrench() throws Exception {
    Page page = page(get("/prospects").header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8").with(as(Role.SALES)));

    assertThat(page.body)
        .contains("lang=\"fr\"", "Entreprises", "Nouveau prospect", "Toutes les étapes", "Dernière activité")
        .doesNotContain("??");
  }

  @Test
  void theLanguageChosenWithLangIsKeptInACookie() throws Exception {
    MvcResult switched =
        mvc.perform(get("/prospects").param("lang", "fr").header("Accept-Language", "en").with(as(Role.SALES)))
            .andReturn();
    Cookie cookie = switched.getResponse().getCookie("vivier-lang");

    assertThat(switched.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Se déconnecter");
    assertThat(cookie).isNotNull();
    Page next = page(get("/companies").cookie(cookie).header("Accept-Language", "en").with(as(Role.SALES)));
    assertThat(next.body).contains("Nouvelle entreprise").doesNotContain("New company");
  }

  @Test
  void anUnsupportedLanguageLeavesTheUiInEnglish() throws Exception {
    MvcResult result = mvc.perform(get("/prospects").param("lang", "de").with(as(Role.SALES))).andReturn();

    assertThat(result.getResponse().getCookie("vivier-lang")).isNull();
    assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("New prospect");
  }

  @Test
  void salesUsersMayNotDeleteProspects() throws Exception {
    String name = unique("Kept");
    Person person = create(Map.of("last_name", name, "email", name.toLowerCase() + "@example.fr"));
    RequestPostProcessor sales = as(Role.SALES);

    Page shown = page(get("/prospects/" + person.id()).with(sales));
    Page refused = page(post("/prospects/" + person.id() + "/delete").with(csrf()).with(sales));

    assertThat(shown.body).contains(name).doesNotContain("/delete");
    assertThat(refused.status).isEqualTo(403);
    assertThat(people.get(person.id()).lastName()).isEqualTo(name);
  }

  @Test
  void marketingUsersDeleteProspects() throws Exception {
    String name = unique("Gone");
    Person person = create(Map.of("last_name", name, "email", name.toLowerCase() + "@example.fr"));

    Page page =
        page(post("/prospects/" + person.id() + "/delete").param("version", "1").with(csrf()).with(as(Role.MARKETING)));

    assertThat(page.status).isEqualTo(302);
    assertThat(people.list(new PersonQuery(name, null, null, null), null, 10).items()).isEmpty();
  }

  @Test
  void aFormWithABadEmailComesBackWithTheMessageNextToTheFieldAndStoresNothing() throws Exception {
    String name = unique("Typo");

    Page page =
        page(post("/prospects/new")
            .param("last_name", name)
            .param("email", "jeanne@@example")
            .param("stage", "LEAD")
            .with(csrf())
            .with(as(Role.SALES)));

    assertThat(page.status).isEqualTo(422);
    assertThat(page.body)
        .contains("id=\"e-email\"", "Not a valid e-mail address", "value=\"jeanne@@example\"", "value=\"" + name + "\"")
        .doesNotContain("Exception");
    assertThat(people.list(new PersonQuery(name, null, null, null), null, 10).items()).isEmpty();
  }

  @Test
  void formMessagesAreTranslated() throws Exception {
    Page page =
        page(post("/prospects/new")
            .param("last_name", unique("Faute"))
            .param("email", "pas-un-email")
            .param("stage", "LEAD")
            .header("Accept-Language", "fr")
            .with(csrf())
            .with(as(Role.SALES)));

    assertThat(page.body).contains("Adresse e-mail invalide");
  }

  @Test
  void aValidFormCreatesTheProspectWithItsCompanyAndShowsIt() throws Exception {
    String name = unique("Created");
    String company = unique("Acme");
    RequestPostProcessor sales = as(Role.SALES);

    Page created =
        page(post("/prospects/new")
            .param("first_name", "Léa")
            .param("last_name", name)
            .param("email", name.toLowerCase() + "@example.fr")
            .param("company_name", company)
            .param("function", "marketing")
            .param("country", "FR")
            .param("tags", "salon, vip")
            .param("stage", "LEAD")
            .with(csrf())
            .with(sales));

    assertThat(created.status).isEqualTo(302);
    Page shown = page(get(created.location).with(sales));
    assertThat(shown.body).contains("Léa " + name, company, "Marketing", "France", "salon", "vip", "Created");
  }

  @Test
  void aProspectCreatedWithTheEmailOfAnotherSaysWhoItMayDuplicate() throws Exception {
    String name = unique("Twin");
    RequestPostProcessor sales = as(Role.SALES);
    var first = page(post("/prospects/new").param("last_name", name).param("email", name.toLowerCase() + "@twins.fr")
        .param("stage", "LEAD").with(csrf()).with(sales));

    var second = mvc.perform(post("/prospects/new").param("first_name", "Jo").param("last_name", name)
        .param("email", name.toLowerCase() + "@twins.fr").param("stage", "LEAD").with(csrf()).with(sales)).andReturn();

    assertThat(second.getResponse().getStatus()).isEqualTo(302);
    assertThat(second.getFlashMap().get("possibleDuplicates").toString())
        .contains("personId=" + first.location.substring(first.location.lastIndexOf('/') + 1));
    String shown = mvc.perform(get(second.getResponse().getRedirectedUrl()).flashAttrs(second.getFlashMap()).with(sales))
        .andReturn().getResponse().getContentAsString();
    assertThat(shown).contains("id=\"possible-duplicates\"").contains("This prospect may already be in the base");
  }

  @Test
  void theFormOffersEveryWritableFieldAndSuggestsCompanies() throws Exception {
    Page page = page(get("/prospects/new").with(as(Role.SALES)));

    for (io.vivier.prospect.PersonField field : io.vivier.prospect.PersonField.values()) {
      String name = switch (field) {
        case COMPANY_ID -> "company_name";
        case ATTRIBUTES -> null;
        default -> field.key();
      };
      if (field.computed()) {
        assertThat(page.body).as("the score is computed, not typed").doesNotContain("name=\"" + name + "\"");
      } else if (name != null) {
        assertThat(page.body).contains("name=\"" + name + "\"");
      }
    }
    assertThat(page.body)
        .contains("list=\"company-suggestions\"", "hx-get=\"/companies/suggestions\"", "<option value=\"FR\">France</option>")
        .doesNotContain("??");
  }

  @Test
  void editingKeepsWhatWasNotTouched() throws Exception {
    String name = unique("Edited");
    Person person =
        create(Map.of("last_name", name, "email", name.toLowerCase() + "@example.fr", "company_name", unique("Initech"),
            "tags", java.util.List.of("a", "b"), "country", "BE", "city", "Namur", "attributes", Map.of("budget", 5000)));
    RequestPostProcessor sales = as(Role.SALES);
    String form = page(get("/prospects/" + person.id() + "/edit").with(sales)).body;
    assertThat(form).contains("value=\"a, b\"", "<option value=\"BE\" selected=\"selected\">", "value=\"Namur\"");

    Map<String, String> fields = new java.util.LinkedHashMap<>();
    java.util.regex.Matcher inputs =
        java.util.regex.Pattern.compile("<input[^>]*name=\"([a-z][a-z_]*)\"[^>]*value=\"([^\"]*)\"").matcher(form);
    while (inputs.find()) {
      fields.put(inputs.group(1), org.springframework.web.util.HtmlUtils.htmlUnescape(inputs.group(2)));
    }
    java.util.regex.Matcher selects =
        java.util.regex.Pattern.compile("<select[^>]*name=\"([a-z_]+)\"[\\s\\S]*?</select>").matcher(form);
    while (selects.find()) {
      java.util.regex.Matcher chosen =
          java.util.regex.Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(selects.group());
      fields.put(selects.group(1), chosen.find() ? chosen.group(1) : "");
    }
    fields.put("job_title", "Head of Data");
    MockHttpServletRequestBuilder save = post("/prospects/" + person.id() + "/edit").with(csrf()).with(sales);
    fields.forEach(save::param);
    Page saved = page(save);

    assertThat(saved.status).isEqualTo(302);
    Person after = people.get(person.id());
    assertThat(after.text(io.vivier.prospect.PersonField.JOB_TITLE)).isEqualTo("Head of Data");
    assertThat(after.company()).isEqualTo(person.company());
    assertThat(after.tags()).containsExactly("a", "b");
    assertThat(after.attributes()).containsEntry("budget", 5000);
    assertThat(after.values()).hasSize(person.values().size() + 1);
  }

  @Test
  void theListPagesWithACursorAndCanGoBackToTheFirstPage() throws Exception {
    String word = unique("Paged");
    for (int i = 0; i < 51; i++) {
      create(Map.of("first_name", word, "last_name", "N" + i, "email", word.toLowerCase() + i + "@example.fr"));
    }
    RequestPostProcessor sales = as(Role.SALES);

    Page first = page(get("/prospects").param("q", word).with(sales));
    java.util.regex.Matcher next = java.util.regex.Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"").matcher(first.body);
    assertThat(next.find()).isTrue();
    Page second = page(get(org.springframework.web.util.HtmlUtils.htmlUnescape(next.group(1))).with(sales));

    assertThat(first.body).contains(word + " N50").doesNotContain(word + " N0<");
    assertThat(second.body).contains(word + " N0<", "First page").doesNotContain("id=\"next-page\"", word + " N50");
  }

  @Test
  void savingOverSomeoneElsesChangeShowsTheCurrentValuesAndWhatWasTyped() throws Exception {
    String name = unique("Raced");
    Person person = create(Map.of("last_name", name, "email", name.toLowerCase() + "@example.fr"));
    people.update(person.id(), person.version(), Map.of("job_title", "CFO"), "someone-else");

    Page page =
        page(post("/prospects/" + person.id() + "/edit")
            .param("version", Long.toString(person.version()))
            .param("last_name", name)
            .param("email", name.toLowerCase() + "@example.fr")
            .param("job_title", "CEO")
            .param("stage", "LEAD")
            .with(csrf())
            .with(as(Role.SALES)));

    assertThat(page.status).isEqualTo(409);
    assertThat(page.body).contains("Changed by someone else", "value=\"CFO\"", "You had typed", "CEO");
    assertThat(people.get(person.id()).text(io.vivier.prospect.PersonField.JOB_TITLE)).isEqualTo("CFO");
  }

  @Test
  void stageChangesAndActivitiesShowOnTheProspectPage() throws Exception {
    String name = unique("Moved");
    Person person = create(Map.of("last_name", name, "email", name.toLowerCase() + "@example.fr"));
    RequestPostProcessor sales = as(Role.SALES);

    page(post("/prospects/" + person.id() + "/stage").param("stage", "MQL").param("reason", "Downloaded the guide")
        .with(csrf()).with(sales));
    page(post("/prospects/" + person.id() + "/activities").param("type", "CALL").param("outcome", "VOICEMAIL")
        .param("subject", "First call").param("occurred_at", "2026-01-15T10:30").with(csrf()).with(sales));
    Page shown = page(get("/prospects/" + person.id()).with(sales));

    assertThat(people.get(person.id()).stage().name()).isEqualTo("MQL");
    assertThat(shown.body).contains("Downloaded the guide", "badge stage-mql", "First call", "Voicemail", "Jan 15, 2026");
  }

  @Test
  void anActivityOutcomeOnANoteIsRefusedWithAMessage() throws Exception {
    Person person = create(Map.of("last_name", unique("Noted"), "email", unique("noted") + "@example.fr"));
    RequestPostProcessor sales = as(Role.SALES);

    MvcResult logged =
        mvc.perform(post("/prospects/" + person.id() + "/activities").param("type", "NOTE").param("outcome", "BUSY")
                .with(csrf()).with(sales))
            .andReturn();

    assertThat(logged.getFlashMap().get("activityErrors").toString()).contains("Only calls have an outcome.");
  }

  @Test
  void companiesHaveTheirPagesWithTheirPeople() throws Exception {
    String company = unique("Globex");
    RequestPostProcessor marketing = as(Role.MARKETING);
    Page created =
        page(post("/companies/new").param("name", company).param("domain", "globex.example").param("employees", "120")
            .with(csrf()).with(marketing));
    long id = Long.parseLong(created.location.substring(created.location.lastIndexOf('/') + 1));
    create(Map.of("last_name", unique("Staff"), "email", unique("staff") + "@example.fr", "company_id", id));

    Page shown = page(get(created.location).with(marketing));
    Page listed = page(get("/companies").param("q", company).with(marketing));
    Page suggested = page(get("/companies/suggestions").param("company_name", company).with(marketing));

    assertThat(shown.body).contains(company, "globex.example", "100-199", "1 person", "Staff", "/delete");
    assertThat(listed.body).contains(company);
    assertThat(suggested.body).contains("<option value=\"" + company + "\">");
  }

  @Test
  void aMissingProspectIsANotFoundPageWithoutInternals() throws Exception {
    Page missing = page(get("/prospects/987654321").with(as(Role.SALES)));
    Page garbled = page(get("/prospects/not-a-number").with(as(Role.SALES)));

    assertThat(missing.status).isEqualTo(404);
    assertThat(missing.body).contains("This page does not exist").doesNotContain("Exception", "at io.vivier");
    assertThat(garbled.status).isEqualTo(404);
  }

  @Test
  void aStalePageLinkFallsBackToTheFirstPage() throws Exception {
    Page page = page(get("/prospects").param("cursor", "garbage!").with(as(Role.SALES)));

    assertThat(page.status).isEqualTo(200);
    assertThat(page.body).contains("That page link has expired");
  }

  @Test
  void whatUsersTypeIsEscaped() throws Exception {
    String name = unique("Esc");
    Person person =
        create(Map.of("first_name", "<script>alert(1)</script>", "last_name", name, "email", name.toLowerCase() + "@example.fr"));

    Page shown = page(get("/prospects/" + person.id()).with(as(Role.SALES)));

    assertThat(shown.body).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
  }

  private Person create(Map<String, ?> input) {
    return people.create(input, "test");
  }

  private RequestPostProcessor as(Role role) {
    return user(TestUsers.user(accounts, role)).roles(role.name());
  }

  private static String unique(String prefix) {
    return prefix + System.nanoTime() % 1_000_000_000 + "x" + COUNTER.incrementAndGet();
  }

  private Page page(MockHttpServletRequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    return new Page(
        result.getResponse().getStatus(),
        result.getResponse().getContentAsString(StandardCharsets.UTF_8),
        result.getResponse().getRedirectedUrl(),
        String.join(",", result.getResponse().getHeaders("Vary")));
  }

  private record Page(int status, String body, String location, String vary) {}
}
