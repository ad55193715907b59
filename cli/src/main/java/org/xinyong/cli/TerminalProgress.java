package org.xinyong.cli;

import java.io.PrintStream;
import org.xinyong.indexer.run.Progress;

/**
 * Progress of an index run: a redrawn bar (rows/s, percent, ETA) on a terminal; on a pipe or in CI
 * a plain line every ten seconds, so logs stay readable.
 */
final class TerminalProgress implements Progress {
    private final PrintStream out;
    private final boolean terminal;
    private String file;
    private long expected;
    private long started;
    private long lastPrint;

    TerminalProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void fileStarted(String file, long expectedRows) {
        this.file = file;
        this.expected = expectedRows;
        this.started = System.nanoTime();
        this.lastPrint = started;
    }

    @Override
    public void rows(long rowsInFile) {
        long now = System.nanoTime();
        long interval = terminal ? 200_000_000L : 10_000_000_000L;
        if (now - lastPrint < interval) {
            return;
        }
        lastPrint = now;
        double seconds = (now - started) / 1e9;
        double rate = rowsInFile / Math.max(seconds, 1e-3);
        StringBuilder line = new StringBuilder();
        if (expected > 0) {
            double fraction = Math.min(1, rowsInFile / (double) expected);
            int width = 30;
            int filled = (int) (fraction * width);
            long eta = (long) ((expected - rowsInFile) / Math.max(rate, 1));
            line.append(String.format("%s [%s%s] %3.0f%% %,d rows %,.0f rows/s ETA %ds", file, "#".repeat(filled),
                    " ".repeat(width - filled), fraction * 100, rowsInFile, rate, eta));
        } else {
            line.append(String.format("%s %,d rows %,.0f rows/s", file, rowsInFile, rate));
        }
        if (terminal) {
            out.print("\r" + line + "   ");
        } else {
            out.println(line);
        }
        out.flush();
    }

    @Override
    public void fileFinished(String file, long rowsInFile, long rejectedInFile) {
        double seconds = (System.nanoTime() - started) / 1e9;
        if (terminal) {
            out.print("\r");
        }
        out.printf("%s: %,d rows in %.1f s (%,.0f rows/s), %,d rejected%s%n", file, rowsInFile, seconds,
                rowsInFile / Math.max(seconds, 1e-3), rejectedInFile, " ".repeat(terminal ? 30 : 0));
        out.flush();
    }
}
