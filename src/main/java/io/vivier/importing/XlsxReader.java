package io.vivier.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads one sheet of an .xlsx workbook with fastexcel-reader, streaming the sheet's rows. The file
 * is first checked by {@link XlsxGuard} (ZIP bombs, oversized rows and shared strings). The sheet is
 * the one named, or else the first visible one; its header is its first non-empty row; rows are
 * numbered as in the sheet; cells are turned into text by {@link XlsxCellText}. A missing cell reads
 * as an empty string: data rows are padded to the header's width, and empty cells beyond it (often
 * left by formatting) are dropped, so a row is longer than the header only when it holds values
 * there. Blank rows are skipped.
 */
public final class XlsxReader implements TabularReader {

  /**
   * Which sheet to read.
   *
   * @param sheet the sheet's name (matched ignoring case and surrounding spaces when no sheet has
   *     it exactly), or null for the first visible sheet
   */
  public record Options(String sheet) {

    /** The first visible sheet. */
    public static final Options FIRST_SHEET = new Options(null);
  }

  private final String name;
  private final ReadableWorkbook workbook;
  private final String sheetName;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final List<String> header;
  private long lastRow;

  private XlsxReader(String name, ReadableWorkbook workbook, Sheet sheet) throws IOException {
    this.name = name;
    this.workbook = workbook;
    this.sheetName = sheet.getName();
    this.stream = sheet.openStream();
    this.rows = stream.iterator();
    RawRow first = advance();
    if (first == null) {
      throw new ImportFileException(name + ": the sheet \"" + sheetName + "\" is empty");
    }
    List<String> cells = new ArrayList<>(first.cells());
    while (cells.get(cells.size() - 1).isBlank()) {
      cells.remove(cells.size() - 1);
    }
    this.header = HeaderNames.normalise(cells);
  }

  /** Opens the first visible sheet. */
  public static XlsxReader open(Path file) {
    return open(file, Options.FIRST_SHEET);
  }

  /**
   * Checks the workbook, opens the sheet and reads its header.
   *
   * @throws ImportFileException when the file is empty, not an .xlsx (an old .xls, an encrypted
   *     workbook, another kind of file), damaged or truncated, a possible ZIP bomb, or when the sheet
   *     is missing or empty
   */
  public static XlsxReader open(Path file, Options options) {
    String name = file.getFileName().toString();
    ReadableWorkbook workbook = null;
    try {
      byte[] head = FileSignature.head(file);
      checkIsXlsx(file, name, head);
      XlsxGuard.check(file, name);
      try {
        workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
      } catch (IOException | RuntimeException e) {
        throw damaged(name, e);
      }
      Sheet sheet = sheet(workbook, name, options.sheet());
      return new XlsxReader(name, workbook, sheet);
    } catch (IOException e) {
      closeQuietly(workbook);
      throw new ImportFileException(name + ": the file cannot be read (" + e.getMessage() + ")", e);
    } catch (RuntimeException e) {
      closeQuietly(workbook);
      throw e instanceof ImportFileException importError ? importError : damaged(name, e);
    }
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public RawRow next() {
    RawRow row = advance();
    if (row == null) {
      return null;
    }
    List<String> cells = row.cells();
    int last = cells.size() - 1;
    while (last >= header.size() && cells.get(last).isEmpty()) {
      last--;
    }
    String[] padded = new String[Math.max(header.size(), last + 1)];
    for (int i = 0; i < padded.length; i++) {
      padded[i] = i < cells.size() ? cells.get(i) : "";
    }
    return new RawRow(row.number(), Collections.unmodifiableList(Arrays.asList(padded)));
  }

  @Override
  public String description() {
    return "XLSX, sheet \"" + sheetName + "\"";
  }

  @Override
  public void close() {
    stream.close();
    closeQuietly(workbook);
  }

  /** The next non-blank row as it is in the sheet, gaps filled with empty strings. */
  private RawRow advance() {
    try {
      while (rows.hasNext()) {
        Row row = rows.next();
        lastRow = row.getRowNum();
        String[] cells = new String[row.getCellCount()];
        boolean blank = true;
        for (int i = 0; i < cells.length; i++) {
          cells[i] = XlsxCellText.of(row.getCell(i), workbook.isDate1904());
          blank &= cells[i].isBlank();
        }
        if (!blank) {
          return new RawRow(lastRow, Arrays.asList(cells));
        }
      }
      return null;
    } catch (ImportFileException e) {
      throw e;
    } catch (RuntimeException e) {
      // fastexcel-reader reports malformed XML, bad cell types and numbers as unchecked exceptions
      throw new ImportFileException(name + ", sheet \"" + sheetName + "\", after row " + lastRow
          + ": the workbook is damaged (" + firstLine(e) + ")", e);
    }
  }

  private static void checkIsXlsx(Path file, String name, byte[] head) throws IOException {
    if (head.length == 0) {
      throw new ImportFileException(name + ": the file is empty");
    }
    if (FileSignature.isOle2(head)) {
      if (FileSignature.isEncryptedOoxml(file)) {
        throw new ImportFileException(name + ": the workbook is password-protected; open it in Excel, "
            + "remove the password and save it again, or save it as .csv");
      }
      throw new ImportFileException(name + ": an Excel 97-2003 workbook (.xls) cannot be read, "
          + "save it as .xlsx or .csv");
    }
    if (!FileSignature.isZip(head)) {
      String kind = FileSignature.binaryKind(file, head);
      throw new ImportFileException(name + ": not an Excel .xlsx workbook, it looks like "
          + (kind != null ? kind : "a text file (import it as .csv)"));
    }
  }

  private static Sheet sheet(ReadableWorkbook workbook, String name, String wanted) {
    List<Sheet> sheets = workbook.getSheets().collect(Collectors.toList());
    if (wanted == null) {
      return sheets.stream().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).findFirst()
          .or(() -> sheets.stream().findFirst())
          .orElseThrow(() -> new ImportFileException(name + ": the workbook has no sheet"));
    }
    return sheets.stream().filter(s -> s.getName().equals(wanted)).findFirst()
        .or(() -> sheets.stream()
            .filter(s -> s.getName().strip().toLowerCase(Locale.ROOT).equals(wanted.strip().toLowerCase(Locale.ROOT)))
            .findFirst())
        .orElseThrow(() -> new ImportFileException(name + ": no sheet named \"" + wanted + "\"; the sheets are "
            + sheets.stream().map(s -> "\"" + s.getName() + "\"").collect(Collectors.joining(", "))));
  }

  private static ImportFileException damaged(String name, Exception e) {
    return new ImportFileException(name + ": the workbook is damaged and cannot be read (" + firstLine(e) + ")", e);
  }

  private static String firstLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getMessage() == null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static void closeQuietly(ReadableWorkbook workbook) {
    if (workbook != null) {
      try {
        workbook.close();
      } catch (IOException e) {
        // nothing was written; a failed close of a read-only file loses nothing
      }
    }
  }
}
