package io.vivier.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a file is, judged from its first bytes (and for a ZIP from its directory), to tell the user
 * "this is a PDF document" rather than failing somewhere inside a parser.
 */
final class FileSignature {

  /** How many leading bytes the readers look at to recognise a file. */
  static final int HEAD_SIZE = 8192;
  private static final int ENCRYPTION_SCAN_BYTES = 16 << 20;

  private FileSignature() {}

  /** Up to {@link #HEAD_SIZE} leading bytes of the file (fewer if the file is smaller). */
  static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_SIZE);
    }
  }

  static boolean isZip(byte[] head) {
    return startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0x50, 0x4B, 0x05, 0x06);
  }

  /** The OLE2 compound file of Office 97-2003 documents, and of password-protected .xlsx files. */
  static boolean isOle2(byte[] head) {
    return startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
  }

  /**
   * A short description of a binary format recognised from its magic number ("a PDF document"), or
   * null when the bytes do not start like any of them. A ZIP is looked into to tell an .xlsx from a
   * .docx.
   */
  static String binaryKind(Path file, byte[] head) {
    if (isZip(head)) {
      return zipKind(file);
    }
    if (isOle2(head)) {
      return "an Excel 97-2003 workbook (.xls) or another old Office document";
    }
    if (startsWith(head, '%', 'P', 'D', 'F')) {
      return "a PDF document";
    }
    if (startsWith(head, 0x89, 'P', 'N', 'G')) {
      return "a PNG image";
    }
    if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (startsWith(head, 'G', 'I', 'F', '8')) {
      return "a GIF image";
    }
    if (startsWith(head, 0x1F, 0x8B)) {
      return "a gzip archive";
    }
    if (startsWith(head, '7', 'z', 0xBC, 0xAF)) {
      return "a 7-Zip archive";
    }
    if (startsWith(head, 'R', 'a', 'r', '!')) {
      return "a RAR archive";
    }
    if (startsWith(head, '{', '\\', 'r', 't', 'f')) {
      return "an RTF document";
    }
    return null;
  }

  /**
   * "an HTML page" or "an XML document" when the text starts with a tag (web exports named .xls are
   * often HTML tables, and Excel 2003 XML is XML), or null.
   */
  static String markupKind(byte[] head) {
    String start = firstChars(head, 64).toLowerCase(java.util.Locale.ROOT);
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")) {
      return "an HTML page";
    }
    if (start.startsWith("<?xml")) {
      return "an XML document";
    }
    return null;
  }

  /**
   * Up to {@code count} characters from the first one that is not white space, after a UTF-8 or
   * UTF-16 byte-order mark, reading ASCII-compatible bytes (enough to recognise { [ or a tag).
   */
  static String firstChars(byte[] head, int count) {
    int from = 0;
    int step = 1;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      from = 3;
    } else if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
      from = 2;
      step = 2;
    } else if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
      from = 3;
      step = 2;
    }
    StringBuilder chars = new StringBuilder();
    for (int i = from; i < head.length && chars.length() < count; i += step) {
      char c = (char) (head[i] & 0xFF);
      if (c != 0 && (chars.length() > 0 || !Character.isWhitespace(c))) {
        chars.append(c);
      }
    }
    return chars.toString();
  }

  /** What a ZIP file holds: an Office document or a plain archive. */
  static String zipKind(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.getEntry("xl/workbook.xml") != null || zip.getEntry("xl/workbook.bin") != null) {
        return "an Excel workbook (.xlsx)";
      }
      if (zip.getEntry("word/document.xml") != null) {
        return "a Word document (.docx)";
      }
      if (zip.getEntry("ppt/presentation.xml") != null) {
        return "a PowerPoint presentation (.pptx)";
      }
      ZipEntry mimetype = zip.getEntry("mimetype");
      if (mimetype != null && mimetype.getSize() < 100) {
        try (InputStream in = zip.getInputStream(mimetype)) {
          String type = new String(in.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII);
          if (type.contains("opendocument.spreadsheet")) {
            return "an OpenDocument spreadsheet (.ods)";
          }
          if (type.contains("opendocument")) {
            return "an OpenDocument file";
          }
        }
      }
      return "a ZIP archive";
    } catch (IOException e) {
      return "a ZIP archive (damaged or truncated)";
    }
  }

  /**
   * Whether an OLE2 file is a password-protected .xlsx (Office wraps those in an OLE2 container with
   * an "EncryptedPackage" stream) rather than an old .xls: looks for the stream's name, in UTF-16LE,
   * in the first {@value #ENCRYPTION_SCAN_BYTES} bytes.
   */
  static boolean isEncryptedOoxml(Path file) throws IOException {
    byte[] marker = "EncryptedPackage".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(ENCRYPTION_SCAN_BYTES);
      outer:
      for (int i = 0; i + marker.length <= bytes.length; i++) {
        for (int j = 0; j < marker.length; j++) {
          if (bytes[i + j] != marker[j]) {
            continue outer;
          }
        }
        return true;
      }
      return false;
    }
  }

  /** True when the head has NUL bytes, which text in a single-byte encoding or UTF-8 never has. */
  static boolean hasNulBytes(byte[] head, int from) {
    for (int i = from; i < head.length; i++) {
      if (head[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
