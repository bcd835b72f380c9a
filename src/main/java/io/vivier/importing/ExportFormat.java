package io.vivier.importing;

import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The file formats people can be exported to. */
public enum ExportFormat {
  /**
   * CSV for Excel as sold in France: UTF-8 with a byte order mark (without it Excel reads
   * windows-1252 and breaks accents), {@code ;}-delimited (the list separator of French Windows),
   * CRLF line ends.
   */
  CSV_EXCEL("csv", "text/csv; charset=UTF-8"),
  /** RFC 4180 CSV for other tools: UTF-8 without BOM, {@code ,}-delimited, CRLF line ends. */
  CSV("csv", "text/csv; charset=UTF-8"),
  /** An Excel workbook with typed cells: numbers, dates, text. */
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  /** One JSON object per line, UTF-8, typed values (numbers, arrays, nested attributes). */
  JSONL("jsonl", "application/x-ndjson");

  private static final Map<String, ExportFormat> NAMES =
      Map.of(
          "csv", CSV,
          "csv-excel", CSV_EXCEL,
          "excel", CSV_EXCEL,
          "xlsx", XLSX,
          "jsonl", JSONL,
          "ndjson", JSONL);

  private final String extension;
  private final String mediaType;

  ExportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /**
   * The format a user named: csv, csv-excel (or excel), xlsx, jsonl (or ndjson); case and
   * surrounding spaces do not matter.
   *
   * @throws IllegalArgumentException naming the value and the choices
   */
  public static ExportFormat parse(String text) {
    String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    ExportFormat format = NAMES.get(name);
    if (format == null) {
      throw new IllegalArgumentException(
          "unknown export format '" + text + "'; choose one of " + String.join(", ", choices()));
    }
    return format;
  }

  /** The names {@link #parse} accepts, one per format. */
  public static List<String> choices() {
    return List.of("csv", "csv-excel", "xlsx", "jsonl");
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The HTTP Content-Type. */
  public String mediaType() {
    return mediaType;
  }

  /** Whether each value is one cell (CSV, XLSX), as opposed to typed JSON (JSONL). */
  public boolean tabular() {
    return this != JSONL;
  }

  /**
   * A writer of this format onto {@code out}, which it does not close. Dates are written as ISO-8601
   * instants in CSV and JSONL; in XLSX, whose dates have no time zone, as the local time in
   * {@code zone}.
   */
  public ExportWriter open(OutputStream out, ZoneId zone) {
    return switch (this) {
      case CSV_EXCEL -> ExportCsvWriter.excel(out);
      case CSV -> ExportCsvWriter.rfc4180(out);
      case XLSX -> new ExportXlsxWriter(out, zone);
      case JSONL -> new ExportJsonlWriter(out);
    };
  }
}
