package io.vivier.importing;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV through FastCSV: fields are quoted only when they hold the delimiter, a quote or a line break
 * (quotes doubled, RFC 4180); text cells are neutralised.
 */
final class ExportCsvWriter extends ExportWriterBase {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final OutputStream out;
  private final CsvWriter csv;

  private ExportCsvWriter(OutputStream out, char delimiter, boolean bom) {
    this.out = out;
    try {
      if (bom) {
        out.write(BOM);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.csv =
        CsvWriter.builder()
            .fieldSeparator(delimiter)
            .lineDelimiter(LineDelimiter.CRLF)
            .build(new ExportKeepOpenStream(out), StandardCharsets.UTF_8);
  }

  static ExportCsvWriter excel(OutputStream out) {
    return new ExportCsvWriter(out, ';', true);
  }

  static ExportCsvWriter rfc4180(OutputStream out) {
    return new ExportCsvWriter(out, ',', false);
  }

  @Override
  void writeHeader(List<String> names) {
    writeRow(names);
  }

  @Override
  void writeRow(List<?> values) {
    List<String> cells = new ArrayList<>(values.size());
    for (Object value : values) {
      cells.add(ExportValues.cell(value));
    }
    csv.writeRecord(cells);
  }

  @Override
  public void close() {
    try {
      csv.close();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
