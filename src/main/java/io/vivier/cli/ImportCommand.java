package io.vivier.cli;

import io.vivier.importing.ColumnMapping;
import io.vivier.importing.ImportBatch;
import io.vivier.importing.ImportBatches;
import io.vivier.importing.ImportJson;
import io.vivier.importing.ImportOptions;
import io.vivier.importing.ImportReport;
import io.vivier.importing.ImportResult;
import io.vivier.importing.ImportUndo;
import io.vivier.importing.Importer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import prospects from a CSV, Excel (.xlsx) or JSON lines file.",
      "Headers are mapped to Vivier's fields automatically (French, English, HubSpot, Salesforce, Pipedrive, Sales Navigator);"
          + " unknown columns are kept as custom attributes. Rows that match a prospect already in the base"
          + " (same e-mail, phone, or name within the same company) update it instead of adding a duplicate.",
      "Every import is a batch: see them with 'vivier import list', undo one with 'vivier import undo BATCH'."
    },
    subcommands = {ImportCommand.ListBatches.class, ImportCommand.Undo.class, ImportCommand.Report.class, ImportCommand.Profiles.class})
public class ImportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();
  @Mixin JsonOption json = new JsonOption();

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The file to import (.csv, .txt, .tsv, .xlsx, .jsonl).")
  Path file;

  @Option(names = "--map", paramLabel = "\"COL=field,…\"",
      description = "Map columns yourself, over the automatic mapping: \"Nom=last_name,Col 7=ignore,Budget=attribute:budget\".")
  String map;

  @Option(names = "--profile", paramLabel = "NAME", description = "Start from a saved mapping profile.")
  String profile;

  @Option(names = "--save-profile", paramLabel = "NAME", description = "Save the mapping used under this name, for files of the same shape.")
  String saveProfile;

  @Option(names = "--source", paramLabel = "NAME", description = "Source of these prospects (e.g. \"Salon VivaTech 2026\"), where a row gives none.")
  String source;

  @Option(names = "--default-country", paramLabel = "CC",
      description = "Country used to read phone numbers written without +code when the row gives no country (default: ${DEFAULT-VALUE}).")
  String defaultCountry = "FR";

  @Option(names = "--policy", paramLabel = "fill|overwrite|newest",
      description = "When a row matches a prospect: fill its empty fields only (default), overwrite them, or let the newest data win.")
  String policy = "fill";

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "When the file's data was true (YYYY-MM-DD), for --policy newest (default: the file's modification time).")
  String asOf;

  @Option(names = "--dry-run", description = "Read, check and match everything, print what would happen, write nothing.")
  boolean dryRun;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Write rejected rows and warnings to this CSV (the rows as read, with row number and reason; re-importable once corrected).")
  Path report;

  @Option(names = "--sheet", paramLabel = "NAME", description = "Sheet of an Excel workbook (default: the first).")
  String sheet;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of a CSV file (default: detected; UTF-8 or Windows-1252).")
  String encoding;

  @Option(names = "--delimiter", paramLabel = "C", description = "Delimiter of a CSV file (default: detected among , ; tab |). Use \\t for tab.")
  String delimiter;

  @Option(names = "--as", paramLabel = "USER", description = "Who imports, for the audit log (default: cli:<your login>).")
  String actor;

  @Override
  public Integer call() {
    if (file == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing FILE: vivier import FILE, or vivier import list|undo|report|profiles");
    }
    if (!Files.isRegularFile(file)) {
      throw new UserInputException(file + ": no such file");
    }
    ImportOptions options = options();
    PrintStream err = System.err;
    try (var context = CliContext.open(database)) {
      Importer importer = context.getBean(Importer.class);
      ImportResult result;
      try (ReportFile reportFile = ReportFile.open(report, importer, file, options)) {
        result = importer.run(file, options, new ProgressBar(err, dryRun ? "checking" : "importing"), reportFile::add);
      }
      err.println();
      json.print(ImportJson.result(result), () -> printSummary(result));
    }
    return 0;
  }

  private ImportOptions options() {
    String who = actor != null ? actor : "cli:" + System.getProperty("user.name", "unknown");
    try {
      return ImportOptions.parse(file.getFileName().toString(), policy, source, defaultCountry, map, profile, saveProfile, sheet,
          encoding, delimiter, asOf, dryRun, who);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void printSummary(ImportResult result) {
    ImportBatch.Counts c = result.counts();
    System.out.println((result.dryRun() ? "Dry run (nothing written) of " : "Imported ") + result.fileName() + " (" + result.description() + ")"
        + (result.batch() != null ? " as batch #" + result.batch() : ""));
    System.out.println("Columns:");
    for (ColumnMapping m : result.mapping()) {
      System.out.printf("  %-28s → %-24s %s%n", m.header(), m.targetName(), m.reason());
    }
    System.out.printf(Locale.ROOT, "Rows read %d: %d created, %d updated, %d merged into another row, %d unchanged, %d rejected; %d warnings.%n",
        c.read(), c.created(), c.updated(), c.merged(), c.unchanged(), c.rejected(), c.warnings());
    System.out.printf(Locale.ROOT, "Companies: %d created, %d updated. %.1f s, %,.0f rows/s.%n",
        c.companiesCreated(), c.companiesUpdated(), result.elapsed().toMillis() / 1000.0, result.rowsPerSecond());
    int shown = 0;
    for (ImportBatches.Issue issue : result.sampleIssues()) {
      if (shown++ == 10) {
        System.out.println("  …");
        break;
      }
      System.out.println("  row " + issue.row() + (issue.rejected() ? " rejected: " : ": ")
          + String.join(" | ", issue.issues().stream().map(i -> i.describe()).toList()));
    }
    if (report != null) {
      System.out.println("Report of rejected rows and warnings: " + report);
    } else if (c.rejected() + c.warnings() > 0 && result.batch() != null) {
      System.out.println("Full report: vivier import report " + result.batch() + " --out report.csv");
    }
    if (result.batch() != null) {
      System.out.println("Undo with: vivier import undo " + result.batch());
    }
  }

  /** A report file written as the import goes, or nothing. */
  private static final class ReportFile implements AutoCloseable {
    private final ImportReport report;

    private ReportFile(ImportReport report) {
      this.report = report;
    }

    static ReportFile open(Path path, Importer importer, Path file, ImportOptions options) {
      if (path == null) {
        return new ReportFile(null);
      }
      try {
        OutputStream out = Files.newOutputStream(path);
        return new ReportFile(new ImportReport(out, importer.preview(file, options, 0).header()));
      } catch (IOException e) {
        throw new UserInputException(path + ": cannot write the report: " + e.getMessage());
      }
    }

    void add(ImportBatches.Issue issue) {
      if (report != null) {
        report.add(issue);
      }
    }

    @Override
    public void close() {
      if (report != null) {
        report.close();
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List import batches, newest first.")
  static class ListBatches implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Option(names = "--limit", paramLabel = "N", description = "How many (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        List<ImportBatch> list = context.getBean(ImportBatches.class).list(Math.max(1, Math.min(limit, 1000)));
        json.print(list.stream().map(ImportJson::batch).toList(), () -> {
          if (list.isEmpty()) {
            System.out.println("No imports yet.");
          }
          for (ImportBatch b : list) {
            ImportBatch.Counts c = b.counts();
            System.out.printf(Locale.ROOT, "#%-5d %-9s %s  %s  read %d, created %d, updated %d, merged %d, rejected %d  (%s, %s)%n",
                b.id(), b.status(), b.startedAt(), b.fileName(), c.read(), c.created(), c.updated(), c.merged(), c.rejected(),
                b.policy().name().toLowerCase(Locale.ROOT), b.createdBy());
            if (b.error() != null) {
              System.out.println("       " + b.error());
            }
          }
        });
      }
      return 0;
    }
  }

  @Command(name = "undo", mixinStandardHelpOptions = true,
      description = {"Undo an import: delete what it created, give what it updated its values from before.",
          "Records changed since the import are kept as they are and listed."})
  static class Undo implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Parameters(paramLabel = "BATCH", description = "The batch number, as 'vivier import list' shows it.")
    long batch;

    @Option(names = "--as", paramLabel = "USER", description = "Who undoes, for the audit log.")
    String actor;

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        ImportUndo.Result r = context.getBean(ImportUndo.class).undo(batch, actor != null ? actor : "cli:" + System.getProperty("user.name", "unknown"));
        json.print(r, () -> {
          System.out.printf("Import #%d undone: %d people deleted, %d restored; %d companies deleted, %d restored.%n",
              r.batch(), r.peopleDeleted(), r.peopleRestored(), r.companiesDeleted(), r.companiesRestored());
          if (!r.conflicts().isEmpty()) {
            System.out.println(r.conflicts().size() + " records changed since the import were kept:");
            r.conflicts().stream().limit(50).forEach(c -> System.out.println("  " + c));
          }
        });
      }
      return 0;
    }
  }

  @Command(name = "report", mixinStandardHelpOptions = true,
      description = "Write the rejected rows and warnings of an import to a CSV file (re-importable once corrected).")
  static class Report implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();

    @Parameters(paramLabel = "BATCH") long batch;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The CSV file to write.")
    Path out;

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        ImportBatches batches = context.getBean(ImportBatches.class);
        ImportBatch b = batches.find(batch).orElseThrow(() -> new UserInputException("no import batch #" + batch));
        long rows;
        try (OutputStream stream = Files.newOutputStream(out)) {
          rows = ImportReport.write(batches, batch, Importer.header(b), stream);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        System.err.println(rows + " rows written to " + out);
      }
      return 0;
    }
  }

  @Command(name = "profiles", mixinStandardHelpOptions = true, description = "List saved mapping profiles.")
  static class Profiles implements Callable<Integer> {
    @Mixin DatabaseOptions database = new DatabaseOptions();
    @Mixin JsonOption json = new JsonOption();

    @Override
    public Integer call() {
      try (var context = CliContext.open(database)) {
        List<ImportBatches.Profile> profiles = context.getBean(ImportBatches.class).profiles();
        json.print(profiles, () -> {
          if (profiles.isEmpty()) {
            System.out.println("No mapping profiles yet: save one with 'vivier import FILE --save-profile NAME'.");
          }
          for (ImportBatches.Profile p : profiles) {
            System.out.println(p.name() + " (" + p.mapping().size() + " columns, by " + p.createdBy() + ", " + p.updatedAt() + ")");
            p.mapping().forEach((k, v) -> System.out.println("  " + k + " → " + v));
          }
        });
      }
      return 0;
    }
  }
}
