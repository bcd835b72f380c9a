package io.vivier.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportWritersTests {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Instant CREATED = Instant.parse("2026-03-01T09:30:00Z");
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static byte[] write(ExportFormat format, List<String> header, List<?>... rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportWriter writer = format.open(out, PARIS)) {
      writer.header(header);
      for (List<?> row : rows) {
        writer.row(row);
      }
    }
    return out.toByteArray();
  }

  static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  // CSV

  @Test
  void csvForExcelIsUtf8WithABomSemicolonsAndCrlf() {
    byte[] bytes = write(ExportFormat.CSV_EXCEL, List.of("first_name", "city", "note"), row("Élodie", "Saint-Étienne", "a;b"));

    assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(BOM);
    assertThat(new String(bytes, 3, bytes.length - 3, UTF_8))
        .isEqualTo("first_name;city;note\r\nÉlodie;Saint-Étienne;\"a;b\"\r\n");
    assertThat(new String(bytes, UTF_8)).doesNotContain("\uFFFD");
    assertThat(indexOf(bytes, new byte[] {(byte) 0xC3, (byte) 0x89, 'l', 'o'})).isPositive();
  }

  @Test
  void rfc4180CsvHasNoBomCommasAndQuotesOnlyWhatNeedsIt() {
    byte[] bytes =
        write(ExportFormat.CSV, List.of("a", "b", "c", "d", "e"), row("x,y", "say \"hi\"", "two\nlines", "a;b", "plain"));

    assertThat(bytes[0]).isEqualTo((byte) 'a');
    assertThat(new String(bytes, UTF_8))
        .isEqualTo("a,b,c,d,e\r\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",a;b,plain\r\n");
  }

  @Test
  void csvCellsNeutraliseTextButNotNumbersDatesOrPhones() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("budget", 10000);
    attributes.put("region", "Sud");
    byte[] bytes =
        write(
            ExportFormat.CSV,
            List.of("note", "phone", "score", "tags", "attributes", "created_at", "opted_out", "none", "blank", "ratio"),
            row("=SUM(A1)", "+33612345678", -2L, List.of("=x", "salon"), attributes, CREATED, true, null, "", 0.5));

    assertThat(new String(bytes, UTF_8).split("\r\n")[1])
        .isEqualTo("'=SUM(A1),+33612345678,-2,\"'=x, salon\",\"{\"\"budget\"\":10000,\"\"region\"\":\"\"Sud\"\"}\","
            + "2026-03-01T09:30:00Z,true,,,0.5");
  }

  @ParameterizedTest
  @CsvSource({"CSV_EXCEL, ';'", "CSV, ','"})
  void csvExportReadBackAndRestoredGivesTheSameTexts(ExportFormat format, char delimiter) throws IOException {
    List<String> texts =
        List.of("=SUM(A1)", "'=x", "-", "a;b,c", "say \"hi\"", "two\r\nlines", "Élodie Ñúñez", "+33612345678", "@cmd", "\t=1", "O'Neil");
    byte[] bytes = write(format, texts, texts);

    List<List<String>> read = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder().fieldSeparator(delimiter).detectBomHeader(true).ofCsvRecord(new ByteArrayInputStream(bytes))) {
      reader.forEach(r -> read.add(r.getFields().stream().map(Cells::restore).toList()));
    }
    assertThat(read).containsExactly(texts, texts);
  }

  // XLSX

  @Test
  void xlsxCellsAreTypedNumbersDatesBooleansAndText() throws IOException {
    List<String> header =
        List.of("first_name", "phone", "employees", "revenue", "created_at", "tags", "attributes", "note", "opted_out",
            "huge", "none", "birthday", "minus");
    byte[] bytes =
        write(
            ExportFormat.XLSX,
            header,
            row("Élodie", "+33612345678", 250L, 150_000_000_000L, CREATED, List.of("salon", "vip"), Map.of("budget", 10000),
                "=SUM(A1)", true, 1_000_000_000_000_000_001L, null, LocalDate.of(1980, 5, 17), "-2"));

    List<Row> rows = readXlsx(bytes);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).stream().map(Cell::getText).toList()).isEqualTo(header);
    Row row = rows.get(1);
    assertText(row.getCell(0), "Élodie");
    assertText(row.getCell(1), "+33612345678");
    assertThat(row.getCell(2).getType()).isEqualTo(CellType.NUMBER);
    assertThat(row.getCell(2).asNumber()).isEqualByComparingTo("250");
    assertThat(row.getCell(3).getType()).isEqualTo(CellType.NUMBER);
    assertThat(row.getCell(3).asNumber()).isEqualByComparingTo("150000000000");
    assertThat(row.getCell(3).getDataFormatString()).isEqualTo("0");
    assertThat(row.getCell(4).getType()).isEqualTo(CellType.NUMBER);
    assertThat(row.getCell(4).asDate()).isEqualTo(LocalDateTime.of(2026, 3, 1, 10, 30));
    assertThat(row.getCell(4).getDataFormatString()).isEqualTo(ExportXlsxWriter.DATE_TIME_FORMAT);
    assertText(row.getCell(5), "salon, vip");
    assertText(row.getCell(6), "{\"budget\":10000}");
    assertText(row.getCell(7), "'=SUM(A1)");
    assertThat(row.getCell(8).getType()).isEqualTo(CellType.BOOLEAN);
    assertThat(row.getCell(8).asBoolean()).isTrue();
    assertText(row.getCell(9), "1000000000000000001");
    assertThat(row.getOptionalCell(10).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
    assertThat(row.getCell(11).asDate()).isEqualTo(LocalDateTime.of(1980, 5, 17, 0, 0));
    assertThat(row.getCell(11).getDataFormatString()).isEqualTo(ExportXlsxWriter.DATE_FORMAT);
    assertText(row.getCell(12), "'-2");
  }

  @Test
  void xlsxHoldsNoFormulaEvenForFormulaLikeText() throws IOException {
    byte[] bytes =
        write(ExportFormat.XLSX, List.of("=a", "b"), row("=HYPERLINK(\"http://evil.example\",\"x\")", "+1"), row("@cmd", "-1"));

    String sheet = zipEntry(bytes, "xl/worksheets/sheet1.xml");
    assertThat(sheet).contains("HYPERLINK").doesNotContain("<f>").doesNotContain("<f ");
    assertThat(readXlsx(bytes).stream().flatMap(Row::stream).map(Cell::getType)).doesNotContain(CellType.FORMULA);
    assertThat(zipEntry(bytes, "xl/sharedStrings.xml")).doesNotContain("HYPERLINK");
  }

  @Test
  void xlsxRowsReachTheStreamBeforeTheFileIsClosed() {
    CountingStream out = new CountingStream();
    ExportWriter writer = ExportFormat.XLSX.open(out, PARIS);
    writer.header(List.of("id", "email", "city"));
    long afterHeader = out.count;
    for (long i = 0; i < 50_000; i++) {
      writer.row(row(i, "person" + i + "@exemple.fr", "Lyon " + i));
    }
    long beforeClose = out.count;
    writer.close();

    assertThat(beforeClose - afterHeader).isGreaterThan(out.count / 2);
  }

  // JSONL

  @Test
  void jsonlIsOneTypedObjectPerLine() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("budget", 10000);
    attributes.put("sectors", List.of("BTP", "Énergie"));
    byte[] bytes =
        write(
            ExportFormat.JSONL,
            List.of("id", "first_name", "tags", "attributes", "created_at", "score", "note", "phone", "none"),
            row(1L, "Élodie", List.of("salon", "vip"), attributes, CREATED, 72L, "=SUM(A1)", "+33612345678", null),
            row(2L, "Jean", List.of(), Map.of(), null, null, "two\nlines", null, null));

    String text = new String(bytes, UTF_8);
    assertThat(bytes[0]).isEqualTo((byte) '{');
    assertThat(text).endsWith("}\n").contains("Élodie").doesNotContain("\\u00");
    String[] lines = text.split("\n");
    assertThat(lines).hasSize(2);
    JsonMapper json = JsonMapper.builder().build();
    JsonNode first = json.readTree(lines[0]);
    assertThat(first.propertyNames()).containsExactly(
        "id", "first_name", "tags", "attributes", "created_at", "score", "note", "phone", "none");
    assertThat(first.get("id").isIntegralNumber()).isTrue();
    assertThat(first.get("id").asLong()).isEqualTo(1L);
    assertThat(first.get("first_name").asString()).isEqualTo("Élodie");
    assertThat(first.get("tags").isArray()).isTrue();
    assertThat(first.get("tags").values().stream().map(JsonNode::asString).toList()).containsExactly("salon", "vip");
    assertThat(first.get("attributes").isObject()).isTrue();
    assertThat(first.get("attributes").get("budget").isIntegralNumber()).isTrue();
    assertThat(first.get("attributes").get("budget").asInt()).isEqualTo(10000);
    assertThat(first.get("attributes").get("sectors").get(1).asString()).isEqualTo("Énergie");
    assertThat(first.get("created_at").asString()).isEqualTo("2026-03-01T09:30:00Z");
    assertThat(first.get("score").isIntegralNumber()).isTrue();
    assertThat(first.get("note").asString()).isEqualTo("=SUM(A1)");
    assertThat(first.get("phone").asString()).isEqualTo("+33612345678");
    assertThat(first.get("none").isNull()).isTrue();
    assertThat(json.readTree(lines[1]).get("note").asString()).isEqualTo("two\nlines");
  }

  // every format

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void rowsNeedAHeaderFirstAndAValuePerColumn(ExportFormat format) {
    ExportWriter writer = format.open(new ByteArrayOutputStream(), PARIS);
    assertThatThrownBy(() -> writer.row(List.of("x"))).isInstanceOf(IllegalStateException.class);
    writer.header(List.of("a", "b"));
    assertThatThrownBy(() -> writer.header(List.of("a", "b"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> writer.row(List.of("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a row has 1 values for 2 columns");
    writer.close();
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void closingTheWriterFinishesTheFileButLeavesTheStreamOpen(ExportFormat format) {
    CountingStream out = new CountingStream();
    try (ExportWriter writer = format.open(out, PARIS)) {
      writer.header(List.of("a"));
      writer.row(List.of("x"));
    }
    assertThat(out.closed).isFalse();
    assertThat(out.count).isPositive();
  }

  @ParameterizedTest
  @CsvSource({
    "csv, CSV", "CSV, CSV", "csv-excel, CSV_EXCEL", "excel, CSV_EXCEL", "' Excel ', CSV_EXCEL", "csv_excel, CSV_EXCEL",
    "xlsx, XLSX", "jsonl, JSONL", "ndjson, JSONL"
  })
  void formatsAreReadFromWhatUsersType(String text, ExportFormat format) {
    assertThat(ExportFormat.parse(text)).isEqualTo(format);
  }

  @Test
  void anUnknownFormatNamesTheChoices() {
    assertThatThrownBy(() -> ExportFormat.parse("xls"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown export format 'xls'; choose one of csv, csv-excel, xlsx, jsonl");
  }

  // helpers

  static void assertText(Cell cell, String text) {
    assertThat(cell.getType()).as("type of %s", cell.getAddress()).isEqualTo(CellType.STRING);
    assertThat(cell.asString()).isEqualTo(text);
    assertThat(cell.getFormula()).isNull();
  }

  static List<Row> readXlsx(byte[] bytes) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
      return workbook.getFirstSheet().read();
    }
  }

  static String zipEntry(byte[] bytes, String name) throws IOException {
    Path file = Files.write(Files.createTempFile("export", ".xlsx"), bytes);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry(name);
      return entry == null ? "" : new String(zip.getInputStream(entry).readAllBytes(), UTF_8);
    } finally {
      Files.delete(file);
    }
  }

  static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (Arrays.equals(Arrays.copyOfRange(bytes, i, i + part.length), part)) {
        return i;
      }
    }
    return -1;
  }

  /** Counts bytes and remembers whether it was closed. */
  static final class CountingStream extends OutputStream {
    long count;
    boolean closed;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      count += length;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
