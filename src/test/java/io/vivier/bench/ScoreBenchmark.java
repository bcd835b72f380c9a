package io.vivier.bench;

import io.vivier.VivierApplication;
import io.vivier.activity.ActivityService;
import io.vivier.prospect.Companies;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.People;
import io.vivier.prospect.PersonField;
import io.vivier.scoring.IcpService;
import io.vivier.scoring.ScoreService;
import io.vivier.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What scoring costs on a large base: a full rescore ({@code vivier score --all}) and the
 * incremental rescore after one new activity.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=io.vivier.bench.ScoreBenchmark \
 *     -Dexec.args="--people 1000000 [--db URL]"
 * </pre>
 *
 * Without {@code --db}, the base is a SQLite file under target/bench, filled on the first run
 * (about 3 activities a person, a company for every 7 people) and reused. The ICP rules are
 * evaluated by the filter language, one query a rule over people_facts.
 */
public final class ScoreBenchmark {

  private static final String[] INDUSTRIES = {"Logiciel", "Conseil", "Industrie", "Commerce", "Santé", "BTP", "Transport"};
  private static final String[] SENIORITIES = {"executive", "vp", "director", "manager", "senior", "entry", "other"};
  private static final String[] COUNTRIES = {"FR", "FR", "FR", "FR", "BE", "CH", "DE"};
  private static final String[] SOURCES = {"Salon VivaTech", "Site web", "Webinaire", "Fichier acheté", "LinkedIn", "Partenaire"};
  private static final String[] STAGES = {"LEAD", "LEAD", "LEAD", "LEAD", "LEAD", "LEAD", "LEAD", "LEAD", "LEAD", "LEAD", "LEAD",
      "MQL", "MQL", "SQL", "OPPORTUNITY", "CUSTOMER", "LOST", "DISQUALIFIED", "NURTURE", "NURTURE"};
  private static final String[] TYPES = {"EMAIL_SENT", "EMAIL_SENT", "EMAIL_SENT", "EMAIL_SENT", "EMAIL_SENT", "EMAIL_SENT",
      "EMAIL_OPENED", "EMAIL_OPENED", "EMAIL_OPENED", "EMAIL_OPENED", "EMAIL_OPENED", "EMAIL_CLICKED", "EMAIL_CLICKED",
      "EMAIL_REPLIED", "EMAIL_BOUNCED", "CALL", "CALL", "MEETING", "LINKEDIN_MESSAGE", "NOTE", "FORM_SUBMISSION"};
  private static final String[] OUTCOMES = {"CONNECTED", "NO_ANSWER", "NO_ANSWER", "VOICEMAIL", "MEETING_BOOKED", "NOT_INTERESTED"};

  public static void main(String[] args) throws Exception {
    List<String> arguments = Arrays.asList(args);
    int people = Integer.parseInt(option(arguments, "--people", "1000000"));
    String url = option(arguments, "--db", null);
    if (url == null) {
      Path file = Path.of("target/bench/score-" + people + ".db").toAbsolutePath();
      Files.createDirectories(file.getParent());
      url = "jdbc:sqlite:" + file;
    }
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(VivierApplication.class)
            .web(WebApplicationType.NONE)
            .run("--vivier.db.url=" + url, "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
      Database db = context.getBean(Database.class);
      fill(context, people);
      long activities = db.sql().sql("SELECT COUNT(*) FROM activities").query(Long.class).single();
      System.out.printf("base: %s, %,d people, %,d activities, %d cores, max heap %d MB%n", db.displayUrl(),
          context.getBean(People.class).count(), activities, Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20);
      context.getBean(IcpService.class).save("bench", Map.of("default", true, "rules", List.of(
          Map.of("name", "target sector", "filter", "industry in (\"Logiciel\", \"Conseil\")", "points", 30),
          Map.of("name", "50-999 employees", "filter", "employees >= 50 and employees <= 999", "points", 20),
          Map.of("name", "decision maker", "filter", "seniority in (executive, director)", "points", 25),
          Map.of("name", "FR BE CH", "filter", "country in (FR, BE, CH)", "points", 10),
          Map.of("name", "free mail", "filter", "free_mail", "points", -20))), "bench");
      ScoreService scores = context.getBean(ScoreService.class);
      for (int run = 1; run <= 2; run++) {
        if (run == 1) {
          // the first run writes every score: the worst case; the second follows at once, nothing changed
          // as a base never scored: no stored score (TRUNCATE, not DELETE: no dead rows left for the
          // run to step over on PostgreSQL)
          db.sql().sql(db.dialect() == io.vivier.storage.Dialect.POSTGRESQL ? "TRUNCATE person_scores" : "DELETE FROM person_scores")
              .update();
        }
        long start = System.nanoTime();
        ScoreService.Report report = scores.rescoreAll(progress -> {});
        System.out.printf("full rescore, run %d: %,d people in %.1f s (ICP rules evaluated in bulk %.1f s, writing %.1f s,"
            + " writer waiting for reads %.1f s); %,d moved to MQL%n", run, report.people(), (System.nanoTime() - start) / 1e9,
            report.rulesMillis() / 1e3, report.writeMillis() / 1e3, report.waitMillis() / 1e3, report.movedToMql());
      }
      ActivityService activityService = context.getBean(ActivityService.class);
      SplittableRandom random = new SplittableRandom(7);
      long maxId = db.sql().sql("SELECT MAX(id) FROM people").query(Long.class).single();
      long[] rescore = new long[200];
      long[] logged = new long[200];
      for (int i = -20; i < rescore.length; i++) {
        long person = 1 + random.nextLong(maxId);
        long start = System.nanoTime();
        scores.rescore(person);
        long middle = System.nanoTime();
        activityService.log(person, Map.of("type", "email_opened"), "bench");
        long end = System.nanoTime();
        if (i >= 0) {
          rescore[i] = middle - start;
          logged[i] = end - middle;
        }
      }
      report("incremental rescore of one person (ScoreService.rescore)", rescore);
      report("log one activity, rescore included (ActivityService.log)", logged);
    }
  }

  private static void report(String name, long[] nanos) {
    Arrays.sort(nanos);
    System.out.printf("%-60s median %6.2f ms   p95 %6.2f ms%n", name, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6);
  }

  /** Adds people, companies and activities until the base has {@code target} people. */
  private static void fill(ConfigurableApplicationContext context, int target) {
    People people = context.getBean(People.class);
    Companies companies = context.getBean(Companies.class);
    Database db = context.getBean(Database.class);
    TransactionTemplate tx = context.getBean(TransactionTemplate.class);
    long existing = people.count();
    if (existing >= target) {
      return;
    }
    SplittableRandom random = new SplittableRandom(42);
    long start = System.nanoTime();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (long done = existing; done < target; ) {
      int size = (int) Math.min(10_000, target - done);
      long from = done;
      tx.executeWithoutResult(status -> {
        List<Map<CompanyField, Object>> companyRows = new ArrayList<>();
        for (int i = 0; i < size / 7 + 1; i++) {
          Map<CompanyField, Object> company = new EnumMap<>(CompanyField.class);
          company.put(CompanyField.NAME, "Société " + (from + i * 7));
          company.put(CompanyField.INDUSTRY, INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
          company.put(CompanyField.EMPLOYEES, (long) Math.exp(random.nextDouble() * 9));
          company.put(CompanyField.COUNTRY, "FR");
          companyRows.add(company);
        }
        long[] companyIds = companies.insertAll(companyRows, now);
        List<Map<PersonField, Object>> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          long n = from + i;
          Map<PersonField, Object> person = new EnumMap<>(PersonField.class);
          person.put(PersonField.FIRST_NAME, "Prénom" + n);
          person.put(PersonField.LAST_NAME, "Nom" + n);
          person.put(PersonField.EMAIL, random.nextInt(10) == 0 ? "p" + n + "@gmail.com" : "p" + n + "@exemple-" + (n % 997) + ".fr");
          person.put(PersonField.SENIORITY, SENIORITIES[random.nextInt(SENIORITIES.length)]);
          person.put(PersonField.COUNTRY, COUNTRIES[random.nextInt(COUNTRIES.length)]);
          person.put(PersonField.SOURCE, SOURCES[random.nextInt(SOURCES.length)]);
          person.put(PersonField.STAGE, STAGES[random.nextInt(STAGES.length)]);
          person.put(PersonField.COMPANY_ID, companyIds[i / 7]);
          rows.add(person);
        }
        long[] ids = people.insertAll(rows, now);
        List<Object[]> activities = new ArrayList<>();
        for (long id : ids) {
          int count = random.nextInt(7);
          for (int a = 0; a < count; a++) {
            String type = TYPES[random.nextInt(TYPES.length)];
            String subject = type.equals("FORM_SUBMISSION") ? (random.nextBoolean() ? "Demande de démo" : "Livre blanc") : null;
            String outcome = type.equals("CALL") ? OUTCOMES[random.nextInt(OUTCOMES.length)] : null;
            Instant at = now.minusSeconds(random.nextLong(180L * 86_400));
            activities.add(new Object[] {id, type, db.ts(at), subject, outcome, "bench", db.ts(now), db.json("{}")});
          }
        }
        db.insert("activities", List.of("person_id", "type", "occurred_at", "subject", "outcome", "created_by", "created_at", "metadata"),
            activities);
      });
      done += size;
      if (done % 100_000 == 0 || done == target) {
        System.err.printf("filled %,d/%,d people%n", done, target);
      }
    }
    db.analyze("people", "companies", "activities", "people_facts");
    System.err.printf("filled in %.1f s%n", (System.nanoTime() - start) / 1e9);
  }

  private static String option(List<String> args, String name, String fallback) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
  }
}
