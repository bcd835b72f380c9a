package io.vivier.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet through fastexcel's streaming writer. Cells are typed: numbers as numbers, dates as
 * Excel dates with a date format, booleans as booleans, everything else (phones, postcodes, tags,
 * attributes as JSON) as inline text cells, which Excel never evaluates and which keep memory flat
 * (no shared-strings table). Text is still neutralised, since users save sheets as CSV.
 */
final class ExportXlsxWriter extends ExportWriterBase {

  /** Rows below the header one sheet can hold. */
  static final int MAX_DATA_ROWS = Worksheet.MAX_ROWS - 1;

  static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
  static final String DATE_FORMAT = "yyyy-mm-dd";

  // rows are kept in memory until flushed to the zip stream
  private static final int FLUSH_EVERY = 1_000;
  // Excel keeps 15 significant digits; longer numbers are written as text rather than rounded
  private static final int EXCEL_DIGITS = 15;
  // from here Excel's General format switches to 1E+11
  private static final double SCIENTIFIC_FROM = 1e11;

  private final Workbook workbook;
  private final Worksheet sheet;
  private final ZoneId zone;
  private int row;

  ExportXlsxWriter(OutputStream out, ZoneId zone) {
    this.zone = zone;
    this.workbook = new Workbook(new ExportKeepOpenStream(out), "Vivier", "1.0");
    this.sheet = workbook.newWorksheet("Export");
  }

  @Override
  void writeHeader(List<String> names) {
    for (int column = 0; column < names.size(); column++) {
      sheet.inlineString(0, column, Cells.neutralise(names.get(column)));
      sheet.style(0, column).bold().set();
    }
    sheet.freezePane(0, 1);
    row = 1;
  }

  @Override
  void writeRow(List<?> values) {
    if (row > MAX_DATA_ROWS) {
      throw new IllegalStateException(
          "an XLSX sheet holds at most " + MAX_DATA_ROWS + " rows; export to CSV or JSONL instead");
    }
    for (int column = 0; column < values.size(); column++) {
      write(column, values.get(column));
    }
    row++;
    if (row % FLUSH_EVERY == 0) {
      try {
        sheet.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void write(int column, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Instant instant) {
      sheet.value(row, column, LocalDateTime.ofInstant(instant, zone));
      sheet.style(row, column).format(DATE_TIME_FORMAT).set();
    } else if (value instanceof LocalDate date) {
      sheet.value(row, column, date);
      sheet.style(row, column).format(DATE_FORMAT).set();
    } else if (value instanceof Boolean bool) {
      sheet.value(row, column, bool);
    } else if (value instanceof Number number && exact(number)) {
      sheet.value(row, column, number);
      if (Math.abs(number.doubleValue()) >= SCIENTIFIC_FROM) {
        sheet.style(row, column).format("0").set();
      }
    } else {
      sheet.inlineString(row, column, ExportValues.cell(value));
    }
  }

  private static boolean exact(Number number) {
    if (number instanceof Double || number instanceof Float) {
      return true;
    }
    return new BigDecimal(number.toString()).stripTrailingZeros().precision() <= EXCEL_DIGITS;
  }

  @Override
  public void close() {
    try {
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
