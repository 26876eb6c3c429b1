package org.reportstats.report;

import java.util.List;
import org.reportstats.ingest.Span;

/** How matches are marked in text output: bold on a terminal, {@code [[…]]} in pipes and files. */
public enum Highlight {
    ANSI("\u001B[1m", "\u001B[0m"), BRACKETS("[[", "]]"), NONE("", "");

    private final String open;
    private final String close;

    Highlight(String open, String close) {
        this.open = open;
        this.close = close;
    }

    public String mark(String text, List<Span> spans) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span s : spans) {
            if (s.start() < at || s.end() > text.length()) {
                continue;
            }
            out.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
            at = s.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
