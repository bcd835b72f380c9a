package io.vivier.dedup;

import java.util.ArrayList;
import java.util.List;

/** The columns of the records being matched and their types. */
public record Schema(List<Column> columns) {

  public Schema {
    columns = List.copyOf(columns);
  }

  public int size() {
    return columns.size();
  }

  public FieldType type(int column) {
    return columns.get(column).type();
  }

  /** Index of the first column of that type, or -1. */
  public int first(FieldType type) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).type() == type) {
        return i;
      }
    }
    return -1;
  }

  /** Indexes of the columns of that type, in order. */
  public List<Integer> all(FieldType type) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).type() == type) {
        found.add(i);
      }
    }
    return found;
  }
}
