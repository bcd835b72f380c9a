package io.vivier.importing;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Lets a library close its writer without closing the caller's stream: close only flushes. */
final class ExportKeepOpenStream extends FilterOutputStream {

  ExportKeepOpenStream(OutputStream out) {
    super(out);
  }

  // FilterOutputStream would write byte by byte
  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    out.write(bytes, offset, length);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
