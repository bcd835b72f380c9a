package io.vivier.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the column of a malformed record once FastCSV has said which line it starts on: re-reads the
 * file from that line and walks the record with the same quoting rules. Only runs on the error path;
 * reads at most the rest of the file up to the field-size limit.
 */
final class CsvProblemLocator {

  /** What is wrong in the record, and in which column (1-based). */
  enum Kind { UNCLOSED_QUOTE, FIELD_TOO_LONG, TEXT_AFTER_QUOTE }

  /** A problem found at a column (1-based). */
  record Problem(Kind kind, int column) {}

  private CsvProblemLocator() {}

  /** The first problem in the record starting at {@code line}, or null when none is found. */
  static Problem locate(Path file, TextEncoding encoding, char delimiter, long line, int maxFieldChars)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(encoding.bomLength());
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, encoding.charset()));
      skipLines(reader, line - 1);
      return scan(reader, delimiter, maxFieldChars);
    }
  }

  private static void skipLines(BufferedReader reader, long lines) throws IOException {
    for (long skipped = 0; skipped < lines; ) {
      int c = reader.read();
      if (c < 0) {
        return;
      }
      if (c == '\r') {
        reader.mark(1);
        if (reader.read() != '\n') {
          reader.reset();
        }
        skipped++;
      } else if (c == '\n') {
        skipped++;
      }
    }
  }

  private static Problem scan(BufferedReader reader, char delimiter, int maxFieldChars) throws IOException {
    int field = 0;
    long fieldLength = 0;
    boolean fieldStart = true;
    boolean quoted = false;
    boolean quoteSeen = false;
    boolean closed = false;
    for (int c = reader.read(); ; c = reader.read()) {
      if (quoteSeen) {
        quoteSeen = false;
        if (c == '"') {
          continue;
        }
        quoted = false;
        closed = true;
      }
      if (c < 0) {
        return quoted ? new Problem(Kind.UNCLOSED_QUOTE, field + 1) : null;
      }
      if (++fieldLength > maxFieldChars) {
        return new Problem(Kind.FIELD_TOO_LONG, field + 1);
      }
      if (quoted) {
        quoteSeen = c == '"';
      } else if (c == delimiter) {
        field++;
        fieldLength = 0;
        fieldStart = true;
        closed = false;
      } else if (c == '\r' || c == '\n') {
        return null;
      } else if (closed) {
        return new Problem(Kind.TEXT_AFTER_QUOTE, field + 1);
      } else {
        quoted = c == '"' && fieldStart;
        fieldStart = false;
      }
    }
  }
}
