package io.vivier.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens the right reader for a file on disk, judging by its content first: a ZIP or an OLE2
 * container goes to {@link XlsxReader} (which explains an .xls or an encrypted workbook), text
 * starting with an object (or an array of objects) to {@link JsonLinesReader}, any other text to
 * {@link CsvReader}. The extension only decides for a .json, .jsonl or .ndjson file whose content
 * does not start like JSON, so that the user gets a JSON error rather than a CSV guess. A misnamed
 * file (an .xlsx saved as .csv) is thus read for what it is.
 */
public final class Readers {

  /**
   * Choices the user may give; null means detect (or the first visible sheet). Options that do not
   * apply to the file's format are ignored: the sheet for a CSV, the delimiter for a workbook.
   *
   * @param sheet the sheet to read in a workbook
   * @param charset the text encoding of a CSV or JSON file
   * @param delimiter the delimiter of a CSV file
   */
  public record ReadOptions(String sheet, Charset charset, Character delimiter) {

    /** Detect everything, read the first visible sheet. */
    public static final ReadOptions DEFAULTS = new ReadOptions(null, null, null);
  }

  private Readers() {}

  /**
   * Opens a reader positioned after the header; the caller closes it.
   *
   * @throws ImportFileException when the file cannot be read as a table (the message says why)
   */
  public static TabularReader open(Path file, ReadOptions options) {
    String name = file.getFileName().toString();
    byte[] head;
    try {
      head = FileSignature.head(file);
    } catch (IOException e) {
      throw new ImportFileException(name + ": the file cannot be read (" + e.getMessage() + ")", e);
    }
    if (head.length == 0) {
      throw new ImportFileException(name + ": the file is empty");
    }
    if (FileSignature.isZip(head) || FileSignature.isOle2(head)) {
      return XlsxReader.open(file, new XlsxReader.Options(options.sheet()));
    }
    if (looksLikeJson(head) || hasJsonExtension(name)) {
      return JsonLinesReader.open(file, new JsonLinesReader.Options(options.charset()));
    }
    return CsvReader.open(file, new CsvReader.Options(options.delimiter(), options.charset()));
  }

  /** An object, or an array whose first element is an object (or an empty array). */
  private static boolean looksLikeJson(byte[] head) {
    String start = FileSignature.firstChars(head, 256);
    if (start.startsWith("{")) {
      return true;
    }
    String afterBracket = start.startsWith("[") ? start.substring(1).strip() : "";
    return afterBracket.startsWith("{") || afterBracket.startsWith("]");
  }

  private static boolean hasJsonExtension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }
}
