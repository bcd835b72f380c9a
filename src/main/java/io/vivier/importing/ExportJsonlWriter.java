package io.vivier.importing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines: one object per record, keys in header order, values typed (numbers, booleans, arrays,
 * nested objects; dates as ISO-8601 strings; null for empty). Nothing is neutralised: JSON is not
 * read by spreadsheets, and the values stay exactly as stored.
 */
final class ExportJsonlWriter extends ExportWriterBase {

  private final OutputStream out;
  private List<String> keys;

  ExportJsonlWriter(OutputStream out) {
    this.out = new BufferedOutputStream(new ExportKeepOpenStream(out), 64 * 1024);
  }

  @Override
  void writeHeader(List<String> names) {
    if (names.stream().distinct().count() != names.size()) {
      throw new IllegalArgumentException("JSON keys must be unique: " + names);
    }
    keys = List.copyOf(names);
  }

  @Override
  void writeRow(List<?> values) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      Object value = values.get(i);
      object.put(keys.get(i), value instanceof TemporalAccessor ? value.toString() : value);
    }
    try {
      out.write(ExportValues.JSON.writeValueAsBytes(object));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
