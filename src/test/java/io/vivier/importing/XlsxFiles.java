package io.vivier.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Builds .xlsx files for the tests: with the fastexcel writer, or part by part for exact XML. */
final class XlsxFiles {

  private XlsxFiles() {}

  /** One sheet named "Feuil1"; null cells are left out. */
  static Path write(Path file, List<List<Object>> rows) throws IOException {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put("Feuil1", rows);
    return write(file, sheets);
  }

  /** Sheets in order; dates get a date format, date-times a date-time one, as Excel would. */
  static Path write(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "Vivier tests", "1.0");
      for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
        Worksheet worksheet = workbook.newWorksheet(sheet.getKey());
        List<List<Object>> rows = sheet.getValue();
        for (int r = 0; r < rows.size(); r++) {
          for (int c = 0; c < rows.get(r).size(); c++) {
            set(worksheet, r, c, rows.get(r).get(c));
          }
        }
      }
      workbook.finish();
    }
    return file;
  }

  private static void set(Worksheet sheet, int r, int c, Object value) {
    if (value instanceof String text) {
      sheet.value(r, c, text);
    } else if (value instanceof Number number) {
      sheet.value(r, c, number);
    } else if (value instanceof Boolean bool) {
      sheet.value(r, c, bool);
    } else if (value instanceof LocalDate date) {
      sheet.value(r, c, date);
      sheet.style(r, c).format("dd/mm/yyyy").set();
    } else if (value instanceof LocalDateTime dateTime) {
      sheet.value(r, c, dateTime);
      sheet.style(r, c).format("dd/mm/yyyy hh:mm:ss").set();
    } else if (value != null) {
      throw new IllegalArgumentException("no cell for " + value.getClass());
    }
  }

  /**
   * A workbook with one sheet "Feuil1" whose {@code <sheetData>} content is given as is, and an
   * optional shared-strings table; the styles give numFmtId 14 (a date) to style 1 and a custom
   * date-time format to style 2.
   */
  static Path writeRaw(Path file, String sheetData, String... sharedStrings) throws IOException {
    return writeRaw(file, sheetData, (out, sheet) -> out.write(sheet), sharedStrings);
  }

  /**
   * A ZIP bomb dressed as a workbook: a valid package whose sheet, after its few real rows, goes on
   * with {@code bytes} bytes of the same empty row, which deflate compresses about a thousand times.
   */
  static Path writeBomb(Path file, long bytes) throws IOException {
    byte[] row = "<row/>".repeat(1000).getBytes(StandardCharsets.UTF_8);
    return writeRaw(file, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nom</t></is></c></row>", (out, sheet) -> {
      String xml = new String(sheet, StandardCharsets.UTF_8);
      int end = xml.indexOf("</sheetData>");
      out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written < bytes; written += row.length) {
        out.write(row);
      }
      out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
    });
  }

  /** A copy of a workbook with one more part, whose content the writer streams. */
  static Path withExtraPart(Path workbook, Path file, String partName, PartWriter writer) throws IOException {
    try (ZipFile in = new ZipFile(workbook.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (ZipEntry entry : Collections.list(in.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        try (InputStream part = in.getInputStream(entry)) {
          part.transferTo(out);
        }
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry(partName));
      writer.write(out);
      out.closeEntry();
    }
    return file;
  }

  /** Streams a part's content. */
  interface PartWriter {
    void write(OutputStream out) throws IOException;
  }

  /** Writes the sheet part: given the complete small sheet, may write something else instead. */
  interface SheetWriter {
    void write(OutputStream out, byte[] sheet) throws IOException;
  }

  private static Path writeRaw(Path file, String sheetData, SheetWriter sheetWriter, String... sharedStrings)
      throws IOException {
    StringBuilder sst = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (String s : sharedStrings) {
      sst.append("<si><t>").append(s).append("</t></si>");
    }
    sst.append("</sst>");
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
        <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
        </Types>""");
    parts.put("_rels/.rels", """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
        </Relationships>""");
    parts.put("xl/workbook.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        <sheets><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets>
        </workbook>""");
    parts.put("xl/_rels/workbook.xml.rels", """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
        </Relationships>""");
    parts.put("xl/styles.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts>
        <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>
        </styleSheet>""");
    parts.put("xl/sharedStrings.xml", sst.toString());
    byte[] sheet = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + sheetData + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      sheetWriter.write(zip, sheet);
      zip.closeEntry();
    }
    return file;
  }
}
