package io.vivier.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vivier.prospect.PeopleService;
import io.vivier.support.TestDatabases;
import io.vivier.support.TestUsers;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web UI in a real headless Chromium, htmx included: a rep's day from signing in to signing
 * out. Skipped, visibly, when Chromium or chromedriver is not installed (CI installs both).
 * Screenshots of the list and of a prospect land in the temporary folder for a human look.
 */
@ExtendWith(BrowserIntegrationTests.ChromiumAvailable.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "vivier.admin-password=" + TestUsers.ADMIN_PASSWORD)
class BrowserIntegrationTests {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final String DATABASE = TestDatabases.sqlite();

  private static ChromeDriver browser;
  private static WebDriverWait wait;

  @LocalServerPort int port;
  @Autowired PeopleService people;
  @Autowired io.vivier.storage.Database database;
  @Autowired io.vivier.dedup.DuplicatePairs duplicates;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("vivier.db.url", () -> DATABASE);
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    Path profile = Files.createTempDirectory("vivier-chromium");
    profile.toFile().deleteOnExit();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=en-US");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aRepSignsInCreatesAProspectFindsItLogsACallQualifiesItAndSignsOut() throws IOException {
    String lastName = "Durand" + System.nanoTime() % 100_000;
    sampleProspects();

    // sign in through the login form
    open("/prospects");
    wait.until(ExpectedConditions.urlContains("/login"));
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys(TestUsers.ADMIN_PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/prospects"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Prospects");

    // a bad e-mail comes back with its message next to the field, and what was typed is kept
    browser.findElement(By.id("new-prospect")).click();
    type("f-first_name", "Camille");
    type("f-last_name", lastName);
    type("f-email", "camille@@example");
    type("f-company_name", "Brass");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#company-suggestions option[value='Brasserie du Port']")));
    type("f-company_name", "Brasserie du Port");
    new Select(browser.findElement(By.id("f-function"))).selectByValue("purchasing");
    browser.findElement(By.id("save")).click();
    WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("e-email")));
    assertThat(message.getText()).contains("Not a valid e-mail address");
    assertThat(browser.findElement(By.id("f-last_name")).getAttribute("value")).isEqualTo(lastName);
    assertEveryLabelTranslated();
    screenshot("vivier-form.png", 1000);

    // fixed, it is saved and shown
    type("f-email", "camille.durand@brasserie-du-port.fr");
    browser.findElement(By.id("save")).click();
    wait.until(ExpectedConditions.urlMatches(".*/prospects/\\d+$"));
    assertThat(browser.findElement(By.id("person-name")).getText()).isEqualTo("Camille " + lastName);
    assertThat(browser.findElement(By.cssSelector(".flash.notice")).getText()).isEqualTo("Prospect created.");

    // the live search swaps the table in place, without reloading the page
    open("/prospects");
    ((JavascriptExecutor) browser).executeScript("window.notReloaded = true");
    browser.findElement(By.id("q")).sendKeys("zzzz-nobody");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "No prospect matches"));
    type("q", lastName.toLowerCase());
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results tbody tr"), 1));
    assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded")).isEqualTo(true);
    assertThat(browser.getCurrentUrl()).contains("q=" + lastName.toLowerCase());
    browser.findElement(By.linkText("Camille " + lastName)).click();
    wait.until(ExpectedConditions.urlMatches(".*/prospects/\\d+$"));

    // log a call
    new Select(browser.findElement(By.id("activity-type"))).selectByValue("CALL");
    new Select(browser.findElement(By.id("activity-outcome"))).selectByValue("CONNECTED");
    type("activity-subject", "Discovery call");
    type("activity-body", "Runs three restaurants; wants the API for their loyalty app.");
    browser.findElement(By.id("log-activity")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ol.timeline"), "Discovery call"));
    assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText()).contains("Call", "Connected");

    // qualify: LEAD → MQL with a reason, seen in the stage history
    new Select(browser.findElement(By.id("stage-select"))).selectByValue("MQL");
    type("stage-reason", "Asked for a demo");
    browser.findElement(By.id("change-stage")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stage-history"), "Asked for a demo"));
    assertThat(browser.findElement(By.cssSelector("h1 .badge")).getText()).isEqualTo("MQL");
    assertThat(browser.findElement(By.id("stage-history")).getText()).contains("Lead", "MQL", "admin");
    assertEveryLabelTranslated();
    screenshot("vivier-prospect.png", 1700);

    // the company page lists its people
    browser.findElement(By.linkText("Brasserie du Port")).click();
    wait.until(ExpectedConditions.urlMatches(".*/companies/\\d+$"));
    assertThat(browser.findElement(By.cssSelector(".main-col table")).getText()).contains("Camille " + lastName, "Hugo Moreau");
    assertEveryLabelTranslated();
    screenshot("vivier-company.png", 1000);
    browser.navigate().back();
    wait.until(ExpectedConditions.urlMatches(".*/prospects/\\d+$"));

    // in French
    browser.findElement(By.cssSelector(".lang a[hreflang=fr]")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("Historique des étapes", "Changer d’étape", "Activités", "Appel", "Joint", "Entreprises");
    assertEveryLabelTranslated();

    open("/prospects");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Prospects");
    assertThat(browser.findElement(By.cssSelector("thead")).getText()).contains("ENTREPRISE", "DERNIÈRE ACTIVITÉ");
    screenshot("vivier-list.png", 1000);

    // sign out
    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.urlContains("/login?logout"));
    assertThat(browser.findElement(By.cssSelector(".flash.notice")).getText()).isEqualTo("Vous êtes déconnecté.");
    screenshot("vivier-login.png", 800);
    open("/prospects");
    wait.until(ExpectedConditions.urlContains("/login"));
  }

  @Test
  void aMarketerImportsAFileThroughTheWizardFollowsItAndUndoesIt() throws IOException {
    String token = "w" + System.nanoTime() % 1_000_000;
    Path file = Files.createTempDirectory("vivier-upload").resolve("salon-" + token + ".csv");
    Files.write(file, ("Prénom;Nom;Courriel;Société;Col X\r\n"
        + "Anaïs;Roux;anais@" + token + ".fr;Roux " + token + " SAS;Grenoble\r\n"
        + "Basile;Sans;;;\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));

    open("/login");
    if (browser.getCurrentUrl().contains("/login")) {
      browser.findElement(By.id("username")).sendKeys("admin");
      browser.findElement(By.id("password")).sendKeys(TestUsers.ADMIN_PASSWORD);
      browser.findElement(By.cssSelector("form button[type=submit]")).click();
      wait.until(ExpectedConditions.urlContains("/prospects"));
    }
    open("/imports?lang=en");
    browser.findElement(By.id("import-file")).sendKeys(file.toString());
    browser.findElement(By.id("upload")).click();

    // the preview: each column, where it goes and why, the first rows
    wait.until(ExpectedConditions.urlContains("/imports/new/"));
    assertThat(browser.findElement(By.id("description")).getText()).contains("windows-1252");
    String mapping = browser.findElement(By.id("mapping")).getText();
    assertThat(mapping).contains("Courriel", "Société");
    assertThat(new Select(browser.findElement(By.id("target-2"))).getFirstSelectedOption().getText()).isEqualTo("email");
    assertThat(browser.findElement(By.id("sample")).getText()).contains("Anaïs", "anais@" + token + ".fr");
    new Select(browser.findElement(By.id("target-4"))).selectByValue("city");
    assertEveryLabelTranslated();

    // a dry run says what would happen
    browser.findElement(By.id("check")).click();
    WebElement counts = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-counts")));
    assertThat(counts.getText()).contains("2 rows read: 1 created", "1 rejected");
    assertThat(browser.findElement(By.id("check-result")).getText()).contains("Row 3", "cannot identify anybody");
    assertThat(new Select(browser.findElement(By.id("target-4"))).getFirstSelectedOption().getText()).isEqualTo("city");
    screenshot("vivier-import-preview.png", 1400);

    // the import runs in the background; its page follows it to the end
    browser.findElement(By.id("run")).click();
    wait.until(ExpectedConditions.urlMatches(".*/imports/\\d+$"));
    wait.until(ExpectedConditions.textToBe(By.id("batch-status"), "Completed"));
    assertThat(browser.findElement(By.id("counts")).getText()).contains("2 rows read: 1 created", "1 rejected");
    assertThat(browser.findElement(By.id("issues")).getText()).contains("Row 3");
    assertThat(browser.findElement(By.id("report")).getAttribute("href")).endsWith("/report");
    screenshot("vivier-import-done.png", 900);
    open("/prospects?q=" + token);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Anaïs Roux"));

    // undo, after a confirmation
    browser.navigate().back();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("undo"))).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(ExpectedConditions.textToBe(By.id("batch-status"), "Undone"));
    assertThat(browser.findElement(By.id("undo-result")).getText()).contains("1 people deleted");
    open("/imports");
    assertThat(browser.findElement(By.id("batches")).getText()).contains("salon-" + token + ".csv", "Undone");
    assertEveryLabelTranslated();
  }

  /** A few more prospects, so that the list looks like a list. */
  @Test
  void aMarketerReviewsAPossibleDuplicateMergesItChoosingAValueAndUndoesTheMerge() throws IOException {
    String token = "r" + System.nanoTime() % 1_000_000;
    var older = people.create(Map.of("first_name", "Hélène", "last_name", "Faure", "email", "helene@" + token + ".fr", "city", "Lyon"), "admin");
    var newer = people.create(Map.of("first_name", "Helene", "last_name", "Faure", "email", "h.faure@" + token + ".fr", "city", "Villeurbanne"),
        "admin");
    duplicates.propose(List.of(new io.vivier.dedup.DuplicatePair.Proposal("person", older.id(), newer.id(), 0.96, 8.4,
        List.of(Map.of("field", "last_name", "level", "exact", "weight", 5.1), Map.of("field", "email", "level", "different", "weight", -0.4)))),
        "browser test", java.time.Instant.now());

    open("/login");
    if (browser.getCurrentUrl().contains("/login")) {
      browser.findElement(By.id("username")).sendKeys("admin");
      browser.findElement(By.id("password")).sendKeys(TestUsers.ADMIN_PASSWORD);
      browser.findElement(By.cssSelector("form button[type=submit]")).click();
      wait.until(ExpectedConditions.urlContains("/prospects"));
    }
    browser.findElement(By.linkText("Duplicates")).click();
    wait.until(ExpectedConditions.urlContains("/duplicates"));
    WebElement card = browser.findElements(By.cssSelector("section.duplicate")).stream()
        .filter(c -> c.getText().contains("helene@" + token)).findFirst().orElseThrow();
    assertThat(card.getText()).contains("Hélène").contains("Helene").contains("96.0%").contains("Last name exact +5.1");
    assertEveryLabelTranslated();
    screenshot("vivier-duplicates.png", 1000);

    // keep the newer record, but the older one's spelling of the first name
    card.findElement(By.cssSelector("input[name='pick.first_name'][value='" + older.id() + "']")).click();
    card.findElement(By.cssSelector("button[value='" + newer.id() + "'][name=survivor]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.notice")));
    assertThat(people.get(newer.id()).text(io.vivier.prospect.PersonField.FIRST_NAME)).isEqualTo("Hélène");
    assertThat(people.get(newer.id()).text(io.vivier.prospect.PersonField.CITY)).as("most recent").isEqualTo("Villeurbanne");

    // the merge is listed; undo puts both records back
    WebElement row = browser.findElements(By.cssSelector("#merges tbody tr")).stream()
        .filter(r -> r.getText().contains("#" + newer.id())).findFirst().orElseThrow();
    row.findElement(By.cssSelector("button[id^=undo-]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.notice"), "Merge undone"));
    assertThat(people.get(older.id()).text(io.vivier.prospect.PersonField.CITY)).isEqualTo("Lyon");
    assertThat(people.get(newer.id()).text(io.vivier.prospect.PersonField.FIRST_NAME)).isEqualTo("Helene");

    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
  }

  @Test
  void aMarketerBuildsAListByTypingAFilterClickingAFacetAndSavesIt() throws IOException {
    String token = "s" + System.nanoTime() % 1_000_000;
    for (String[] p : List.of(new String[] {"Alice", "FR", "80"}, new String[] {"Bruno", "FR", "30"}, new String[] {"Chloé", "BE", "60"})) {
      long id = people.create(Map.of("first_name", p[0], "last_name", "Segment", "email", p[0].toLowerCase() + "@" + token + ".fr",
          "country", p[1], "source", token), "admin").id();
      // a score as scoring stores it
      io.vivier.support.TestScores.set(database, new long[] {id}, new int[] {Integer.parseInt(p[2])});
    }
    open("/login");
    if (browser.getCurrentUrl().contains("/login")) {
      browser.findElement(By.id("username")).sendKeys("admin");
      browser.findElement(By.id("password")).sendKeys(TestUsers.ADMIN_PASSWORD);
      browser.findElement(By.cssSelector("form button[type=submit]")).click();
      wait.until(ExpectedConditions.urlContains("/prospects"));
    }
    open("/segments?lang=en");
    browser.findElement(By.linkText("Segments")).click();
    wait.until(ExpectedConditions.urlContains("/segments"));

    // typing refreshes the count without a click; a mistake says where
    type("filter", "sorce = \"" + token + "\"");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filter-problem"), "did you mean 'source'"));
    type("filter", "source = \"" + token + "\"");
    wait.until(ExpectedConditions.textToBe(By.id("segment-count"), "3 prospects"));
    assertThat(browser.findElement(By.id("segment-people")).getText()).contains("Alice").contains("Chloé");
    assertEveryLabelTranslated();
    screenshot("vivier-segments.png", 1000);

    // a facet value narrows the list
    browser.findElement(By.id("facet-country")).findElement(By.linkText("BE")).click();
    wait.until(ExpectedConditions.textToBe(By.id("segment-count"), "One prospect"));
    assertThat(browser.findElement(By.id("segment-people")).getText()).contains("Chloé").doesNotContain("Alice");

    type("segment-name", "Belges " + token);
    browser.findElement(By.id("save-segment")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.notice")));
    assertThat(browser.findElement(By.id("saved-segments")).getText()).contains("Belges " + token);
    assertThat(browser.findElement(By.id("segment-count")).getText()).isEqualTo("One prospect");

    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
  }

  private void sampleProspects() {
    List<Map<String, Object>> samples =
        List.of(
            Map.of("first_name", "Jeanne", "last_name", "Martin", "email", "jeanne.martin@acme-logistique.fr",
                "job_title", "Directrice des achats", "company_name", "Acme Logistique", "stage", "SQL", "owner", "admin"),
            Map.of("first_name", "Thomas", "last_name", "Bernard", "email", "t.bernard@novatec.io",
                "job_title", "CTO", "company_name", "Novatec", "stage", "OPPORTUNITY"),
            Map.of("first_name", "Sophie", "last_name", "Lefèvre", "email", "sophie@atelier-lumiere.fr",
                "job_title", "Gérante", "company_name", "Atelier Lumière", "stage", "CUSTOMER", "owner", "admin"),
            Map.of("first_name", "Hugo", "last_name", "Moreau", "phone", "+33 6 12 34 56 78",
                "job_title", "Responsable marketing", "company_name", "Brasserie du Port", "stage", "NURTURE"),
            Map.of("first_name", "Inès", "last_name", "Girard", "email", "ines.girard@transalp.eu",
                "job_title", "Head of Sales", "company_name", "Transalp", "stage", "LOST"));
    samples.forEach(sample -> people.create(sample, "admin"));
  }

  /** A missing message shows as ??key_locale?? in Thymeleaf. */
  private void assertEveryLabelTranslated() {
    assertThat(browser.getTitle()).doesNotContain("??");
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("??");
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private void type(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private void screenshot(String name, int height) throws IOException {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, height));
    Path file = Path.of(System.getProperty("java.io.tmpdir"), name);
    Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    System.out.println("Screenshot: " + file);
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
  }

  /** Runs the class only where Chromium and its driver are installed, and says so otherwise. */
  static class ChromiumAvailable implements ExecutionCondition {

    private static final AtomicBoolean WARNED = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER))) {
        return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
      }
      String reason =
          "Browser tests SKIPPED: install " + CHROMIUM + " and " + CHROMEDRIVER
              + " to run them (apt-get install chromium chromium-driver; CI does)";
      if (WARNED.compareAndSet(false, true)) {
        System.out.println();
        System.out.println("!".repeat(100));
        System.out.println("!! " + reason);
        System.out.println("!".repeat(100));
        System.out.println();
      }
      return ConditionEvaluationResult.disabled(reason);
    }
  }
}
