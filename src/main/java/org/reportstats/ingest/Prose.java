package org.reportstats.ingest;

import java.util.ArrayList;
import java.util.List;

/** Clean prose: paragraphs joined by a blank line, with the span of each paragraph. */
record Prose(String text, List<Span> paragraphs) {
    Prose {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Collects paragraphs, folding white space inside each; empty paragraphs are dropped. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Span> paragraphs = new ArrayList<>();

        Builder add(CharSequence paragraph) {
            String folded = foldWhitespace(paragraph);
            if (folded.isEmpty()) {
                return this;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(folded);
            paragraphs.add(new Span(start, text.length()));
            return this;
        }

        Prose build() {
            return new Prose(text.toString(), paragraphs);
        }

        private static String foldWhitespace(CharSequence s) {
            StringBuilder out = new StringBuilder(s.length());
            boolean pendingSpace = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0' || Character.isISOControl(c)) {
                    pendingSpace = out.length() > 0;
                } else {
                    if (pendingSpace) {
                        out.append(' ');
                        pendingSpace = false;
                    }
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
