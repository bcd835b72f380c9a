package io.vivier.bench;

import io.vivier.importing.ExportFormat;
import io.vivier.importing.ExportProfile;
import io.vivier.importing.ExportRecord;
import io.vivier.importing.ExportWriter;
import io.vivier.prospect.Company;
import io.vivier.prospect.CompanyField;
import io.vivier.prospect.Person;
import io.vivier.prospect.PersonField;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How fast the export writers stream people, and that memory stays flat: each format writes the
 * canonical profile of {@code --people} generated people (one custom attribute) to a stream that
 * only counts bytes, so the figures are the writers' own, without database or disk.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=io.vivier.bench.ExportBenchmark \
 *     -Dexec.args="--people 1000000"
 * </pre>
 *
 * Run with a small heap (MAVEN_OPTS=-Xmx64m) to check that nothing grows with the row count.
 */
public final class ExportBenchmark {

  private static final String[] FIRST = {"Jean", "Marie", "Hélène", "François", "Camille", "Élodie", "Inès"};
  private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard"};
  private static final String[] STAGES = {"LEAD", "MQL", "SQL", "OPPORTUNITY", "CUSTOMER", "NURTURE"};

  public static void main(String[] args) {
    int people = args.length == 2 && args[0].equals("--people") ? Integer.parseInt(args[1]) : 1_000_000;
    for (ExportFormat format : ExportFormat.values()) {
      run(format, people);
    }
  }

  private static void run(ExportFormat format, int people) {
    Counter out = new Counter();
    ExportProfile profile = ExportProfile.canonical().forFormat(format, List.of("budget"));
    Company company = company();
    long start = System.nanoTime();
    try (ExportWriter writer = format.open(out, ZoneId.of("Europe/Paris"))) {
      writer.header(profile.headers());
      for (int i = 0; i < people; i++) {
        writer.row(profile.values(ExportRecord.of(person(i), company)));
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    Runtime runtime = Runtime.getRuntime();
    System.out.printf("%-9s %,d people: %,d ms, %,d rows/s, %,d MB written, heap in use %,d MB of %,d MB%n",
        format, people, millis, people * 1000L / Math.max(1, millis), out.bytes >> 20,
        (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
  }

  private static Person person(int i) {
    Map<PersonField, Object> values = new EnumMap<>(PersonField.class);
    values.put(PersonField.FIRST_NAME, FIRST[i % FIRST.length]);
    values.put(PersonField.LAST_NAME, LAST[i % LAST.length]);
    values.put(PersonField.EMAIL, "contact" + i + "@exemple.fr");
    values.put(PersonField.PHONE, "+3314" + (1000_0000 + i % 9000_0000));
    values.put(PersonField.MOBILE, "+336" + (1000_0000 + i % 9000_0000));
    values.put(PersonField.JOB_TITLE, "Directeur commercial");
    values.put(PersonField.CITY, "Lyon");
    values.put(PersonField.POSTCODE, "69002");
    values.put(PersonField.COUNTRY, "FR");
    values.put(PersonField.OWNER, "paul");
    values.put(PersonField.STAGE, STAGES[i % STAGES.length]);
    values.put(PersonField.SCORE, (long) (i % 100));
    values.put(PersonField.TAGS, List.of("salon", "vip"));
    values.put(PersonField.CONSENT_EMAIL, "granted");
    values.put(PersonField.ATTRIBUTES, Map.of("budget", i % 50_000));
    Instant created = Instant.ofEpochSecond(1_700_000_000L + i);
    return new Person(i, 1, values, new Person.CompanyRef(1, "Acme"), created, created, null);
  }

  private static Company company() {
    Map<CompanyField, Object> values = new EnumMap<>(CompanyField.class);
    values.put(CompanyField.NAME, "Acme");
    values.put(CompanyField.DOMAIN, "acme.fr");
    values.put(CompanyField.SIREN, "732829320");
    values.put(CompanyField.EMPLOYEES, 250L);
    values.put(CompanyField.REVENUE, 42_000_000L);
    values.put(CompanyField.TECHNOLOGIES, List.of("Java", "PostgreSQL"));
    return new Company(1, 1, values, 1, Instant.EPOCH, Instant.EPOCH);
  }

  /** Counts what is written and keeps nothing. */
  private static final class Counter extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int offset, int length) {
      bytes += length;
    }
  }
}
