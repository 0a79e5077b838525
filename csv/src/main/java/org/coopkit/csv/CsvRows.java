package org.coopkit.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * One CSV file being written: a header, then a row per record, through Jackson's CSV writer, which
 * quotes what needs quoting. The caller's stream is flushed at the end, never closed.
 */
final class CsvRows implements AutoCloseable {
  private static final CsvMapper MAPPER = CsvMapper.shared();
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Writer text;
  private final SequenceWriter writer;
  private long rows;

  CsvRows(OutputStream out, CsvDialect dialect, List<String> header) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
    header.forEach(schema::addColumn);
    if (dialect == CsvDialect.SPREADSHEET) {
      schema.setColumnSeparator(';');
      try {
        out.write(BYTE_ORDER_MARK);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    this.text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.writer =
        MAPPER
            .writer(schema.build())
            .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // quotes only the values that need it (a separator, a quote, a line end)
            .with(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .writeValues(text);
  }

  void row(List<String> values) {
    writer.write(values);
    rows++;
  }

  long rows() {
    return rows;
  }

  @Override
  public void close() {
    writer.close();
    try {
      text.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
