package io.vivier.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small datasets written inline for tests: a header of "column:type" and rows of values. */
final class TestRecords {

  private TestRecords() {}

  /** Columns "name:type" (types as {@link FieldType#parse} reads them); each row's id is its index. */
  static Dataset of(String header, String[]... rows) {
    List<Column> columns = new ArrayList<>();
    for (String column : header.split(",")) {
      String[] parts = column.split(":");
      columns.add(new Column(parts[0], FieldType.parse(parts[1]), "test"));
    }
    List<Record> records = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      records.add(new Record(Integer.toString(i), Arrays.asList(rows[i])));
    }
    return new Dataset(new Schema(columns), records);
  }

  static PreparedRecords prepared(String header, String[]... rows) {
    return PreparedRecords.of(of(header, rows));
  }

  static String[] row(String... values) {
    return values;
  }

  /** The level name of the first comparison of the schema between records a and b. */
  static String level(PreparedRecords records, int a, int b) {
    Comparison comparison = Comparisons.forSchema(records.schema()).get(0);
    int level = comparison.level(records, a, b);
    return level == Comparison.MISSING ? "missing" : comparison.levels().get(level);
  }
}
