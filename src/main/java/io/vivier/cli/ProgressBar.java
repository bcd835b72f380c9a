package io.vivier.cli;

import io.vivier.importing.Importer;
import java.io.PrintStream;
import java.util.Locale;

/** A progress bar with rows/s on stderr: redrawn in place on a terminal, a line every 5 s otherwise. */
final class ProgressBar implements Importer.Listener {

  private static final int WIDTH = 30;
  private final PrintStream err;
  private final String what;
  private final boolean terminal = System.console() != null;
  private final long start = System.nanoTime();
  private long last;

  ProgressBar(PrintStream err, String what) {
    this.err = err;
    this.what = what;
  }

  @Override
  public void progress(long done, long total) {
    long now = System.nanoTime();
    boolean end = done >= total;
    if (!end && now - last < (terminal ? 200_000_000L : 5_000_000_000L)) {
      return;
    }
    last = now;
    double seconds = Math.max(now - start, 1) / 1e9;
    double rate = done / seconds;
    int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
    String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
    String eta = rate > 0 && !end ? String.format(Locale.ROOT, ", %.0f s left", (total - done) / rate) : "";
    String line = String.format(Locale.ROOT, "%s [%s] %,d/%,d rows, %,.0f rows/s%s", what, bar, done, total, rate, eta);
    err.print(terminal ? "\r" + line : line + System.lineSeparator());
    err.flush();
  }
}
