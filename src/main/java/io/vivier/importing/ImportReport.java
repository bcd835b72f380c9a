package io.vivier.importing;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report of an import: each rejected row and each row with warnings, as read, after three
 * columns saying where and why ({@code vivier_row}, {@code vivier_status}, {@code vivier_issues}).
 * UTF-8 with a BOM and ';' so French Excel opens it; once corrected it can be imported again as
 * it is (the {@code vivier_} columns are ignored on import). Cells that a spreadsheet would run as
 * formulas are made inert (see {@link Cells}).
 */
public final class ImportReport implements AutoCloseable {

  public static final List<String> COLUMNS = List.of("vivier_row", "vivier_status", "vivier_issues");

  private final CsvWriter csv;
  private final BufferedWriter writer;
  private final int width;
  private long rows;

  public ImportReport(OutputStream out, List<String> header) {
    writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    try {
      writer.write('\uFEFF');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(writer);
    width = header.size();
    List<String> first = new ArrayList<>(COLUMNS);
    first.addAll(header);
    csv.writeRecord(first);
  }

  public void add(ImportBatches.Issue issue) {
    List<String> record = new ArrayList<>(3 + Math.max(width, issue.cells().size()));
    record.add(Long.toString(issue.row()));
    record.add(issue.rejected() ? "rejected" : "warning");
    record.add(issue.issues().stream().map(RowIssue::describe).collect(Collectors.joining(" | ")));
    for (String cell : issue.cells()) {
      record.add(Cells.neutralise(cell));
    }
    csv.writeRecord(record);
    rows++;
  }

  /** Rows written, the header not counted. */
  public long rows() {
    return rows;
  }

  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the report of a recorded batch; its header comes from the batch's mapping. */
  public static long write(ImportBatches batches, long batchId, List<String> header, OutputStream out) {
    try (ImportReport report = new ImportReport(out, header)) {
      batches.forEachIssue(batchId, report::add);
      return report.rows();
    }
  }
}
