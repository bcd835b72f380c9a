package io.vivier.bench;

import io.vivier.VivierApplication;
import io.vivier.importing.ImportOptions;
import io.vivier.importing.ImportPolicy;
import io.vivier.importing.ImportResult;
import io.vivier.importing.Importer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * End-to-end import speed: a generated file of French prospects (15 columns, with duplicates, bad
 * values and mixed formats) imported into an empty base, then again into the filled base (all
 * updates), next to the floor: the same file loaded by the database's own bulk loader without any
 * normalisation ({@code sqlite3 .import}, {@code psql \copy}).
 *
 * <pre>
 * bench/import.sh --rows 1000000                       # SQLite, JVM heap capped at 512 MB
 * bench/import.sh --rows 1000000 --db jdbc:postgresql://127.0.0.1:5432/vivier_bench?user=postgres
 * </pre>
 */
public final class ImportBenchmark {

  static final String HEADER = "Prénom;Nom;E-mail;Téléphone;Portable;Fonction;Société;SIRET;Site web;Effectif;"
      + "Secteur d'activité;Code postal;Ville;Pays;Source";
  private static final String[] FIRST = {"Jean", "Marie", "Hélène", "François", "Camille", "Nicolas", "Sophie", "Thomas",
      "Julie", "Pierre", "Claire", "Antoine", "Élodie", "Gérard", "Inès", "Louis", "Zoé", "Mathieu", "Léa", "Hugo"};
  private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
      "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert"};
  private static final String[] TITLES = {"Directeur commercial", "DAF", "DSI", "CEO", "Responsable marketing",
      "Chef de projet", "Acheteur", "Office manager", "DRH", "Ingénieur commercial", "Head of Sales", "Comptable"};
  private static final String[] SIZES = {"50-99", "250 à 499", "1 000+", "42", "10 à 19", "200", "5000-9999", "3"};
  private static final String[] SECTORS = {"Logiciel", "Conseil", "Industrie", "Commerce de gros", "Transport", "Santé"};
  private static final String[] CITIES = {"Paris", "Lyon", "Lille", "Nantes", "Bordeaux", "Toulouse", "Rennes", "Marseille"};
  private static final String[] POSTCODES = {"75002", "69003", "59000", "44000", "33000", "31000", "35000", "13001"};
  private static final String[] COUNTRIES = {"France", "FR", "france", "Belgique", "France"};
  private static final String[] SOURCES = {"Salon VivaTech 2026", "Webinaire", "Site web", "Achat de fichier", ""};

  public static void main(String[] args) throws Exception {
    List<String> arguments = Arrays.asList(args);
    int rows = Integer.parseInt(option(arguments, "--rows", "1000000"));
    String url = option(arguments, "--db", null);
    Path dir = Path.of("target/bench").toAbsolutePath();
    Files.createDirectories(dir);
    Path file = dir.resolve("import-" + rows + ".csv");
    if (!Files.exists(file)) {
      long t = System.nanoTime();
      generate(file, rows, 42);
      System.out.printf(Locale.ROOT, "generated %s (%,d rows, %.0f MB) in %.1f s%n", file, rows, Files.size(file) / 1e6, (System.nanoTime() - t) / 1e9);
    }
    System.out.printf(Locale.ROOT, "JVM max heap %d MB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    boolean postgres = url != null && url.startsWith("jdbc:postgresql:");
    floor(file, dir, url, postgres);
    if (url == null) {
      Path db = dir.resolve("import-" + rows + ".db");
      for (String suffix : List.of("", "-wal", "-shm")) {
        Files.deleteIfExists(Path.of(db + suffix));
      }
      url = "jdbc:sqlite:" + db;
    }
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VivierApplication.class)
        .web(WebApplicationType.NONE)
        .run("--vivier.db.url=" + url, "--logging.level.root=WARN", "--spring.main.banner-mode=off",
            "--vivier.admin-password=bench-password-1234")) {
      Importer importer = context.getBean(Importer.class);
      ImportOptions options = ImportOptions.of(file.getFileName().toString(), "bench").withPolicy(ImportPolicy.OVERWRITE);
      report("into an empty base", importer.run(file, options, Importer.Listener.NONE));
      report("again, into the filled base (every row matches)", importer.run(file, options, Importer.Listener.NONE));
      schemaFloor(context.getBean(io.vivier.storage.Database.class));
    }
  }

  private static void report(String what, ImportResult r) {
    var c = r.counts();
    System.out.printf(Locale.ROOT, "import %s: %,d rows in %.1f s = %,.0f rows/s (created %,d, updated %,d, merged %,d, unchanged %,d,"
            + " rejected %,d, warnings %,d, companies %,d created / %,d updated)%n",
        what, c.read(), r.elapsed().toMillis() / 1000.0, r.rowsPerSecond(), c.created(), c.updated(), c.merged(), c.unchanged(),
        c.rejected(), c.warnings(), c.companiesCreated(), c.companiesUpdated());
  }

  /** The database's own loader, no normalisation: the floor an import cannot beat. */
  private static void floor(Path file, Path dir, String url, boolean postgres) throws Exception {
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= 15; i++) {
      columns.add("c" + i + " TEXT");
    }
    long t = System.nanoTime();
    Process process;
    if (postgres) {
      run(new ProcessBuilder("psql", "-q", toLibpq(url), "-c", "DROP TABLE IF EXISTS floor_import; CREATE UNLOGGED TABLE floor_import ("
          + String.join(", ", columns) + ")"));
      t = System.nanoTime();
      process = new ProcessBuilder("psql", "-q", toLibpq(url), "-c",
          "\\copy floor_import FROM '" + file + "' WITH (FORMAT csv, HEADER true, DELIMITER ';')").inheritIO().start();
    } else {
      Path db = dir.resolve("floor.db");
      Files.deleteIfExists(db);
      run(new ProcessBuilder("sqlite3", db.toString(), "CREATE TABLE floor_import (" + String.join(", ", columns) + ")"));
      t = System.nanoTime();
      process = new ProcessBuilder("sqlite3", db.toString(), "-cmd", ".mode csv", "-cmd", ".separator ;",
          ".import --skip 1 " + file + " floor_import").inheritIO().start();
    }
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - t) / 1e9;
    if (postgres) {
      // the base must be empty for Vivier's migrations
      run(new ProcessBuilder("psql", "-q", toLibpq(url), "-c", "DROP TABLE floor_import"));
    }
    long rows = Files.lines(file, StandardCharsets.UTF_8).count() - 1;
    System.out.printf(Locale.ROOT, "floor (%s, no normalisation): %,d rows in %.1f s = %,.0f rows/s%s%n",
        postgres ? "psql \\copy" : "sqlite3 .import", rows, seconds, rows / seconds, exit == 0 ? "" : " (exit " + exit + ")");
  }

  /**
   * The second floor: the people just imported (normalised, matched, with their derived columns)
   * inserted again by the database itself, {@code INSERT … SELECT}, into Vivier's people table
   * with its indexes and checks; what storing the rows costs before any Java runs. In a
   * transaction rolled back afterwards.
   */
  private static void schemaFloor(io.vivier.storage.Database database) throws Exception {
    try (java.sql.Connection connection = database.dataSource().getConnection(); java.sql.Statement sql = connection.createStatement()) {
      connection.setAutoCommit(false);
      sql.execute("CREATE TEMPORARY TABLE floor_people AS SELECT * FROM people");
      sql.execute("DELETE FROM stage_history");
      sql.execute("DELETE FROM people");
      long t = System.nanoTime();
      sql.executeUpdate("INSERT INTO people SELECT * FROM floor_people");
      double seconds = (System.nanoTime() - t) / 1e9;
      // counted apart: SQLite's count of changed rows includes those of triggers (people_facts)
      long rows;
      try (java.sql.ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM floor_people")) {
        count.next();
        rows = count.getLong(1);
      }
      connection.rollback();
      System.out.printf(Locale.ROOT, "floor with Vivier's schema (%,d normalised people inserted by the database itself into the people"
          + " table with its indexes, checks and triggers): %.1f s = %,.0f rows/s%n", rows, seconds, rows / seconds);
    }
  }

  /** jdbc:postgresql://host:port/db?user=u → postgresql://host:port/db?user=u, which psql reads. */
  private static String toLibpq(String jdbcUrl) {
    return jdbcUrl.substring("jdbc:".length());
  }

  private static void run(ProcessBuilder builder) throws Exception {
    int exit = builder.inheritIO().start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException(builder.command() + " failed with exit " + exit);
    }
  }

  /** Writes {@code rows} rows: about 8 people a company, 4% repeated people, 2% bad e-mails, 3% bad phones. */
  static void generate(Path file, int rows, long seed) throws IOException {
    Random random = new Random(seed);
    int companies = Math.max(1, rows / 8);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      out.write(HEADER);
      out.write("\r\n");
      for (int i = 0; i < rows; i++) {
        int person = random.nextInt(100) < 4 && i > 10 ? random.nextInt(i) : i;
        Random p = new Random(seed * 31 + person);
        String first = FIRST[p.nextInt(FIRST.length)];
        String last = LAST[p.nextInt(LAST.length)];
        int company = p.nextInt(companies);
        String domain = "societe" + company + ".fr";
        String email = ascii(first) + "." + ascii(last) + person + "@" + domain;
        if (person != i) {
          email = email.toUpperCase(Locale.ROOT);
        }
        if (random.nextInt(100) < 2) {
          email = email.replace("@", " at ");
        }
        String phone = phone(p, random.nextInt(3));
        if (random.nextInt(100) < 3) {
          phone = "12";
        }
        String mobile = p.nextInt(3) == 0 ? "" : "06" + String.format("%08d", p.nextInt(100_000_000));
        Random c = new Random(seed * 17 + company);
        String siret = c.nextInt(4) == 0 ? "" : siret(c);
        int city = c.nextInt(CITIES.length);
        String[] cells = {first, last, email, phone, mobile, TITLES[p.nextInt(TITLES.length)], "Société " + company + " SAS", siret,
            c.nextBoolean() ? "https://www." + domain : domain, SIZES[c.nextInt(SIZES.length)], SECTORS[c.nextInt(SECTORS.length)],
            POSTCODES[city], CITIES[city], COUNTRIES[c.nextInt(COUNTRIES.length)], SOURCES[random.nextInt(SOURCES.length)]};
        out.write(String.join(";", cells));
        out.write("\r\n");
      }
    }
  }

  private static String phone(Random r, int style) {
    int digits = r.nextInt(100_000_000);
    String national = "01" + String.format("%08d", digits);
    return switch (style) {
      case 0 -> national.replaceAll("(\\d{2})(?=\\d)", "$1 ");
      case 1 -> "+33" + national.substring(1);
      default -> national;
    };
  }

  /** A SIRET whose SIREN and whole number pass the Luhn check. */
  private static String siret(Random r) {
    String siren = luhnComplete(String.format("%08d", r.nextInt(100_000_000)));
    return luhnComplete(siren + String.format("%04d", r.nextInt(10_000)));
  }

  private static String luhnComplete(String digits) {
    for (int d = 0; d <= 9; d++) {
      String candidate = digits + d;
      if (luhn(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException();
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  private static String ascii(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  private static String option(List<String> args, String name, String fallback) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
  }
}
