package io.vivier.dedup;

import java.util.List;

/**
 * One record to match: its id and its raw values, in the order of the {@link Schema}'s columns
 * (null or blank for no value). Values are kept as given; {@link PreparedRecords} normalises them.
 */
public record Record(String id, List<String> values) {

  public Record {
    values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
  }

  public String value(int column) {
    return column < values.size() ? values.get(column) : null;
  }
}
