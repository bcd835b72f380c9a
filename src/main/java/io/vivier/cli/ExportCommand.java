package io.vivier.cli;

import io.vivier.importing.ExportFormat;
import io.vivier.importing.ExportProfile;
import io.vivier.importing.Exporter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export people with their company's fields to CSV, Excel (.xlsx) or JSON lines.",
      "People who objected (e-mail or phone consent denied or withdrawn) are left out unless --include-opposed is given;"
          + " every export is recorded in the audit log. Cells a spreadsheet would run as formulas are made inert.",
      "An export in the canonical profile imports back unchanged: 'vivier import FILE'."
    })
public class ExportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();
  @Mixin JsonOption json = new JsonOption();

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "csv (UTF-8, ','), csv-excel (UTF-8 with BOM, ';', for French Excel), xlsx or jsonl"
          + " (default: from the file's extension, else csv-excel).")
  String format;

  @Option(names = "--profile", paramLabel = "NAME", description = "Columns: canonical (default), hubspot or salesforce.")
  String profile = "canonical";

  @Option(names = "--columns", paramLabel = "a,b,…", split = ",", description = "Choose the columns by canonical name (id, email, company_name, attr.budget…).")
  List<String> columns;

  @Option(names = "--ids", paramLabel = "1,2,…", split = ",", description = "Export these people only (default: everybody).")
  List<Long> ids;

  @Option(names = "--segment", paramLabel = "FILTER",
      description = "Export the people a filter (docs/FILTERS.md) or a saved segment (segment = \"name\") holds, by id.")
  String segment;

  @Option(names = "--include-opposed", description = "Include people who objected to being contacted (recorded in the audit log).")
  boolean includeOpposed;

  @Option(names = "--as", paramLabel = "USER", description = "Who exports, for the audit log (default: cli:<your login>).")
  String actor;

  @Override
  public Integer call() throws IOException {
    ExportFormat exportFormat;
    ExportProfile exportProfile;
    try {
      exportFormat = format != null ? ExportFormat.parse(format) : fromExtension(out);
      exportProfile = columns != null ? ExportProfile.columns(columns) : ExportProfile.named(profile);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    long started = System.nanoTime();
    Path parent = out.toAbsolutePath().getParent();
    Path partial = Files.createTempFile(parent, ".vivier-export-", ".part");
    Exporter.Result result;
    try (var context = CliContext.open(database)) {
      List<Long> chosen = ids == null ? null : new ArrayList<>(ids);
      if (segment != null) {
        if (chosen != null) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--segment and --ids: give one or the other");
        }
        chosen = java.util.Arrays.stream(context.getBean(io.vivier.segment.Segments.class).ids(segment)).boxed().toList();
      }
      List<Long> exported = chosen;
      try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
        result = context.getBean(Exporter.class).export(new Exporter.Request(exportFormat, exportProfile, exported,
            includeOpposed, ZoneId.systemDefault(), actor != null ? actor : "cli:" + System.getProperty("user.name", "unknown")), stream);
      }
      Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("file", out.toString());
    summary.put("format", exportFormat.name().toLowerCase(Locale.ROOT));
    summary.put("rows", result.rows());
    summary.put("left_out_opposed", result.leftOutOpposed());
    summary.put("seconds", Math.round(seconds * 10) / 10.0);
    json.print(summary, () -> {
      System.out.printf(Locale.ROOT, "Exported %,d people to %s in %.1f s.%n", result.rows(), out, seconds);
      if (result.leftOutOpposed() > 0) {
        System.out.printf(Locale.ROOT, "%,d people who objected were left out (--include-opposed to include them).%n", result.leftOutOpposed());
      }
    });
    return 0;
  }

  private static ExportFormat fromExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return ExportFormat.XLSX;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return ExportFormat.JSONL;
    }
    return ExportFormat.CSV_EXCEL;
  }
}
