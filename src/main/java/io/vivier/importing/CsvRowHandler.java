package io.vivier.importing;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.Arrays;
import java.util.Collections;

/**
 * Turns FastCSV's callbacks into {@link RawRow}s, skipping rows whose cells are all blank, and
 * enforces the size limits that keep a malformed file from filling the memory.
 */
final class CsvRowHandler extends AbstractBaseCsvCallbackHandler<RawRow> {

  private final int maxFieldChars;
  private final int maxRowChars;
  private final int maxColumns;
  private String[] cells = new String[32];
  private int count;
  private long rowChars;
  private long line;

  CsvRowHandler(int maxFieldChars, int maxRowChars, int maxColumns) {
    this.maxFieldChars = maxFieldChars;
    this.maxRowChars = maxRowChars;
    this.maxColumns = maxColumns;
  }

  /** The line on which the record being read (or the last one read) starts. */
  long line() {
    return line;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    line = startingLineNumber;
    count = 0;
    rowChars = 0;
  }

  @Override
  protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
    if (length > maxFieldChars) {
      throw new LimitExceeded(LimitExceeded.Kind.FIELD, line, index + 1);
    }
    rowChars += length;
    if (rowChars > maxRowChars) {
      throw new LimitExceeded(LimitExceeded.Kind.ROW, line, index + 1);
    }
    if (count == cells.length) {
      if (count >= maxColumns) {
        throw new LimitExceeded(LimitExceeded.Kind.COLUMNS, line, index + 1);
      }
      cells = Arrays.copyOf(cells, Math.min(maxColumns, count * 2));
    }
    cells[count++] = new String(buffer, offset, length);
  }

  @Override
  protected RawRow buildRecord() {
    for (int i = 0; i < count; i++) {
      if (!cells[i].isBlank()) {
        return new RawRow(line, Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(cells, count))));
      }
    }
    return null;
  }

  /** A row over one of the limits; carries where, to build the user's message. */
  static final class LimitExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    enum Kind { FIELD, ROW, COLUMNS }

    final Kind kind;
    final long line;
    final int column;

    LimitExceeded(Kind kind, long line, int column) {
      super(kind + " limit exceeded at line " + line + ", column " + column, null, false, false);
      this.kind = kind;
      this.line = line;
      this.column = column;
    }
  }
}
