package io.vivier.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReaderTests {

  @TempDir
  Path dir;

  @Test
  void theFirstSheetIsReadWithItsHeaderAndSheetRowNumbers() throws IOException {
    Path file = XlsxFiles.write(dir.resolve("contacts.xlsx"), List.of(
        List.of(" Nom ", "Email", "Email"),
        List.of("Dupont", "jean@exemple.fr", "j.dupont@exemple.fr"),
        List.of("Martin", "marie@exemple.fr")));
    try (XlsxReader reader = XlsxReader.open(file)) {
      assertThat(reader.header()).containsExactly("Nom", "Email", "Email (2)");
      assertThat(reader.next()).isEqualTo(new RawRow(2, List.of("Dupont", "jean@exemple.fr", "j.dupont@exemple.fr")));
      assertThat(reader.next()).isEqualTo(new RawRow(3, List.of("Martin", "marie@exemple.fr", "")));
      assertThat(reader.next()).isNull();
      assertThat(reader.description()).isEqualTo("XLSX, sheet \"Feuil1\"");
    }
  }

  @Test
  void numbersReadBackAsTheDigitsTheUserTyped() throws IOException {
    Path file = XlsxFiles.write(dir.resolve("contacts.xlsx"), List.of(
        List.of("Mobile", "SIRET", "Effectif", "CA", "Taux", "Solde"),
        List.of(33612345678L, 73282932000074L, 40.0, 12.5, 0.1 + 0.2, -3)));
    try (XlsxReader reader = XlsxReader.open(file)) {
      assertThat(reader.next().cells()).containsExactly("33612345678", "73282932000074", "40", "12.5", "0.3", "-3");
    }
  }

  @Test
  void datesAndDateTimesReadAsIso() throws IOException {
    Path file = XlsxFiles.write(dir.resolve("contacts.xlsx"), List.of(
        List.of("Créé le", "Dernier contact", "Montant"),
        List.of(LocalDate.of(2024, 3, 15), LocalDateTime.of(2024, 3, 15, 9, 30, 5), 45366)));
    try (XlsxReader reader = XlsxReader.open(file)) {
      assertThat(reader.next().cells()).containsExactly("2024-03-15", "2024-03-15T09:30:05", "45366");
    }
  }

  @Test
  void booleansReadAsTrueAndFalse() throws IOException {
    Path file = XlsxFiles.write(dir.resolve("contacts.xlsx"), List.of(
        List.of("Nom", "Consentement email", "Consentement téléphone"),
        List.of("Dupont", true, false)));
    try (XlsxReader reader = XlsxReader.open(file)) {
      assertThat(reader.next().cells()).containsExactly("Dupont", "TRUE", "FALSE");
    }
  }

  @Test
  void gapsAreFilledAndTheHeaderIsTheFirstNonEmptyRow() throws IOException {
    List<Object> headerWithGap = Arrays.asList("Nom", null, "Ville");
    List<Object> rowWithGaps = Arrays.asList("Dupont", null, null, null, "en trop");
    List<Object> blank = Arrays.asList(null, "  ", null);
    Path file = XlsxFiles.write(dir.resolve("contacts.xlsx"), List.of(
        List.of(), blank, headerWithGap, List.of(), Arrays.asList(null, null, "Lyon"), rowWithGaps));
    try (XlsxReader reader = XlsxReader.open(file)) {
      assertThat(reader.header()).containsExactly("Nom", "column 2", "Ville");
      assertThat(reader.next()).isEqualTo(new RawRow(5, List.of("", "", "Lyon")));
      assertThat(reader.next()).isEqualTo(new RawRow(6, List.of("Dupont", "", "", "", "en trop")));
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void emptyCellsBeyondTheHeaderAreDropped() throws IOException {
    Path file = XlsxFiles.writeRaw(dir.resolve("contacts.xlsx"),
        row(1, inline("A1", "Nom"), inline("B1", "Ville"), "<c r=\"C1\" s=\"1\"/>")
            + row(2, inline("A2", "Dupont"), "<c r=\"E2\" t=\"inlineStr\"><is><t></t></is></c>"));
    try (XlsxReader reader = XlsxReader.open(file)) {
      assertThat(reader.header()).containsExactly("Nom", "Ville");
      assertThat(reader.next().cells()).containsExactly("Dupont", "");
    }
  }

  @Test
  void formulasReadAsTheirCachedValues() throws IOException {
    Path file = XlsxFiles.writeRaw(dir.resolve("contacts.xlsx"),
        row(1, shared("A1", 0), shared("B1", 1), shared("C1", 2), shared("D1", 3), shared("E1", 4))
            + row(2,
                "<c r=\"A2\"><f>B2*2</f><v>84</v></c>",
                "<c r=\"B2\" t=\"str\"><f>UPPER(\"dupont\")</f><v>DUPONT</v></c>",
                "<c r=\"C2\" t=\"b\"><f>1=1</f><v>1</v></c>",
                "<c r=\"D2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>",
                "<c r=\"E2\" s=\"1\"><f>TODAY()</f><v>45366</v></c>"),
        "Double", "Nom", "Vrai", "Erreur", "Date");
    try (XlsxReader reader = XlsxReader.open(file)) {
      assertThat(reader.header()).containsExactly("Double", "Nom", "Vrai", "Erreur", "Date");
      assertThat(reader.next().cells()).containsExactly("84", "DUPONT", "TRUE", "#DIV/0!", "2024-03-15");
    }
  }

  @Test
  void numbersStoredWithAnExponentOrBinaryNoiseReadAsExcelShowsThem() throws IOException {
    Path file = XlsxFiles.writeRaw(dir.resolve("contacts.xlsx"),
        row(1, inline("A1", "SIRET"), inline("B1", "Prix"), inline("C1", "Zéro"))
            + row(2, "<c r=\"A2\"><v>7.3282932000074E13</v></c>", "<c r=\"B2\"><v>12.300000000000001</v></c>",
                "<c r=\"C2\"><v>-0.0</v></c>"));
    try (XlsxReader reader = XlsxReader.open(file)) {
      assertThat(reader.next().cells()).containsExactly("73282932000074", "12.3", "0");
    }
  }

  @Test
  void builtInAndCustomDateFormatsAreRecognised() throws IOException {
    Path file = XlsxFiles.writeRaw(dir.resolve("contacts.xlsx"),
        row(1, inline("A1", "Date"), inline("B1", "Quand"), inline("C1", "Nombre"), inline("D1", "Ancien"))
            + row(2, "<c r=\"A2\" s=\"1\"><v>45366</v></c>", "<c r=\"B2\" s=\"2\"><v>45366.75</v></c>",
                "<c r=\"C2\" s=\"0\"><v>45366.75</v></c>", "<c r=\"D2\" s=\"1\"><v>59</v></c>"));
    try (XlsxReader reader = XlsxReader.open(file)) {
      assertThat(reader.next().cells()).containsExactly("2024-03-15", "2024-03-15T18:00:00", "45366.75", "1900-02-28");
    }
  }

  @Test
  void aNamedSheetIsRead() throws IOException {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put("Notes", List.of(List.of("Note"), List.of("rien")));
    sheets.put("Contacts", List.of(List.of("Nom"), List.of("Dupont")));
    Path file = XlsxFiles.write(dir.resolve("contacts.xlsx"), sheets);
    try (XlsxReader reader = XlsxReader.open(file, new XlsxReader.Options(" contacts"))) {
      assertThat(reader.header()).containsExactly("Nom");
      assertThat(reader.description()).isEqualTo("XLSX, sheet \"Contacts\"");
    }
  }

  @Test
  void aMissingSheetIsReportedWithTheSheetsThereAre() throws IOException {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put("Feuil1", List.of(List.of("Nom")));
    sheets.put("Contacts", List.of(List.of("Nom")));
    Path file = XlsxFiles.write(dir.resolve("contacts.xlsx"), sheets);
    assertThatThrownBy(() -> XlsxReader.open(file, new XlsxReader.Options("Leads")))
        .isInstanceOf(ImportFileException.class)
        .hasMessage("contacts.xlsx: no sheet named \"Leads\"; the sheets are \"Feuil1\", \"Contacts\"");
  }

  @Test
  void hiddenSheetsAreSkippedWhenNoneIsNamed() throws IOException {
    Path file = dir.resolve("contacts.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "Vivier tests", "1.0");
      Worksheet lists = workbook.newWorksheet("Listes");
      lists.value(0, 0, "Valeurs");
      lists.setVisibilityState(VisibilityState.HIDDEN);
      workbook.newWorksheet("Contacts").value(0, 0, "Nom");
      workbook.setActiveTab(1);
      workbook.finish();
    }
    try (XlsxReader reader = XlsxReader.open(file)) {
      assertThat(reader.description()).isEqualTo("XLSX, sheet \"Contacts\"");
    }
  }

  @Test
  void anEmptySheetIsReported() throws IOException {
    Path file = XlsxFiles.write(dir.resolve("contacts.xlsx"), List.of(List.of(), Arrays.asList(null, " ")));
    assertThatThrownBy(() -> XlsxReader.open(file))
        .hasMessage("contacts.xlsx: the sheet \"Feuil1\" is empty");
  }

  @Test
  void anEmptyFileIsReported() throws IOException {
    Path file = Files.write(dir.resolve("contacts.xlsx"), new byte[0]);
    assertThatThrownBy(() -> XlsxReader.open(file)).hasMessage("contacts.xlsx: the file is empty");
  }

  @Test
  void aTruncatedWorkbookIsReportedAsDamaged() throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("Nom", "Ville"));
    for (int i = 0; i < 2000; i++) {
      rows.add(List.of("Dupont " + i, "Paris"));
    }
    Path whole = XlsxFiles.write(dir.resolve("whole.xlsx"), rows);
    byte[] bytes = Files.readAllBytes(whole);
    Path file = Files.write(dir.resolve("contacts.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> XlsxReader.open(file))
        .isInstanceOf(ImportFileException.class)
        .hasMessage("contacts.xlsx: the file is damaged or truncated, it is not a complete .xlsx workbook");
  }

  @Test
  void malformedSheetXmlIsReportedAsDamaged() throws IOException {
    Path file = XlsxFiles.writeRaw(dir.resolve("contacts.xlsx"),
        row(1, inline("A1", "Nom")) + row(2, inline("A2", "Dupont")) + "<row r=\"3\"><c r=\"A3\"><v>1</row>");
    try (XlsxReader reader = XlsxReader.open(file)) {
      assertThat(reader.next().number()).isEqualTo(2);
      assertThatThrownBy(reader::next)
          .isInstanceOf(ImportFileException.class)
          .hasMessageStartingWith("contacts.xlsx, sheet \"Feuil1\", after row 2: the workbook is damaged (");
    }
  }

  @Test
  void aZipBombIsRefusedBeforeParsing() throws IOException {
    Path file = XlsxFiles.writeBomb(dir.resolve("contacts.xlsx"), 100L << 20);
    assertThat(Files.size(file)).isLessThan(1 << 20);
    assertThatThrownBy(() -> XlsxReader.open(file))
        .isInstanceOf(ImportFileException.class)
        .hasMessage("contacts.xlsx: refused as a possible ZIP bomb, xl/worksheets/sheet1.xml expands more than "
            + "100 times, beyond 32 MiB");
  }

  @Test
  void aBombInAPartNotNamedXmlIsRefusedToo() throws IOException {
    Path workbook = XlsxFiles.write(dir.resolve("base.xlsx"), List.of(List.of("Nom")));
    byte[] zeros = new byte[1 << 20];
    Path file = XlsxFiles.withExtraPart(workbook, dir.resolve("contacts.xlsx"), "xl/data.bin", out -> {
      for (int i = 0; i < 100; i++) {
        out.write(zeros);
      }
    });
    assertThatThrownBy(() -> XlsxReader.open(file))
        .hasMessage("contacts.xlsx: refused as a possible ZIP bomb, xl/data.bin expands more than 100 times, beyond 32 MiB");
  }

  @Test
  void aLargePartWithoutRowsIsNotTakenForAnOversizedRow() throws IOException {
    Path workbook = XlsxFiles.write(dir.resolve("base.xlsx"), List.of(List.of("Nom"), List.of("Dupont")));
    SplittableRandom random = new SplittableRandom(7);
    Path file = XlsxFiles.withExtraPart(workbook, dir.resolve("contacts.xlsx"), "xl/pivotCache/pivotCacheRecords1.xml",
        out -> {
          StringBuilder records = new StringBuilder("<pivotCacheRecords>");
          while (records.length() < 40 << 20) {
            records.append("<r><n v=\"").append(random.nextLong()).append("\"/></r>");
          }
          out.write(records.append("</pivotCacheRecords>").toString().getBytes(StandardCharsets.UTF_8));
        });
    try (XlsxReader reader = XlsxReader.open(file)) {
      assertThat(reader.next().cells()).containsExactly("Dupont");
    }
  }

  @Test
  void aPartThatAppearsTwiceIsRefusedSinceTheCheckAndTheReaderCouldPickDifferentOnes() throws IOException {
    Path workbook = XlsxFiles.writeRaw(dir.resolve("base.xlsx"), row(1, inline("A1", "Nom")));
    Path twice = XlsxFiles.withExtraPart(workbook, dir.resolve("twice.xlsx"), "xl/worksheets/sheet1.xmX",
        out -> out.write("<worksheet/>".getBytes(StandardCharsets.UTF_8)));
    byte[] bytes = Files.readAllBytes(twice);
    byte[] from = "sheet1.xmX".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + from.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
        bytes[i + from.length - 1] = 'l';
      }
    }
    Path file = Files.write(dir.resolve("contacts.xlsx"), bytes);
    assertThatThrownBy(() -> XlsxReader.open(file))
        .hasMessage("contacts.xlsx: the workbook is damaged (the part xl/worksheets/sheet1.xml appears twice)");
  }

  @Test
  void aRowWithMoreCellsThanExcelAllowsIsRefused() throws IOException {
    String cells = "<c t=\"inlineStr\"><is><t>x</t></is></c>".repeat(XlsxGuard.MAX_CELLS_PER_ROW + 1);
    Path file = XlsxFiles.writeRaw(dir.resolve("contacts.xlsx"), row(1, inline("A1", "Nom")) + "<row r=\"2\">" + cells + "</row>");
    assertThatThrownBy(() -> XlsxReader.open(file))
        .hasMessage("contacts.xlsx: refused, xl/worksheets/sheet1.xml has a row of more than 16384 cells");
  }

  @Test
  void anOldXlsWorkbookIsReportedWithWhatToDo() throws IOException {
    byte[] ole2 = new byte[1024];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    byte[] workbook = "Workbook".getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(workbook, 0, ole2, 512, workbook.length);
    Path file = Files.write(dir.resolve("contacts.xls"), ole2);
    assertThatThrownBy(() -> XlsxReader.open(file))
        .hasMessage("contacts.xls: an Excel 97-2003 workbook (.xls) cannot be read, save it as .xlsx or .csv");
  }

  @Test
  void aPasswordProtectedWorkbookIsReported() throws IOException {
    byte[] ole2 = new byte[2048];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    byte[] stream = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(stream, 0, ole2, 1536, stream.length);
    Path file = Files.write(dir.resolve("contacts.xlsx"), ole2);
    assertThatThrownBy(() -> XlsxReader.open(file))
        .hasMessageStartingWith("contacts.xlsx: the workbook is password-protected");
  }

  @Test
  void aCsvNamedXlsxIsReported() throws IOException {
    Path file = Files.writeString(dir.resolve("contacts.xlsx"), "Nom;Ville\nDupont;Paris\n");
    assertThatThrownBy(() -> XlsxReader.open(file))
        .hasMessage("contacts.xlsx: not an Excel .xlsx workbook, it looks like a text file (import it as .csv)");
  }

  @Test
  void aZipThatIsNotAWorkbookIsReported() throws IOException {
    Path file = dir.resolve("contacts.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThatThrownBy(() -> XlsxReader.open(file))
        .hasMessage("contacts.xlsx: not an Excel .xlsx workbook, it looks like a Word document (.docx)");
  }

  @Test
  void anOpenDocumentSpreadsheetIsReportedWithWhatToDo() throws IOException {
    Path file = dir.resolve("contacts.ods");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThatThrownBy(() -> XlsxReader.open(file))
        .hasMessage("contacts.ods: not an Excel .xlsx workbook, it looks like an OpenDocument spreadsheet (.ods): "
            + "save it as .xlsx or .csv");
  }

  private static String row(int number, String... cells) {
    return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
  }

  private static String inline(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  private static String shared(String ref, int index) {
    return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
  }
}
