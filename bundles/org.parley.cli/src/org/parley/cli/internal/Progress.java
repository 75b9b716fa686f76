package org.parley.cli.internal;

import java.io.PrintStream;

/**
 * Progress of a long command with its rate: rewritten in place on a terminal, one plain line per tenth of the
 * work otherwise, so that a log file stays readable.
 */
final class Progress {

    private final PrintStream out;
    private final boolean terminal;
    private final long total;
    private final String unit;
    private final long started = System.nanoTime();
    private int tenthsShown;

    Progress(PrintStream out, boolean terminal, long total, String unit) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        this.unit = unit;
    }

    void done(long count) {
        if (terminal) {
            out.print("\r" + line(count) + "   ");
            out.flush();
        } else {
            int tenths = total == 0 ? 10 : (int) (count * 10 / total);
            if (tenths > tenthsShown) {
                tenthsShown = tenths;
                out.println(line(count));
            }
        }
    }

    void finish() {
        if (terminal) {
            out.println();
        }
    }

    /** Items per second since the start. */
    long rate(long count) {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        return Math.round(count / seconds);
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private String line(long count) {
        long percent = total == 0 ? 100 : count * 100 / total;
        return CliText.bind(CliText.progress_line, count, total, unit, percent, rate(count));
    }
}
