package io.vivier.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTests {

  @TempDir
  Path dir;

  @Test
  void aCsvFileIsReadAsCsv() throws IOException {
    Path file = Files.writeString(dir.resolve("contacts.csv"), "Nom;Ville\nDupont;Paris\n");
    try (TabularReader reader = Readers.open(file, Readers.ReadOptions.DEFAULTS)) {
      assertThat(reader).isInstanceOf(CsvReader.class);
      assertThat(reader.header()).containsExactly("Nom", "Ville");
    }
  }

  @Test
  void aWorkbookIsReadAsAWorkbookWhateverItsName() throws IOException {
    Path file = XlsxFiles.write(dir.resolve("contacts.csv"), List.of(List.of("Nom"), List.of("Dupont")));
    try (TabularReader reader = Readers.open(file, Readers.ReadOptions.DEFAULTS)) {
      assertThat(reader).isInstanceOf(XlsxReader.class);
      assertThat(reader.next().cells()).containsExactly("Dupont");
    }
  }

  @Test
  void textNamedXlsxIsReadAsCsv() throws IOException {
    Path file = Files.writeString(dir.resolve("contacts.xlsx"), "Nom,Ville\nDupont,Paris\n");
    try (TabularReader reader = Readers.open(file, Readers.ReadOptions.DEFAULTS)) {
      assertThat(reader.description()).isEqualTo("CSV, ','-delimited, UTF-8");
    }
  }

  @Test
  void jsonLinesAreRecognisedByTheirFirstBrace() throws IOException {
    Path file = Files.writeString(dir.resolve("export.txt"), "\uFEFF  {\"email\": \"a@exemple.fr\"}\n");
    try (TabularReader reader = Readers.open(file, Readers.ReadOptions.DEFAULTS)) {
      assertThat(reader).isInstanceOf(JsonLinesReader.class);
      assertThat(reader.header()).containsExactly("email");
    }
  }

  @Test
  void anArrayOfObjectsIsRecognisedAsJson() throws IOException {
    Path file = Files.writeString(dir.resolve("export.txt"), "[\n  {\"email\": \"a@exemple.fr\"}\n]\n");
    try (TabularReader reader = Readers.open(file, Readers.ReadOptions.DEFAULTS)) {
      assertThat(reader.description()).isEqualTo("JSON array of objects");
    }
  }

  @Test
  void aCsvWhoseFirstCellStartsWithABracketStaysCsv() throws IOException {
    Path file = Files.writeString(dir.resolve("contacts.csv"), "[id];Nom\n1;Dupont\n");
    try (TabularReader reader = Readers.open(file, Readers.ReadOptions.DEFAULTS)) {
      assertThat(reader.header()).containsExactly("[id]", "Nom");
    }
  }

  @Test
  void aJsonFileThatDoesNotStartLikeJsonGetsAJsonError() throws IOException {
    Path file = Files.writeString(dir.resolve("contacts.jsonl"), "\"a@exemple.fr\"\n");
    assertThatThrownBy(() -> Readers.open(file, Readers.ReadOptions.DEFAULTS))
        .isInstanceOf(ImportFileException.class)
        .hasMessage("contacts.jsonl, line 1, character 1: expected a JSON object, found a string");
  }

  @Test
  void theOptionsReachTheReader() throws IOException {
    Charset windows1252 = Charset.forName("windows-1252");
    Path csv = Files.write(dir.resolve("contacts.csv"), "Nom|Ville;Pays\nHélène|Orléans;FR\n".getBytes(windows1252));
    try (TabularReader reader = Readers.open(csv, new Readers.ReadOptions(null, StandardCharsets.ISO_8859_1, '|'))) {
      assertThat(reader.next().cells()).containsExactly("Hélène", "Orléans;FR");
      assertThat(reader.description()).isEqualTo("CSV, '|'-delimited, ISO-8859-1");
    }
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put("Feuil1", List.of(List.of("Nom")));
    sheets.put("Contacts", List.of(List.of("Email")));
    Path xlsx = XlsxFiles.write(dir.resolve("contacts.xlsx"), sheets);
    try (TabularReader reader = Readers.open(xlsx, new Readers.ReadOptions("Contacts", null, null))) {
      assertThat(reader.header()).containsExactly("Email");
    }
  }

  @Test
  void anEmptyFileIsReported() throws IOException {
    Path file = Files.write(dir.resolve("contacts.xlsx"), new byte[0]);
    assertThatThrownBy(() -> Readers.open(file, Readers.ReadOptions.DEFAULTS))
        .hasMessage("contacts.xlsx: the file is empty");
  }

  @Test
  void anOldXlsIsSentToTheWorkbookReaderWhichSaysWhatToDo() throws IOException {
    byte[] ole2 = new byte[1024];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    Path file = Files.write(dir.resolve("contacts.csv"), ole2);
    assertThatThrownBy(() -> Readers.open(file, Readers.ReadOptions.DEFAULTS))
        .hasMessage("contacts.csv: an Excel 97-2003 workbook (.xls) cannot be read, save it as .xlsx or .csv");
  }

  @Test
  void anHtmlPageNamedXlsIsNotReadAsCsv() throws IOException {
    Path file = Files.writeString(dir.resolve("export.xls"), "<html><body><table><tr><td>Nom</td></tr></table></body></html>");
    assertThatThrownBy(() -> Readers.open(file, Readers.ReadOptions.DEFAULTS))
        .hasMessage("export.xls: not a CSV file, it looks like an HTML page: open it in Excel and save it as .xlsx or .csv");
  }

  @Test
  void aPdfIsReported() throws IOException {
    Path file = Files.writeString(dir.resolve("contacts.csv"), "%PDF-1.4\n");
    assertThatThrownBy(() -> Readers.open(file, Readers.ReadOptions.DEFAULTS))
        .hasMessage("contacts.csv: not a CSV file, it looks like a PDF document");
  }
}
