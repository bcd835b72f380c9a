package io.vivier.importing;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a CSV file with FastCSV, streaming: only the current row is in memory. The encoding and
 * delimiter are detected unless given (see {@link TextEncoding} and {@link DelimiterDetector}); line
 * breaks may be CRLF, LF or CR; quoted fields may hold delimiters, doubled quotes and line breaks.
 * Rows are numbered by the line they start on, the header being line 1; rows of blank cells are
 * skipped; rows shorter or longer than the header are returned as they are.
 *
 * <p>Limits, so that a malformed file fails with a message instead of filling the memory: a field
 * holds at most {@value #MAX_FIELD_CHARS} characters, a row {@value #MAX_ROW_CHARS}, and at most
 * {@value #MAX_COLUMNS} columns.
 */
public final class CsvReader implements TabularReader {

  static final int MAX_FIELD_CHARS = 1 << 20;
  static final int MAX_ROW_CHARS = 8 << 20;
  static final int MAX_COLUMNS = 16_384;
  /** FastCSV's own buffer limit; a field above it is reported by {@link CsvProblemLocator}. */
  private static final int MAX_BUFFER_CHARS = 4 << 20;
  private static final int SAMPLE_BYTES = 64 * 1024;

  /**
   * How to read the file; a null member is detected.
   *
   * @param delimiter the field delimiter, or null to detect it among , ; tab |
   * @param charset the encoding, or null to detect it (UTF-8/UTF-16 with BOM, UTF-8, windows-1252)
   */
  public record Options(Character delimiter, Charset charset) {

    /** Detect both the delimiter and the encoding. */
    public static final Options DETECT = new Options(null, null);

    public Options {
      if (delimiter != null && (delimiter == '"' || delimiter == '\r' || delimiter == '\n')) {
        throw new IllegalArgumentException("a quote or a line break cannot be the delimiter");
      }
    }
  }

  private final Path file;
  private final String name;
  private final TextEncoding encoding;
  private final char delimiter;
  private final CsvRowHandler handler;
  private final de.siegmar.fastcsv.reader.CsvReader<RawRow> csv;
  private final Iterator<RawRow> rows;
  private final List<String> header;

  private CsvReader(Path file, TextEncoding encoding, char delimiter) throws IOException {
    this.file = file;
    this.name = file.getFileName().toString();
    this.encoding = encoding;
    this.delimiter = delimiter;
    this.handler = new CsvRowHandler(MAX_FIELD_CHARS, MAX_ROW_CHARS, MAX_COLUMNS);
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(encoding.bomLength());
      this.csv = de.siegmar.fastcsv.reader.CsvReader.builder()
          .fieldSeparator(delimiter)
          .quoteCharacter('"')
          .commentStrategy(CommentStrategy.NONE)
          .skipEmptyLines(true)
          .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
          .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
          .allowUnclosedQuote(false)
          .maxBufferSize(MAX_BUFFER_CHARS)
          .build(handler, in, encoding.charset());
    } catch (RuntimeException | IOException e) {
      in.close();
      throw e;
    }
    this.rows = csv.iterator();
    RawRow first;
    try {
      first = advance(null);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    if (first == null) {
      close();
      throw new ImportFileException(name + ": no header row, the file holds only blank lines");
    }
    this.header = HeaderNames.normalise(first.cells());
  }

  /** Opens the file detecting its encoding and delimiter. */
  public static CsvReader open(Path file) {
    return open(file, Options.DETECT);
  }

  /**
   * Opens the file, reads its header and checks that it looks like text.
   *
   * @throws ImportFileException when the file is empty, binary, has no header or is malformed there
   */
  public static CsvReader open(Path file, Options options) {
    String name = file.getFileName().toString();
    try {
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(SAMPLE_BYTES);
      }
      if (head.length == 0) {
        throw new ImportFileException(name + ": the file is empty");
      }
      String kind = FileSignature.binaryKind(file, head);
      if (kind != null) {
        throw new ImportFileException(name + ": not a CSV file, it looks like " + kind);
      }
      String markup = FileSignature.markupKind(head);
      if (markup != null) {
        throw new ImportFileException(name + ": not a CSV file, it looks like " + markup
            + ": open it in Excel and save it as .xlsx or .csv");
      }
      TextEncoding encoding = TextEncoding.detect(file, head, options.charset());
      if (head.length == encoding.bomLength()) {
        throw new ImportFileException(name + ": the file is empty");
      }
      if (!encoding.isUtf16() && FileSignature.hasNulBytes(head, encoding.bomLength())) {
        throw new ImportFileException(name + ": not a CSV file, it holds binary data (NUL bytes)");
      }
      char delimiter = options.delimiter() != null
          ? options.delimiter()
          : DelimiterDetector.detect(decode(head, encoding), head.length < SAMPLE_BYTES);
      return new CsvReader(file, encoding, delimiter);
    } catch (IOException e) {
      throw new ImportFileException(name + ": the file cannot be read (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public RawRow next() {
    return advance(header);
  }

  @Override
  public String description() {
    String shown = delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    return "CSV, " + shown + "-delimited, " + encoding.describe();
  }

  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RawRow advance(List<String> headerForMessages) {
    try {
      return rows.hasNext() ? rows.next() : null;
    } catch (CsvParseException e) {
      throw translate(e, headerForMessages);
    } catch (CsvRowHandler.LimitExceeded e) {
      throw limitMessage(e, headerForMessages);
    } catch (UncheckedIOException e) {
      throw new ImportFileException(name + ", row " + handler.line() + ": the file cannot be read ("
          + e.getCause().getMessage() + ")", e);
    }
  }

  private ImportFileException translate(CsvParseException e, List<String> header) {
    if (e.getCause() instanceof CsvRowHandler.LimitExceeded limit) {
      return limitMessage(limit, header);
    }
    long line = handler.line();
    CsvProblemLocator.Problem problem;
    try {
      problem = CsvProblemLocator.locate(file, encoding, delimiter, line, MAX_FIELD_CHARS);
    } catch (IOException io) {
      problem = null;
    }
    String at = name + ", row " + line;
    if (problem == null) {
      return new ImportFileException(at + ": malformed CSV (" + e.getMessage() + ")", e);
    }
    String column = column(problem.column(), header);
    return switch (problem.kind()) {
      case UNCLOSED_QUOTE -> new ImportFileException(
          at + ": unterminated quoted field starting at " + column + ", the closing quote is missing", e);
      case TEXT_AFTER_QUOTE -> new ImportFileException(
          at + ", " + column + ": text after the closing quote of a quoted field", e);
      case FIELD_TOO_LONG -> new ImportFileException(at + ", " + column + ": the field is longer than "
          + MAX_FIELD_CHARS + " characters (a quote that is never closed?)", e);
    };
  }

  private ImportFileException limitMessage(CsvRowHandler.LimitExceeded e, List<String> header) {
    String at = name + ", row " + e.line;
    return switch (e.kind) {
      case FIELD -> new ImportFileException(at + ", " + column(e.column, header)
          + ": the field is longer than " + MAX_FIELD_CHARS + " characters (a quote that is never closed?)");
      case ROW -> new ImportFileException(at + ": the row is longer than " + MAX_ROW_CHARS + " characters");
      case COLUMNS -> new ImportFileException(at + ": the row has more than " + MAX_COLUMNS + " columns");
    };
  }

  private static String column(int column, List<String> header) {
    return header != null && column <= header.size()
        ? "column " + column + " (" + header.get(column - 1) + ")"
        : "column " + column;
  }

  private static String decode(byte[] head, TextEncoding encoding) {
    try {
      return encoding.charset().newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(head, encoding.bomLength(), head.length - encoding.bomLength()))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not throw", e);
    }
  }
}
