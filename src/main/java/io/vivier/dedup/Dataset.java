package io.vivier.dedup;

import java.util.List;

/** Records that share a schema: one file to deduplicate, or one side of a linkage. */
public record Dataset(Schema schema, List<Record> records) {

  public Dataset {
    records = List.copyOf(records);
  }

  public int size() {
    return records.size();
  }
}
