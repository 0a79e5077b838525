package org.coopkit.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes the parser takes from the document and fails once one record has taken more than
 * its budget, so that no single record (nor whitespace between records) can fill the heap. The
 * parser reads ahead a buffer at a time, so the limit holds to within one buffer (about 8 KiB).
 */
final class RecordBudget extends FilterInputStream {
  private final long maxRecordBytes;
  private long read;
  private long mark;

  RecordBudget(InputStream in, long maxRecordBytes) {
    super(in);
    this.maxRecordBytes = maxRecordBytes;
  }

  /** A new record starts: it gets a full budget. */
  void startRecord() {
    mark = read;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(long n) throws IOException {
    read += n;
    if (read - mark > maxRecordBytes) {
      throw new TooLarge(maxRecordBytes, mark);
    }
  }

  /** Thrown into the parser when a record exceeds its budget. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long maxRecordBytes, long recordStart) {
      super(
          "the record starting after byte "
              + recordStart
              + " takes more than "
              + maxRecordBytes
              + " bytes (ImportOptions.maxRecordBytes)");
    }
  }
}
