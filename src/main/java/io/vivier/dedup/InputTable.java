package io.vivier.dedup;

import io.vivier.importing.RawRow;
import io.vivier.importing.Readers;
import io.vivier.importing.TabularReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A file read whole for matching, through the import readers (CSV with detected encoding and
 * delimiter and quoted newlines, XLSX, JSON lines), and turned into a {@link Dataset}. Bad input is
 * reported as {@link IllegalArgumentException} with a message that names the file and says what
 * is wrong.
 *
 * @param name the file's name, for messages
 * @param header the column names
 * @param rows the data rows, in file order
 * @param description what the reader detected ("CSV, ','-delimited, UTF-8")
 */
public record InputTable(String name, List<String> header, List<RawRow> rows, String description) {

  // Enough rows to judge a column's content, few enough to stay instant.
  private static final int SAMPLE = 5_000;

  public static InputTable read(Path file) {
    String name = file.getFileName().toString();
    try (TabularReader reader = Readers.open(file, Readers.ReadOptions.DEFAULTS)) {
      List<String> header = reader.header();
      List<RawRow> rows = new ArrayList<>();
      for (RawRow row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
      if (header.size() < 2) {
        throw new IllegalArgumentException(name + ": only one column (" + (header.isEmpty() ? "none" : "'" + header.get(0) + "'")
            + "); matching needs records with several fields: check the delimiter");
      }
      if (rows.isEmpty()) {
        throw new IllegalArgumentException(name + ": no data rows after the header");
      }
      return new InputTable(name, header, rows, reader.description());
    }
  }

  /** Index of the named column (exact, then ignoring case), or -1. */
  public int column(String columnName) {
    int found = header.indexOf(columnName);
    if (found < 0) {
      for (int c = 0; c < header.size(); c++) {
        if (header.get(c).equalsIgnoreCase(columnName.strip())) {
          return c;
        }
      }
    }
    return found;
  }

  /**
   * The id column: the one named, or one guessed from an id-like header with unique values, or -1
   * when none (records are then named by their line number in the file).
   *
   * @throws IllegalArgumentException when the named column does not exist
   */
  public int idColumn(String idColumnName) {
    if (idColumnName == null) {
      return ColumnTypes.guessIdColumn(header, sample());
    }
    int c = column(idColumnName);
    if (c < 0) {
      throw new IllegalArgumentException(name + ": no column '" + idColumnName + "' for the ids (columns: " + String.join(", ", header) + ")");
    }
    return c;
  }

  /** The schema guessed from this table, with the user's types over the guesses. */
  public Schema schema(int idColumn, Map<String, FieldType> given) {
    for (String column : given.keySet()) {
      if (column(column) < 0) {
        throw new IllegalArgumentException(name + ": --map names a column '" + column + "' that the file does not have (columns: "
            + String.join(", ", header) + ")");
      }
    }
    return ColumnTypes.guess(header, sample(), given, idColumn);
  }

  /**
   * The records of this table in the given schema's column order (matched by name, so a second
   * file may order its columns differently; a column it lacks is empty).
   */
  public Dataset dataset(Schema schema, int idColumn) {
    int[] source = new int[schema.size()];
    for (int c = 0; c < schema.size(); c++) {
      source[c] = column(schema.columns().get(c).name());
    }
    List<Record> records = new ArrayList<>(rows.size());
    for (RawRow row : rows) {
      List<String> values = new ArrayList<>(source.length);
      for (int s : source) {
        values.add(s >= 0 && s < row.cells().size() ? row.cells().get(s) : null);
      }
      String id = idColumn >= 0 && idColumn < row.cells().size() ? row.cells().get(idColumn) : "line " + row.number();
      records.add(new Record(id == null ? "" : id.strip(), values));
    }
    return new Dataset(schema, records);
  }

  private List<List<String>> sample() {
    return rows.subList(0, Math.min(SAMPLE, rows.size())).stream().map(RawRow::cells).toList();
  }
}
