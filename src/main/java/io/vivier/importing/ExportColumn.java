package io.vivier.importing;

import java.util.function.Function;

/**
 * One column of an export: its header and how its value is taken from a record (and translated
 * for the target tool where it needs it).
 *
 * @param value a typed value as {@link ExportWriter#row} takes them; null for empty
 */
public record ExportColumn(String header, Function<ExportRecord, Object> value) {

  /** A canonical field written as it is, under its own name. */
  public static ExportColumn field(String name) {
    return new ExportColumn(name, record -> record.get(name));
  }

  /** A canonical field written as it is, under another header. */
  public static ExportColumn field(String name, String header) {
    return new ExportColumn(header, record -> record.get(name));
  }
}
