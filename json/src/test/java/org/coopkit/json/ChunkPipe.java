package org.coopkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A pipe between two threads that hands over 64 KiB chunks through a small bounded queue, so that
 * writer and reader run in parallel and at most {@value #CHUNKS} chunks are in flight. (The JDK's
 * piped streams poll once a second and let the two sides take turns.)
 */
final class ChunkPipe {
  private static final int CHUNK = 64 * 1024;
  private static final int CHUNKS = 8;
  private static final byte[] END = new byte[0];

  private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(CHUNKS);

  /** The writing end; closing it ends the stream. */
  OutputStream out() {
    return new OutputStream() {
      private byte[] chunk = new byte[CHUNK];
      private int size;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
          int n = Math.min(length, CHUNK - size);
          System.arraycopy(bytes, offset, chunk, size, n);
          size += n;
          offset += n;
          length -= n;
          if (size == CHUNK) {
            flush();
          }
        }
      }

      @Override
      public void flush() throws IOException {
        if (size > 0) {
          put(Arrays.copyOf(chunk, size));
          size = 0;
        }
      }

      @Override
      public void close() throws IOException {
        flush();
        put(END);
      }
    };
  }

  /** The reading end. */
  InputStream in() {
    return new InputStream() {
      private byte[] chunk = new byte[0];
      private int next;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
          return 0;
        }
        while (next == chunk.length) {
          if (chunk == END) {
            return -1;
          }
          chunk = take();
          next = 0;
        }
        int n = Math.min(length, chunk.length - next);
        System.arraycopy(chunk, next, bytes, offset, n);
        next += n;
        return n;
      }
    };
  }

  private void put(byte[] chunk) throws IOException {
    try {
      chunks.put(chunk);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException();
    }
  }

  private byte[] take() throws IOException {
    try {
      return chunks.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException();
    }
  }
}
