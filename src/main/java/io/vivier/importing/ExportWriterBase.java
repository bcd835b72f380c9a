package io.vivier.importing;

import java.util.List;

/** The call-order and row-width checks every {@link ExportWriter} makes. */
abstract class ExportWriterBase implements ExportWriter {

  private int width = -1;

  @Override
  public final void header(List<String> names) {
    if (width >= 0) {
      throw new IllegalStateException("the header is already written");
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("an export needs at least one column");
    }
    width = names.size();
    writeHeader(names);
  }

  @Override
  public final void row(List<?> values) {
    if (width < 0) {
      throw new IllegalStateException("write the header before the rows");
    }
    if (values.size() != width) {
      throw new IllegalArgumentException(
          "a row has " + values.size() + " values for " + width + " columns");
    }
    writeRow(values);
  }

  abstract void writeHeader(List<String> names);

  abstract void writeRow(List<?> values);
}
