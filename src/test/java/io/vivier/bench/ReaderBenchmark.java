package io.vivier.bench;

import io.vivier.importing.CsvReader;
import io.vivier.importing.RawRow;
import io.vivier.importing.TabularReader;
import io.vivier.importing.XlsxReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * How fast the import readers go through large files: a French prospect file of 15 columns, as
 * CSV (windows-1252 with ';' and CRLF like French Excel writes it, and UTF-8 with ',') and as XLSX.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=io.vivier.bench.ReaderBenchmark \
 *     -Dexec.args="--rows 1000000 --xlsx-rows 200000"
 * </pre>
 *
 * The files are generated (seeded) under target/bench on the first run and reused afterwards. Each
 * file is read 3 times; the best run is printed with its open time (detection, and for XLSX the
 * ZIP bomb check), its rows per second, and the heap the reader retains half-way through the file
 * (measured after a full GC at row 100,000, so the garbage of reading is not counted).
 */
public final class ReaderBenchmark {

  private static final String[] FIRST = {"Jean", "Marie", "Hélène", "François", "Camille", "Nicolas", "Sophie",
      "Thomas", "Julie", "Pierre", "Claire", "Antoine", "Élodie", "Gérard", "Inès", "Louis", "Zoé", "Noël"};
  private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
      "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Fournier", "Girard", "Bézier"};
  private static final String[] CITIES = {"Paris", "Lyon", "Lille", "Nantes", "Bordeaux", "Toulouse", "Rennes",
      "Orléans", "Besançon", "Nîmes", "Saint-Étienne", "Aix-en-Provence"};
  private static final String[] TITLES = {"Directeur commercial", "Responsable marketing", "Gérant",
      "Chargée d'affaires", "Directrice générale", "Acheteur", "Responsable des achats", "DSI"};
  private static final String[] FORMS = {"SAS", "SARL", "SA", "EURL", "SASU"};
  private static final String[] SOURCES = {"Salon", "Site web", "Fichier acheté", "Recommandation", "LinkedIn"};
  private static final String[] HEADER = {"Prénom", "Nom", "Email", "Téléphone", "Mobile", "Fonction", "Société",
      "SIRET", "Code NAF", "Effectif", "Adresse", "Code postal", "Ville", "Source", "Date de création"};

  private ReaderBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> arguments = Arrays.asList(args);
    int rows = Integer.parseInt(option(arguments, "--rows", "1000000"));
    int xlsxRows = Integer.parseInt(option(arguments, "--xlsx-rows", "200000"));
    Path dir = Path.of(option(arguments, "--dir", "target/bench")).toAbsolutePath();
    Files.createDirectories(dir);

    Path windows = dir.resolve("prospects-" + rows + "-windows1252.csv");
    Path utf8 = dir.resolve("prospects-" + rows + "-utf8.csv");
    Path xlsx = dir.resolve("prospects-" + xlsxRows + ".xlsx");
    writeCsvIfMissing(windows, rows, Charset.forName("windows-1252"), ';', "\r\n");
    writeCsvIfMissing(utf8, rows, StandardCharsets.UTF_8, ',', "\n");
    writeXlsxIfMissing(xlsx, xlsxRows);

    System.out.printf("Java %s, max heap %d MiB%n", System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
    measure(windows, () -> CsvReader.open(windows));
    measure(utf8, () -> CsvReader.open(utf8));
    measure(xlsx, () -> XlsxReader.open(xlsx));
  }

  private static void measure(Path file, Supplier<TabularReader> opener) throws IOException {
    long size = Files.size(file);
    Result best = null;
    for (int run = 0; run < 3; run++) {
      Result result = read(opener);
      if (best == null || result.totalNanos < best.totalNanos) {
        best = result;
      }
    }
    System.out.printf("%-40s %7.1f MiB  %s%n", file.getFileName(), size / 1048576.0, best.description);
    System.out.printf("    %,d rows in %.2f s (open %.2f s): %,.0f rows/s, %.0f MiB/s; heap retained mid-file %,d KiB%n",
        best.rows, best.totalNanos / 1e9, best.openNanos / 1e9, best.rows / (best.totalNanos / 1e9),
        size / 1048576.0 / (best.totalNanos / 1e9), best.retainedBytes >> 10);
  }

  private static Result read(Supplier<TabularReader> opener) {
    System.gc();
    long baseline = usedHeap();
    long start = System.nanoTime();
    long rows = 0;
    long opened;
    long paused = 0;
    long retained = 0;
    String description;
    long cells = 0;
    try (TabularReader reader = opener.get()) {
      opened = System.nanoTime();
      description = reader.description();
      for (RawRow row = reader.next(); row != null; row = reader.next()) {
        rows++;
        cells += row.cells().size();
        if (rows == 100_000) {
          long pause = System.nanoTime();
          System.gc();
          retained = usedHeap() - baseline;
          paused = System.nanoTime() - pause;
        }
      }
    }
    if (cells == 0) {
      throw new IllegalStateException("no cells read");
    }
    long end = System.nanoTime();
    return new Result(description, rows, opened - start, end - start - paused, retained);
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private record Result(String description, long rows, long openNanos, long totalNanos, long retainedBytes) {}

  private static void writeCsvIfMissing(Path file, int rows, Charset charset, char delimiter, String newline)
      throws IOException {
    if (Files.exists(file)) {
      return;
    }
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    SplittableRandom random = new SplittableRandom(42);
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(partial, charset), 1 << 16)) {
      out.write(String.join(String.valueOf(delimiter), HEADER));
      out.write(newline);
      for (int i = 0; i < rows; i++) {
        String[] cells = prospect(random, i);
        for (int c = 0; c < cells.length; c++) {
          if (c > 0) {
            out.write(delimiter);
          }
          out.write(quote(cells[c], delimiter));
        }
        out.write(newline);
      }
    }
    Files.move(partial, file);
  }

  private static void writeXlsxIfMissing(Path file, int rows) throws IOException {
    if (Files.exists(file)) {
      return;
    }
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    SplittableRandom random = new SplittableRandom(42);
    try (OutputStream out = Files.newOutputStream(partial)) {
      Workbook workbook = new Workbook(out, "Vivier bench", "1.0");
      Worksheet sheet = workbook.newWorksheet("Prospects");
      for (int c = 0; c < HEADER.length; c++) {
        sheet.value(0, c, HEADER[c]);
      }
      for (int i = 0; i < rows; i++) {
        String[] cells = prospect(random, i);
        int r = i + 1;
        for (int c = 0; c < cells.length; c++) {
          if (c == 4 || c == 7 || c == 9) {
            sheet.value(r, c, Long.parseLong(cells[c].replace(" ", "")));
          } else if (c == 14) {
            sheet.value(r, c, LocalDate.parse(cells[c]));
            sheet.style(r, c).format("dd/mm/yyyy").set();
          } else {
            sheet.value(r, c, cells[c]);
          }
        }
        if (r % 10_000 == 0) {
          sheet.flush();
        }
      }
      workbook.finish();
    }
    Files.move(partial, file);
  }

  /** A made-up prospect: 15 cells, with accents, a company name holding a comma now and then. */
  private static String[] prospect(SplittableRandom random, int i) {
    String first = FIRST[random.nextInt(FIRST.length)];
    String last = LAST[random.nextInt(LAST.length)];
    String company = LAST[random.nextInt(LAST.length)] + (random.nextInt(5) == 0 ? ", Fils & Cie " : " ")
        + FORMS[random.nextInt(FORMS.length)];
    String siren = String.format("%09d", random.nextInt(1_000_000_000));
    return new String[] {
        first,
        last,
        ascii(first) + "." + ascii(last) + i + "@exemple-" + (i % 997) + ".fr",
        String.format("01 %02d %02d %02d %02d", random.nextInt(100), random.nextInt(100), random.nextInt(100),
            random.nextInt(100)),
        "336" + String.format("%08d", random.nextInt(100_000_000)),
        TITLES[random.nextInt(TITLES.length)],
        company,
        siren + String.format("%05d", random.nextInt(100_000)),
        String.format("%02d.%02d%c", random.nextInt(100), random.nextInt(100), (char) ('A' + random.nextInt(26))),
        String.valueOf(1 + random.nextInt(5000)),
        (1 + random.nextInt(200)) + " rue de la " + (random.nextBoolean() ? "République" : "Gare"),
        String.format("%05d", 1000 + random.nextInt(95_000)),
        CITIES[random.nextInt(CITIES.length)],
        SOURCES[random.nextInt(SOURCES.length)],
        LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650)).toString()};
  }

  private static String ascii(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static String quote(String cell, char delimiter) {
    return cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0 ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  private static String option(List<String> args, String name, String fallback) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
  }
}
