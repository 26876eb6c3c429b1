package org.reportstats.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.reportstats.index.IndexListener;
import org.reportstats.ingest.CorpusListing;

/**
 * Shows indexing on the terminal: a progress bar when stderr is a terminal and there is real work, one line
 * per warning or skipped file otherwise. Warnings name the file and the reason.
 */
final class ConsoleListener implements IndexListener, AutoCloseable {
    /** Below this many files the run takes about a second and a bar would only flicker. */
    private static final int BAR_THRESHOLD = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private ProgressBar bar;
    private int warnings;

    ConsoleListener(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void started(int toRead) {
        if (terminal && toRead >= BAR_THRESHOLD) {
            bar = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(toRead)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).continuousUpdate()
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
    }

    @Override
    public synchronized void fileDone(String id) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public synchronized void warning(String id, String message) {
        warnings++;
        err.println("warning: " + printable(id) + ": " + message);
        err.flush();
    }

    @Override
    public synchronized void skipped(CorpusListing.Notice notice) {
        err.println("skipped: " + printable(notice.path()) + ": " + notice.reason());
        err.flush();
    }

    int warnings() {
        return warnings;
    }

    /** File names may hold newlines or control characters; show them escaped so one notice stays one line. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
