package io.vivier.bench;

import io.vivier.VivierApplication;
import io.vivier.prospect.EmployeeRange;
import io.vivier.quality.EmailFlags;
import io.vivier.quality.Text;
import io.vivier.segment.Segments;
import io.vivier.storage.Database;
import io.vivier.user.Role;
import io.vivier.user.UserAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How fast filters answer on a large base (issue 6): the count of a typical 5-condition filter,
 * its facet counts and the first page of its people by score, through {@link Segments}, next to
 * the best hand-written SQL for the same question on the same database.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=io.vivier.bench.SegmentBenchmark \
 *     -Dexec.args="--people 1000000 [--db URL]"
 * </pre>
 *
 * Without {@code --db}, the base is a SQLite file under target/bench, filled on the first run (in
 * bulk, seeded: people, a company for every 7, two activities a person) and reused afterwards. Each
 * query runs 15 times after 3 warm-up runs (5 times after 1 when it takes over a second); the median and
 * the 95th percentile are printed.
 */
public final class SegmentBenchmark {

  static final String TYPICAL =
      "country in (FR, BE, CH) and employees >= 50 and job.seniority in (executive, vp, director) and stage in (LEAD, MQL)"
          + " and not email_bounced";
  private static final String[] FIRST = {"Jean", "Marie", "Hélène", "François", "Camille", "Nicolas", "Sophie", "Thomas",
      "Julie", "Pierre", "Claire", "Antoine", "Élodie", "Gérard", "Inès", "Louis"};
  private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
      "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Fournier", "Girard"};
  private static final String[] CITIES = {"Paris", "Lyon", "Lille", "Nantes", "Bordeaux", "Toulouse", "Rennes", "Genève", "Liège"};
  private static final String[] COUNTRIES = {"FR", "FR", "FR", "FR", "FR", "FR", "BE", "CH", "DE", "ES"};
  private static final String[] STAGES = {"LEAD", "LEAD", "LEAD", "LEAD", "MQL", "MQL", "SQL", "OPPORTUNITY", "CUSTOMER", "NURTURE",
      "DISQUALIFIED", "LOST"};
  private static final String[] SENIORITY = {"executive", "vp", "director", "manager", "manager", "senior", "entry", "other"};
  private static final String[] FUNCTIONS = {"sales", "marketing", "it", "finance", "hr", "operations", "general_management"};
  private static final String[] TITLES = {"Directeur commercial", "DAF", "DSI", "CEO", "Responsable marketing", "Chef de projet",
      "Acheteur", "DRH", "Ingénieur commercial"};
  private static final String[] SOURCES = {"Salon VivaTech", "Site web", "LinkedIn", "Achat de fichier", "Webinaire", "Recommandation",
      "Partenaire", "Livre blanc"};
  private static final String[] INDUSTRIES = {"Logiciel", "Conseil", "Industrie", "Commerce de gros", "Transport", "Santé", "Banque",
      "Assurance", "E-commerce", "Éducation", "BTP", "Agroalimentaire", "Énergie", "Immobilier", "Tourisme", "Télécoms"};
  private static final String[] WORDS = {"Numérique", "Conseil", "Groupe", "Solutions", "Ateliers", "Services", "Industries", "Digital",
      "Logistique", "Santé"};
  private static final String[] FREE = {"gmail.com", "orange.fr", "hotmail.fr", "free.fr", "yahoo.fr"};
  private static final String[] ACTIVITIES = {"EMAIL_SENT", "EMAIL_SENT", "EMAIL_OPENED", "EMAIL_CLICKED", "CALL", "MEETING", "NOTE"};

  public static void main(String[] args) throws Exception {
    List<String> arguments = Arrays.asList(args);
    int people = Integer.parseInt(option(arguments, "--people", "1000000"));
    String url = option(arguments, "--db", null);
    if (url == null) {
      Path file = Path.of("target/bench/segment-" + people + ".db").toAbsolutePath();
      Files.createDirectories(file.getParent());
      url = "jdbc:sqlite:" + file;
    }
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(VivierApplication.class)
            .web(WebApplicationType.NONE)
            .run("--vivier.db.url=" + url, "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
      Database db = context.getBean(Database.class);
      fill(context, db, people);
      Segments segments = context.getBean(Segments.class);
      System.out.printf(Locale.ROOT, "base: %s, %s%n", db.displayUrl(), db.rowCounts());
      System.out.println("filter: " + TYPICAL);
      System.out.printf(Locale.ROOT, "matches: %,d people%n", segments.count(TYPICAL));
      // the best one can write by hand on this schema: the narrow facts, literal values
      String handWhere = " FROM people_facts f"
          + " WHERE f.country IN ('FR', 'BE', 'CH') AND f.employees >= 50 AND f.seniority IN ('executive', 'vp', 'director')"
          + " AND f.stage IN ('LEAD', 'MQL') AND f.email_bounced = 0";
      double count = measure("count, filter language", () -> segments.count(TYPICAL));
      double countHand = measure("count, hand-written SQL", () -> db.sql().sql("SELECT COUNT(*)" + handWhere).query(Long.class).single());
      double facets = measure("facet counts (6 facets), filter language", () -> segments.facets(TYPICAL));
      double facetsHand = measure("facet counts, hand-written SQL", () -> {
        for (String column : List.of("f.stage", "f.country", "f.industry", "f.employee_range", "f.owner_id", "f.source")) {
          db.sql().sql("SELECT " + column + ", COUNT(*)" + handWhere + " GROUP BY " + column).query((rs, n) -> rs.getLong(2)).list();
        }
        return db.sql().sql("SELECT COUNT(*)" + handWhere).query(Long.class).single();
      });
      double page = measure("first page by score (50), filter language", () -> segments.list(TYPICAL, null, 50));
      double pageHand = measure("first page by score, hand-written SQL", () -> db.sql()
          .sql("SELECT p.*, best.score FROM people p JOIN (SELECT f.person_id, ps.score"
              + handWhere.replace(" FROM people_facts f", " FROM people_facts f LEFT JOIN person_scores ps ON ps.person_id = f.person_id")
              + " ORDER BY ps.score DESC NULLS LAST, f.person_id LIMIT 50) best ON best.person_id = p.id"
              + " ORDER BY best.score DESC NULLS LAST, p.id")
          .query((rs, n) -> rs.getLong("id"))
          .list());
      measure("ids of the filter (bulk, for scoring)", () -> segments.ids(TYPICAL));
      measure("count, company_name ~ \"numérique\"", () -> segments.count("company_name ~ \"numérique\""));
      measure("count, stage = CUSTOMER and score >= 80", () -> segments.count("stage = CUSTOMER and score >= 80"));
      measure("count, tag = \"webinaire-2026\"", () -> segments.count("tag = \"webinaire-2026\""));
      System.out.printf(Locale.ROOT, "ratios to hand-written SQL: count %.2f, facets %.2f, first page %.2f%n", count / countHand,
          facets / facetsHand, page / pageHand);
    }
  }

  private static double measure(String name, Supplier<?> query) {
    long first = System.nanoTime();
    query.get();
    // slow queries get fewer runs, so that a slow base still gives its figures in minutes
    boolean slow = System.nanoTime() - first > 1_000_000_000L;
    for (int i = 0; i < (slow ? 0 : 2); i++) {
      query.get();
    }
    long[] nanos = new long[slow ? 5 : 15];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      query.get();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    double median = nanos[nanos.length / 2] / 1e6;
    System.out.printf(Locale.ROOT, "%-48s median %8.1f ms   p95 %8.1f ms%n", name, median, nanos[(int) (nanos.length * 0.95)] / 1e6);
    return median;
  }

  /** Fills an empty base in bulk with explicit ids: {@code target} people, a company for every 7, ~2 activities each. */
  private static void fill(ConfigurableApplicationContext context, Database db, int target) {
    long existing = db.sql().sql("SELECT COUNT(*) FROM people").query(Long.class).single();
    if (existing >= target) {
      return;
    }
    if (existing > 0) {
      throw new IllegalStateException("the base holds " + existing + " people: give an empty one");
    }
    long start = System.nanoTime();
    UserAccounts accounts = context.getBean(UserAccounts.class);
    List<Long> owners = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      owners.add(accounts.add("rep" + i, null, null, "a-long-enough-password", Role.SALES, "bench").id());
    }
    TransactionTemplate tx = context.getBean(TransactionTemplate.class);
    SplittableRandom random = new SplittableRandom(42);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    int companies = target / 7;
    long[] employees = new long[companies + 1];
    List<String> companyColumns = List.of("id", "name", "name_key", "domain", "siren", "industry", "employees", "employee_range", "country",
        "city", "technologies", "attributes", "search_text", "created_at", "updated_at", "version");
    for (int from = 1; from <= companies; from += 20_000) {
      List<Object[]> rows = new ArrayList<>();
      for (int id = from; id < Math.min(companies + 1, from + 20_000); id++) {
        String name = pick(random, WORDS) + " " + pick(random, WORDS) + " " + id;
        String domain = "societe-" + id + ".fr";
        Long staff = random.nextInt(10) == 0 ? null : (long) Math.exp(random.nextDouble() * Math.log(20_000));
        employees[id] = staff == null ? -1 : staff;
        String siren = random.nextInt(10) < 6 ? String.format("%09d", random.nextInt(1_000_000_000)) : null;
        String city = pick(random, CITIES);
        rows.add(new Object[] {(long) id, name, Text.fold(name), domain, siren, pick(random, INDUSTRIES), staff,
            staff == null ? null : EmployeeRange.of(staff).label(), pick(random, COUNTRIES), city,
            random.nextInt(3) == 0 ? db.json("[\"Salesforce\", \"Java\"]") : null, db.json("{}"),
            Text.fold(name) + " " + domain + (siren == null ? "" : " " + siren) + " " + Text.fold(city), db.ts(now), db.ts(now), 1L});
      }
      tx.executeWithoutResult(s -> db.insert("companies", companyColumns, rows));
    }
    List<String> personColumns = List.of("id", "first_name", "last_name", "email", "email_key", "job_title", "job_function", "seniority",
        "company_id", "city", "country", "source", "owner_id", "stage", "tags", "consent_email", "attributes", "search_text",
        "created_at", "updated_at", "last_activity_at", "version", "free_mail");
    List<String> activityColumns = List.of("person_id", "type", "occurred_at", "created_at", "metadata");
    for (int from = 1; from <= target; from += 20_000) {
      List<Object[]> rows = new ArrayList<>();
      List<Object[]> activities = new ArrayList<>();
      // scores are computed, kept in person_scores: written the way scoring writes them
      List<long[]> scores = new ArrayList<>();
      for (int id = from; id < Math.min(target + 1, from + 20_000); id++) {
        String first = pick(random, FIRST);
        String last = pick(random, LAST);
        Long company = random.nextInt(100) < 85 ? (long) (1 + random.nextInt(companies)) : null;
        String domain = company == null || random.nextInt(10) < 3 ? pick(random, FREE) : "societe-" + company + ".fr";
        String email = Text.fold(first) + "." + Text.fold(last) + id + "@" + domain;
        String title = pick(random, TITLES);
        String city = pick(random, CITIES);
        if (random.nextInt(10) != 0) {
          scores.add(new long[] {id, random.nextInt(101)});
        }
        Instant created = now.minus(random.nextLong(730L * 24 * 3600), ChronoUnit.SECONDS);
        Instant lastActivity = random.nextInt(10) < 2 ? null : now.minus(random.nextLong(365L * 24 * 3600), ChronoUnit.SECONDS);
        rows.add(new Object[] {(long) id, first, last, email, email, title, pick(random, FUNCTIONS), pick(random, SENIORITY), company,
            city, random.nextInt(20) == 0 ? null : pick(random, COUNTRIES), pick(random, SOURCES),
            random.nextInt(10) < 7 ? owners.get(random.nextInt(owners.size())) : null, pick(random, STAGES),
            random.nextInt(10) == 0 ? db.json("[\"webinaire-2026\"]") : null, "granted",
            db.json(random.nextInt(4) == 0 ? "{\"budget\": " + random.nextInt(50_000) + "}" : "{}"),
            Text.fold(first) + " " + Text.fold(last) + " " + email + " " + Text.fold(title) + " " + Text.fold(city),
            db.ts(created), db.ts(created), db.ts(lastActivity), 1L, EmailFlags.of(email).freeMail() ? 1 : 0});
        int count = random.nextInt(5);
        for (int a = 0; a < count; a++) {
          activities.add(new Object[] {(long) id, pick(random, ACTIVITIES), db.ts(now.minus(random.nextLong(365L * 24 * 3600), ChronoUnit.SECONDS)),
              db.ts(now), db.json("{}")});
        }
        if (random.nextInt(50) == 0) {
          activities.add(new Object[] {(long) id, "EMAIL_BOUNCED", db.ts(created), db.ts(now), db.json("{}")});
        }
      }
      tx.executeWithoutResult(s -> {
        db.insert("people", personColumns, rows);
        db.insert("activities", activityColumns, activities);
        io.vivier.support.TestScores.set(db, scores.stream().mapToLong(x -> x[0]).toArray(),
            scores.stream().mapToInt(x -> (int) x[1]).toArray());
      });
      if (from % 200_000 == 1) {
        System.err.printf(Locale.ROOT, "filled %,d people%n", from + rows.size() - 1);
      }
    }
    if (db.dialect() == io.vivier.storage.Dialect.POSTGRESQL) {
      db.sql().sql("SELECT setval(pg_get_serial_sequence('people', 'id'), (SELECT MAX(id) FROM people))").query(Long.class).single();
      db.sql().sql("SELECT setval(pg_get_serial_sequence('companies', 'id'), (SELECT MAX(id) FROM companies))").query(Long.class).single();
      // as autovacuum would after a while: statistics, and the visibility map index-only scans need
      for (String table : List.of("people", "companies", "activities", "people_facts")) {
        db.sql().sql("VACUUM ANALYZE " + table).update();
      }
    } else {
      db.sql().sql("ANALYZE").update();
    }
    System.err.printf(Locale.ROOT, "filled in %.1f s%n", (System.nanoTime() - start) / 1e9);
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String option(List<String> args, String name, String fallback) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
  }
}
