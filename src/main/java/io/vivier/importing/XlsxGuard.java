package io.vivier.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * Checks an .xlsx package before fastexcel-reader opens it. fastexcel-reader (through
 * commons-compress) inflates whatever the ZIP holds and keeps no limit, and the sizes a ZIP
 * declares can lie; so every part is inflated once here, counting real bytes, and the file is
 * refused as a ZIP bomb when a part expands more than {@value #MAX_RATIO} times beyond
 * {@value #RATIO_FLOOR_BYTES} bytes, or all parts together beyond {@value #MAX_TOTAL_BYTES} bytes.
 * (Real workbooks compress 5 to 10 times.) All parts, not only those named .xml: the workbook's
 * relationships may point a sheet at any name.
 *
 * <p>Parts other than binary ones (pictures, embedded objects, macros) are also scanned as XML for
 * what would exhaust the memory once parsed, since fastexcel-reader holds a whole row: a row has at
 * most {@value #MAX_CELLS_PER_ROW} cells (Excel's own limit) and {@value #MAX_ROW_BYTES} bytes of
 * XML, and no run of text is longer than {@value #MAX_TEXT_BYTES} bytes. A sheet disguised under a
 * binary name (.bin, .png) escapes this scan but not the size and ratio limits.
 *
 * <p>Memory: the shared-strings table is read lazily, but every string read is kept in memory until
 * the workbook is closed; its part is capped at {@value #MAX_SHARED_STRINGS_BYTES} bytes, so the
 * heap it needs stays around that size at worst. Everything else is held one row at a time.
 *
 * <p>Cost: one extra inflation of every part, and a byte scan of the XML ones; about 15 % of the
 * time to read a workbook (see docs/BENCHMARKS.md).
 */
final class XlsxGuard {

  static final long MAX_TOTAL_BYTES = 2L << 30;
  static final long RATIO_FLOOR_BYTES = 32L << 20;
  static final long MAX_RATIO = 100;
  static final long MAX_SHARED_STRINGS_BYTES = 512L << 20;
  static final int MAX_ENTRIES = 10_000;
  static final int MAX_CELLS_PER_ROW = 16_384;
  static final long MAX_ROW_BYTES = 32L << 20;
  static final long MAX_TEXT_BYTES = 4L << 20;
  /**
   * Binary parts Office stores in a package (pictures, embedded objects, macros, printer settings):
   * counted in the sizes, not scanned as XML, where a long run without a tag is normal.
   */
  private static final Pattern BINARY =
      Pattern.compile("^xl/embeddings/|\\.(bin|png|jpe?g|gif|bmp|tiff?|emf|wmf|wdp|jfif)$");

  private XlsxGuard() {}

  /**
   * @throws ImportFileException when the file is not a complete ZIP, not a workbook, or too big
   *     once inflated
   */
  static void check(Path file, String name) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > MAX_ENTRIES) {
        throw new ImportFileException(name + ": refused, the ZIP holds more than " + MAX_ENTRIES + " parts");
      }
      if (zip.getEntry("xl/workbook.bin") != null) {
        throw new ImportFileException(name + ": an Excel binary workbook (.xlsb) cannot be read, "
            + "save it as .xlsx or .csv");
      }
      if (zip.getEntry("xl/workbook.xml") == null) {
        String kind = FileSignature.zipKind(file);
        throw new ImportFileException(name + ": not an Excel .xlsx workbook, it looks like " + kind
            + (kind.contains("spreadsheet") ? ": save it as .xlsx or .csv" : ""));
      }
      long total = 0;
      Set<String> names = new HashSet<>();
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        if (!names.add(entry.getName())) {
          throw new ImportFileException(name + ": the workbook is damaged (the part " + entry.getName()
              + " appears twice)");
        }
        total += inflate(zip, entry, MAX_TOTAL_BYTES - total, name);
      }
    } catch (ZipException e) {
      throw new ImportFileException(name + ": the file is damaged or truncated, it is not a complete "
          + ".xlsx workbook", e);
    } catch (IOException e) {
      throw new ImportFileException(name + ": the file cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Inflates one part, counting its bytes against the limits; returns its size. */
  private static long inflate(ZipFile zip, ZipEntry entry, long allowed, String name) throws IOException {
    String lower = entry.getName().toLowerCase(Locale.ROOT);
    long cap = lower.equals("xl/sharedstrings.xml") ? Math.min(allowed, MAX_SHARED_STRINGS_BYTES) : allowed;
    long compressed = Math.max(1, entry.getCompressedSize());
    SheetScan scan = BINARY.matcher(lower).find() ? null : new SheetScan();
    byte[] buffer = new byte[1 << 16];
    long size = 0;
    try (InputStream in = zip.getInputStream(entry)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        size += n;
        if (size > cap) {
          throw new ImportFileException(name + ": refused, " + entry.getName() + " expands to more than "
              + mib(cap) + " (a ZIP bomb?)");
        }
        if (size > RATIO_FLOOR_BYTES && size > compressed * MAX_RATIO) {
          throw new ImportFileException(name + ": refused as a possible ZIP bomb, " + entry.getName()
              + " expands more than " + MAX_RATIO + " times, beyond " + mib(RATIO_FLOOR_BYTES));
        }
        if (scan != null) {
          String problem = scan.feed(buffer, n);
          if (problem != null) {
            throw new ImportFileException(name + ": refused, " + entry.getName() + " " + problem);
          }
        }
      }
    }
    return size;
  }

  private static String mib(long bytes) {
    return (bytes >> 20) + " MiB";
  }

  /**
   * A byte-level pass over worksheet XML counting the cells of each row and the length of text
   * runs; keeps its state across buffers. Attribute values cannot hold '<', so tags are found
   * reliably; a namespace prefix (x:c) is ignored.
   */
  private static final class SheetScan {

    private boolean inTag;
    private final byte[] tag = new byte[8];
    private int tagLength;
    private boolean tagNameDone;
    private long text;
    private long row;
    private boolean inRow;
    private int cells;

    String feed(byte[] buffer, int n) {
      int i = 0;
      while (i < n) {
        if (!inTag) {
          int from = i;
          while (i < n && buffer[i] != '<') {
            i++;
          }
          text += i - from;
          row += i - from;
          if (text > MAX_TEXT_BYTES) {
            return "holds a text longer than " + mib(MAX_TEXT_BYTES);
          }
          if (i < n) {
            inTag = true;
            tagLength = 0;
            tagNameDone = false;
            row++;
            i++;
          }
        } else if (tagNameDone) {
          int from = i;
          while (i < n && buffer[i] != '>') {
            i++;
          }
          row += i - from;
          if (i < n) {
            inTag = false;
            text = 0;
            row++;
            i++;
          }
        } else {
          byte b = buffer[i++];
          row++;
          String problem = null;
          if (b == '>') {
            inTag = false;
            text = 0;
            problem = endOfTagName();
          } else if (b == ' ' || b == '/' && tagLength > 0 || b == '\t' || b == '\r' || b == '\n') {
            problem = endOfTagName();
          } else if (b == ':') {
            tagLength = 0;
          } else if (tagLength < tag.length) {
            tag[tagLength++] = b;
          } else {
            tagNameDone = true;
          }
          if (problem != null) {
            return problem;
          }
        }
      }
      // checked once per buffer: a row may overshoot the limit by one buffer before being refused
      return inRow && row > MAX_ROW_BYTES ? "has a row larger than " + mib(MAX_ROW_BYTES) : null;
    }

    private String endOfTagName() {
      if (tagNameDone) {
        return null;
      }
      tagNameDone = true;
      if (tagLength == 1 && tag[0] == 'c') {
        if (++cells > MAX_CELLS_PER_ROW) {
          return "has a row of more than " + MAX_CELLS_PER_ROW + " cells";
        }
      } else if (tagLength == 3 && tag[0] == 'r' && tag[1] == 'o' && tag[2] == 'w') {
        cells = 0;
        row = 0;
        inRow = true;
      } else if (tagLength == 4 && tag[0] == '/' && tag[1] == 'r' && tag[2] == 'o' && tag[3] == 'w') {
        inRow = false;
      }
      return null;
    }
  }
}
