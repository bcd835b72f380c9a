package io.vivier.bench;

import io.vivier.VivierApplication;
import io.vivier.prospect.Companies;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.Page;
import io.vivier.prospect.People;
import io.vivier.prospect.PeopleService;
import io.vivier.prospect.Person;
import io.vivier.prospect.PersonField;
import io.vivier.prospect.PersonQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How fast the prospect list answers on a large base: the queries behind the list page and the
 * list API (first page, a page deep in the list, live search, filters).
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=io.vivier.bench.ListBenchmark \
 *     -Dexec.args="--people 100000 [--db URL]"
 * </pre>
 *
 * Without {@code --db}, the base is a SQLite file under target/bench, filled on the first run and
 * reused afterwards. Each query runs 30 times after 5 warm-up runs; the median and the 95th
 * percentile are printed in milliseconds.
 */
public final class ListBenchmark {

  private static final String[] FIRST = {"Jean", "Marie", "Hélène", "François", "Camille", "Nicolas", "Sophie",
      "Thomas", "Julie", "Pierre", "Claire", "Antoine", "Élodie", "Gérard", "Inès", "Louis"};
  private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
      "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Fournier", "Girard"};
  private static final String[] CITIES = {"Paris", "Lyon", "Lille", "Nantes", "Bordeaux", "Toulouse", "Rennes"};
  private static final String[] STAGES = {"LEAD", "LEAD", "LEAD", "MQL", "SQL", "OPPORTUNITY", "CUSTOMER", "NURTURE"};

  public static void main(String[] args) throws Exception {
    List<String> arguments = Arrays.asList(args);
    int people = Integer.parseInt(option(arguments, "--people", "100000"));
    String url = option(arguments, "--db", null);
    if (url == null) {
      Path file = Path.of("target/bench/list-" + people + ".db").toAbsolutePath();
      Files.createDirectories(file.getParent());
      url = "jdbc:sqlite:" + file;
    }
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(VivierApplication.class)
            .web(WebApplicationType.NONE)
            .run("--vivier.db.url=" + url, "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
      fill(context, people);
      PeopleService service = context.getBean(PeopleService.class);
      Companies companies = context.getBean(Companies.class);
      System.out.printf("base: %s, %d people, %d companies%n", url.replaceAll("password=[^&]*", "password=****"),
          context.getBean(People.class).count(), companies.count());
      String deepCursor = cursorAfter(service, PersonQuery.all(), 1000);
      measure("first page, newest first (50 rows)", () -> service.list(PersonQuery.all(), null, 50));
      measure("page 1000 via its cursor (50 rows)", () -> service.list(PersonQuery.all(), deepCursor, 50));
      measure("search 'lefevre' (accent-free, any case)", () -> service.list(query("lefevre", null), null, 50));
      measure("search 'helene lefevre' (two words)", () -> service.list(query("helene lefevre", null), null, 50));
      measure("search a rare word (scans the whole base)", () -> service.list(query("zzzrare", null), null, 50));
      measure("search company name 'Societe 4242'", () -> service.list(query("societe 4242", null), null, 50));
      measure("filter stage = CUSTOMER", () -> service.list(query(null, "CUSTOMER"), null, 50));
      measure("companies list, first page by name", () -> companies.list(null, null, 50));
    }
  }

  private static PersonQuery query(String text, String stage) {
    return new PersonQuery(text, stage, null, null);
  }

  private static String cursorAfter(PeopleService service, PersonQuery query, int pages) {
    String cursor = null;
    for (int i = 0; i < pages; i++) {
      Page<Person> page = service.list(query, cursor, 50);
      if (page.nextCursor() == null) {
        break;
      }
      cursor = page.nextCursor();
    }
    return cursor;
  }

  private static void measure(String name, Supplier<?> query) {
    for (int i = 0; i < 5; i++) {
      query.get();
    }
    long[] nanos = new long[30];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      query.get();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf("%-45s median %7.2f ms   p95 %7.2f ms%n", name, nanos[nanos.length / 2] / 1e6,
        nanos[(int) (nanos.length * 0.95)] / 1e6);
  }

  /** Adds people (and a company for every 7) until the base has {@code target} people. */
  private static void fill(ConfigurableApplicationContext context, int target) {
    People people = context.getBean(People.class);
    Companies companies = context.getBean(Companies.class);
    TransactionTemplate tx = context.getBean(TransactionTemplate.class);
    long existing = people.count();
    if (existing >= target) {
      return;
    }
    SplittableRandom random = new SplittableRandom(42);
    long start = System.nanoTime();
    Instant now = Instant.now();
    List<Long> companyIds = new ArrayList<>();
    for (long done = existing; done < target; ) {
      long batchEnd = Math.min(target, done + 5000);
      long from = done;
      tx.executeWithoutResult(status -> {
        for (long i = from; i < batchEnd; i++) {
          if (i % 7 == 0) {
            Map<CompanyField, Object> company = new EnumMap<>(CompanyField.class);
            company.put(CompanyField.NAME, "Société " + i);
            company.put(CompanyField.CITY, CITIES[(int) (i % CITIES.length)]);
            company.put(CompanyField.COUNTRY, "FR");
            companyIds.add(companies.insert(company, now).id());
          }
          Map<PersonField, Object> person = new EnumMap<>(PersonField.class);
          String first = FIRST[random.nextInt(FIRST.length)];
          String last = LAST[random.nextInt(LAST.length)];
          person.put(PersonField.FIRST_NAME, first);
          person.put(PersonField.LAST_NAME, last);
          person.put(PersonField.EMAIL, "p" + i + "@exemple-" + (i % 997) + ".fr");
          person.put(PersonField.JOB_TITLE, "Directeur commercial");
          person.put(PersonField.CITY, CITIES[random.nextInt(CITIES.length)]);
          person.put(PersonField.STAGE, STAGES[random.nextInt(STAGES.length)]);
          if (!companyIds.isEmpty()) {
            person.put(PersonField.COMPANY_ID, companyIds.get(companyIds.size() - 1));
          }
          people.insert(person, now);
        }
      });
      done = batchEnd;
      System.err.printf("filled %d/%d people%n", done, target);
    }
    System.err.printf("filled in %.1f s%n", (System.nanoTime() - start) / 1e9);
  }

  private static String option(List<String> args, String name, String fallback) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
  }
}
