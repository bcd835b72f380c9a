package io.vivier.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTests {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {",", ";", "\t", "|"})
  void eachDelimiterIsDetected(String delimiter) throws IOException {
    String csv = String.join(delimiter, "Nom", "Email", "Ville") + "\n"
        + String.join(delimiter, "Dupont", "jean@exemple.fr", "Paris") + "\n"
        + String.join(delimiter, "Martin", "marie@exemple.fr", "Lyon") + "\n";
    try (CsvReader reader = CsvReader.open(write("contacts.csv", csv, StandardCharsets.UTF_8))) {
      assertThat(reader.header()).containsExactly("Nom", "Email", "Ville");
      assertThat(reader.next().cells()).containsExactly("Dupont", "jean@exemple.fr", "Paris");
      assertThat(reader.description()).startsWith(
          "CSV, " + (delimiter.equals("\t") ? "tab" : "'" + delimiter + "'") + "-delimited, UTF-8");
    }
  }

  @Test
  void delimitersInsideQuotesDoNotCountWhenDetecting() throws IOException {
    String csv = "Nom;Adresse\n\"Dupont, Jean\";\"1, rue de la Paix, Paris\"\n"
        + "\"Martin, Marie\";\"2, quai des Chartrons, Bordeaux\"\n";
    try (CsvReader reader = CsvReader.open(write("contacts.csv", csv, StandardCharsets.UTF_8))) {
      assertThat(reader.header()).containsExactly("Nom", "Adresse");
      assertThat(reader.next().cells()).containsExactly("Dupont, Jean", "1, rue de la Paix, Paris");
    }
  }

  @Test
  void delimitersInsideQuotesDoNotMakeAnotherDelimiterWin() throws IOException {
    // read without quotes, ';' would give 2, 3, 4 and 2 fields and ',' a steadier 1, 2, 2, 2
    String csv = "Nom;Note\n\"Dupont\";\"a;b, x\"\n\"Martin\";\"c;d;e, y\"\n\"Durand\";\"f, z\"\n";
    try (CsvReader reader = CsvReader.open(write("contacts.csv", csv, StandardCharsets.UTF_8))) {
      assertThat(reader.header()).containsExactly("Nom", "Note");
      assertThat(reader.next().cells()).containsExactly("Dupont", "a;b, x");
    }
  }

  @Test
  void commasInUnquotedValuesDoNotWinOverAConsistentSemicolon() throws IOException {
    String csv = "Nom;CA;Effectif\nDupont SA;12,5;40\nMartin SARL;3,75;12\nDurand;100;3\n";
    try (CsvReader reader = CsvReader.open(write("contacts.csv", csv, StandardCharsets.UTF_8))) {
      assertThat(reader.header()).containsExactly("Nom", "CA", "Effectif");
      assertThat(reader.next().cells()).containsExactly("Dupont SA", "12,5", "40");
    }
  }

  @Test
  void aGivenDelimiterWinsOverDetection() throws IOException {
    String csv = "Nom;Ville,Pays\nDupont;Paris,France\n";
    try (CsvReader reader = CsvReader.open(write("contacts.csv", csv, StandardCharsets.UTF_8),
        new CsvReader.Options(',', null))) {
      assertThat(reader.header()).containsExactly("Nom;Ville", "Pays");
      assertThat(reader.description()).isEqualTo("CSV, ','-delimited, UTF-8");
    }
  }

  @Test
  void aFileWithOneColumnIsReadAsOneColumn() throws IOException {
    try (CsvReader reader = CsvReader.open(write("emails.csv", "Email\na@exemple.fr\nb@exemple.fr\n",
        StandardCharsets.UTF_8))) {
      assertThat(reader.header()).containsExactly("Email");
      assertThat(reader.next().cells()).containsExactly("a@exemple.fr");
    }
  }

  @Test
  void utf8WithBomIsReadWithoutTheBom() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path file = write("contacts.csv", concat(bom, "Prénom;Nom\nHélène;Lefèvre\n".getBytes(StandardCharsets.UTF_8)));
    try (CsvReader reader = CsvReader.open(file)) {
      assertThat(reader.header()).containsExactly("Prénom", "Nom");
      assertThat(reader.next().cells()).containsExactly("Hélène", "Lefèvre");
      assertThat(reader.description()).isEqualTo("CSV, ';'-delimited, UTF-8, with BOM");
    }
  }

  @Test
  void aByteOrderMarkDoesNotHideTheQuoteOfTheFirstHeaderCell() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path file = write("contacts.csv", concat(bom, "\"Prénom\";\"Nom\"\r\n\"Hélène\";\"Lefèvre\"\r\n".getBytes(StandardCharsets.UTF_8)));
    try (CsvReader reader = CsvReader.open(file)) {
      assertThat(reader.header()).containsExactly("Prénom", "Nom");
    }
  }

  @Test
  void utf8WithoutBomIsRecognised() throws IOException {
    try (CsvReader reader = CsvReader.open(write("contacts.csv", "Prénom;Nom\nFrançois;Gérard\n",
        StandardCharsets.UTF_8))) {
      assertThat(reader.next().cells()).containsExactly("François", "Gérard");
      assertThat(reader.description()).isEqualTo("CSV, ';'-delimited, UTF-8");
    }
  }

  @Test
  void bytesThatAreNotUtf8AreReadAsWindows1252() throws IOException {
    Path file = write("contacts.csv", "Prénom;Nom;Budget\nHélène;Lefèvre;10 000 €\nÉlodie;Crème;5 €\n", WINDOWS_1252);
    try (CsvReader reader = CsvReader.open(file)) {
      assertThat(reader.header()).containsExactly("Prénom", "Nom", "Budget");
      assertThat(reader.next().cells()).containsExactly("Hélène", "Lefèvre", "10 000 €");
      assertThat(reader.next().cells()).containsExactly("Élodie", "Crème", "5 €");
      assertThat(reader.description()).isEqualTo("CSV, ';'-delimited, windows-1252");
    }
  }

  @Test
  void aWindows1252ByteFarBeyondTheSampleStillDecidesTheEncoding() throws IOException {
    StringBuilder csv = new StringBuilder("Nom;Ville\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append("Dupont").append(i).append(";Paris\n");
    }
    csv.append("Hélène;Orléans\n");
    try (CsvReader reader = CsvReader.open(write("contacts.csv", csv.toString(), WINDOWS_1252))) {
      assertThat(reader.description()).isEqualTo("CSV, ';'-delimited, windows-1252");
      RawRow last = null;
      for (RawRow row = reader.next(); row != null; row = reader.next()) {
        last = row;
      }
      assertThat(last.cells()).containsExactly("Hélène", "Orléans");
      assertThat(last.number()).isEqualTo(20_002);
    }
  }

  @Test
  void aGivenCharsetWinsOverDetection() throws IOException {
    Path file = write("contacts.csv", "Nom;Ville\nHélène;Orléans\n", StandardCharsets.UTF_8);
    try (CsvReader reader = CsvReader.open(file, new CsvReader.Options(null, StandardCharsets.ISO_8859_1))) {
      assertThat(reader.next().cells()).containsExactly("HÃ©lÃ¨ne", "OrlÃ©ans");
      assertThat(reader.description()).isEqualTo("CSV, ';'-delimited, ISO-8859-1");
    }
  }

  @Test
  void utf16WithBomIsDecoded() throws IOException {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    Path file = write("contacts.csv", concat(bom, "Nom\tVille\r\nHélène\tOrléans\r\n".getBytes(StandardCharsets.UTF_16LE)));
    try (CsvReader reader = CsvReader.open(file)) {
      assertThat(reader.header()).containsExactly("Nom", "Ville");
      assertThat(reader.next().cells()).containsExactly("Hélène", "Orléans");
      assertThat(reader.description()).isEqualTo("CSV, tab-delimited, UTF-16LE, with BOM");
    }
  }

  @Test
  void utf16BigEndianWithBomIsDecoded() throws IOException {
    byte[] bom = {(byte) 0xFE, (byte) 0xFF};
    Path file = write("contacts.csv", concat(bom, "Nom;Ville\nHélène;Orléans\n".getBytes(StandardCharsets.UTF_16BE)));
    try (CsvReader reader = CsvReader.open(file)) {
      assertThat(reader.next().cells()).containsExactly("Hélène", "Orléans");
      assertThat(reader.description()).isEqualTo("CSV, ';'-delimited, UTF-16BE, with BOM");
    }
  }

  @Test
  void utf16WithoutBomIsRecognisedByItsZeroBytes() throws IOException {
    Path file = write("contacts.csv", "Nom;Ville\r\nHélène;Orléans\r\n".getBytes(StandardCharsets.UTF_16LE));
    try (CsvReader reader = CsvReader.open(file)) {
      assertThat(reader.next().cells()).containsExactly("Hélène", "Orléans");
      assertThat(reader.description()).isEqualTo("CSV, ';'-delimited, UTF-16LE");
    }
  }

  @Test
  void rowNumbersFollowCrLfLfAndCrLineBreaks() throws IOException {
    String csv = "Nom;Ville\r\nDupont;Paris\r\nMartin;Lyon\rDurand;Lille\nPetit;Nantes";
    try (CsvReader reader = CsvReader.open(write("contacts.csv", csv, StandardCharsets.UTF_8))) {
      assertThat(all(reader)).containsExactly(
          new RawRow(2, List.of("Dupont", "Paris")),
          new RawRow(3, List.of("Martin", "Lyon")),
          new RawRow(4, List.of("Durand", "Lille")),
          new RawRow(5, List.of("Petit", "Nantes")));
    }
  }

  @Test
  void quotedFieldsKeepDelimitersDoubledQuotesAndLineBreaksAndRowsAreNumberedByTheirFirstLine()
      throws IOException {
    String csv = "Nom,Note,Ville\r\n"
        + "Dupont,\"Rappeler, \"\"urgent\"\"\r\nvoir mail\r\n\",Paris\r\n"
        + "Martin,simple,Lyon\r\n";
    try (CsvReader reader = CsvReader.open(write("contacts.csv", csv, StandardCharsets.UTF_8))) {
      RawRow first = reader.next();
      assertThat(first.number()).isEqualTo(2);
      assertThat(first.cells()).containsExactly("Dupont", "Rappeler, \"urgent\"\r\nvoir mail\r\n", "Paris");
      assertThat(reader.next()).isEqualTo(new RawRow(5, List.of("Martin", "simple", "Lyon")));
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void raggedRowsAreReturnedAsTheyAre() throws IOException {
    String csv = "Nom;Email;Ville\nDupont;jean@exemple.fr\nMartin;marie@exemple.fr;Lyon;en trop\n";
    try (CsvReader reader = CsvReader.open(write("contacts.csv", csv, StandardCharsets.UTF_8))) {
      assertThat(reader.next().cells()).containsExactly("Dupont", "jean@exemple.fr");
      assertThat(reader.next().cells()).containsExactly("Martin", "marie@exemple.fr", "Lyon", "en trop");
    }
  }

  @Test
  void blankRowsAreSkippedButCounted() throws IOException {
    String csv = "\n;;\nNom;Ville;Pays\n\n;;\n  ;  ;\nDupont;Paris;FR\n;;\n";
    try (CsvReader reader = CsvReader.open(write("contacts.csv", csv, StandardCharsets.UTF_8))) {
      assertThat(reader.header()).containsExactly("Nom", "Ville", "Pays");
      assertThat(all(reader)).containsExactly(new RawRow(7, List.of("Dupont", "Paris", "FR")));
    }
  }

  @Test
  void headerNamesAreTrimmedNamedWhenEmptyAndMadeUnique() throws IOException {
    String csv = " Email ;;Nom;email;Email;\nx;y;z;t;u;v\n";
    try (CsvReader reader = CsvReader.open(write("contacts.csv", csv, StandardCharsets.UTF_8))) {
      assertThat(reader.header()).containsExactly("Email", "column 2", "Nom", "email (2)", "Email (3)", "column 6");
    }
  }

  @Test
  void aHeaderWithoutRowsHasNoRows() throws IOException {
    try (CsvReader reader = CsvReader.open(write("contacts.csv", "Nom;Ville\r\n", StandardCharsets.UTF_8))) {
      assertThat(reader.header()).containsExactly("Nom", "Ville");
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void anEmptyFileIsRefused() throws IOException {
    Path file = write("contacts.csv", new byte[0]);
    assertThatThrownBy(() -> CsvReader.open(file))
        .isInstanceOf(ImportFileException.class)
        .hasMessage("contacts.csv: the file is empty");
  }

  @Test
  void aFileWithOnlyAByteOrderMarkIsEmpty() throws IOException {
    Path file = write("contacts.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    assertThatThrownBy(() -> CsvReader.open(file)).hasMessage("contacts.csv: the file is empty");
  }

  @Test
  void aFileOfBlankLinesHasNoHeader() throws IOException {
    Path file = write("contacts.csv", "\r\n  \r\n\t\r\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CsvReader.open(file))
        .isInstanceOf(ImportFileException.class)
        .hasMessage("contacts.csv: no header row, the file holds only blank lines");
  }

  @Test
  void anImageIsNotTakenForCsv() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Path file = write("contacts.csv", png);
    assertThatThrownBy(() -> CsvReader.open(file))
        .isInstanceOf(ImportFileException.class)
        .hasMessage("contacts.csv: not a CSV file, it looks like a PNG image");
  }

  @Test
  void aPdfIsNotTakenForCsv() throws IOException {
    Path file = write("contacts.csv", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n", WINDOWS_1252);
    assertThatThrownBy(() -> CsvReader.open(file))
        .hasMessage("contacts.csv: not a CSV file, it looks like a PDF document");
  }

  @Test
  void anExcelWorkbookNamedCsvIsRecognised() throws IOException {
    Path xlsx = XlsxFiles.write(dir.resolve("contacts.csv"), List.of(List.of("Nom"), List.of("Dupont")));
    assertThatThrownBy(() -> CsvReader.open(xlsx))
        .hasMessage("contacts.csv: not a CSV file, it looks like an Excel workbook (.xlsx)");
  }

  @Test
  void aZipArchiveIsRecognised() throws IOException {
    Path zip = dir.resolve("contacts.csv");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("contacts.csv"));
      out.write("Nom\nDupont\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    assertThatThrownBy(() -> CsvReader.open(zip))
        .hasMessage("contacts.csv: not a CSV file, it looks like a ZIP archive");
  }

  @Test
  void nulBytesMeanBinaryData() throws IOException {
    Path file = write("contacts.csv", new byte[] {'N', 'o', 'm', 0, 0, 1, 2, '\n', 'x', 0});
    assertThatThrownBy(() -> CsvReader.open(file))
        .isInstanceOf(ImportFileException.class)
        .hasMessage("contacts.csv: not a CSV file, it holds binary data (NUL bytes)");
  }

  @Test
  void anUnterminatedQuoteAtTheEndIsReportedWithItsRowAndColumn() throws IOException {
    String csv = "Nom;Email;Ville\nDupont;jean@exemple.fr;Paris\nMartin;\"marie@exemple.fr;Lyon\nDurand;x;y\n";
    Path file = write("contacts.csv", csv, StandardCharsets.UTF_8);
    try (CsvReader reader = CsvReader.open(file)) {
      assertThat(reader.next().number()).isEqualTo(2);
      assertThatThrownBy(reader::next)
          .isInstanceOf(ImportFileException.class)
          .hasMessage("contacts.csv, row 3: unterminated quoted field starting at column 2 (Email), "
              + "the closing quote is missing");
    }
  }

  @Test
  void anUnterminatedQuoteInTheHeaderIsReported() throws IOException {
    Path file = write("contacts.csv", "Nom;\"Email\nDupont;x\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CsvReader.open(file))
        .hasMessage("contacts.csv, row 1: unterminated quoted field starting at column 2, the closing quote is missing");
  }

  @Test
  void textAfterAClosingQuoteIsReportedWithItsColumn() throws IOException {
    Path file = write("contacts.csv", "Nom;Ville;Pays\nDupont;\"Paris\" 15e;FR\n", StandardCharsets.UTF_8);
    try (CsvReader reader = CsvReader.open(file)) {
      assertThatThrownBy(reader::next)
          .hasMessage("contacts.csv, row 2, column 2 (Ville): text after the closing quote of a quoted field");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2 << 20, 6 << 20})
  void anAbsurdlyLongFieldIsRefusedWithItsRowAndColumn(int length) throws IOException {
    String csv = "Nom;Note\nDupont;ok\nMartin;" + "x".repeat(length) + "\nDurand;ok\n";
    try (CsvReader reader = CsvReader.open(write("contacts.csv", csv, StandardCharsets.UTF_8))) {
      reader.next();
      assertThatThrownBy(reader::next)
          .isInstanceOf(ImportFileException.class)
          .hasMessage("contacts.csv, row 3, column 2 (Note): the field is longer than 1048576 characters "
              + "(a quote that is never closed?)");
    }
  }

  @Test
  void aQuoteNeverClosedInALargeFileIsReportedAsAnOverlongField() throws IOException {
    StringBuilder csv = new StringBuilder("Nom;Note\nDupont;\"ouvert\n");
    for (int i = 0; i < 200_000; i++) {
      csv.append("Martin").append(i).append(";une note assez longue\n");
    }
    try (CsvReader reader = CsvReader.open(write("contacts.csv", csv.toString(), StandardCharsets.UTF_8))) {
      assertThatThrownBy(reader::next)
          .hasMessageStartingWith("contacts.csv, row 2, column 2 (Note): the field is longer than");
    }
  }

  @Test
  void aRowWithTooManyColumnsIsRefused() throws IOException {
    String csv = "Nom;Ville\nDupont;" + ";x".repeat(CsvReader.MAX_COLUMNS) + "\n";
    try (CsvReader reader = CsvReader.open(write("contacts.csv", csv, StandardCharsets.UTF_8))) {
      assertThatThrownBy(reader::next)
          .hasMessage("contacts.csv, row 2: the row has more than 16384 columns");
    }
  }

  private static List<RawRow> all(TabularReader reader) {
    List<RawRow> rows = new ArrayList<>();
    for (RawRow row = reader.next(); row != null; row = reader.next()) {
      rows.add(row);
    }
    return rows;
  }

  private Path write(String name, String content, Charset charset) throws IOException {
    return write(name, content.getBytes(charset));
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
