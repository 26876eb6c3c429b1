package org.reportstats.ingest;

/**
 * Plain text to prose: blank lines separate paragraphs; a title block at the top (title, byline, date on
 * lines of their own) keeps one paragraph per line.
 */
final class PlainProse {
    /** A line this short without closing punctuation is a title, byline or heading, not wrapped prose. */
    private static final int HEADING_MAX_CHARS = 60;

    private PlainProse() {
    }

    static Prose extract(String text) {
        Prose.Builder prose = new Prose.Builder();
        StringBuilder paragraph = new StringBuilder();
        String[] lines = text.split("\\R", -1);
        boolean seenProse = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                prose.add(paragraph);
                paragraph.setLength(0);
                continue;
            }
            String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
            boolean titleBlock = !seenProse && paragraph.length() == 0 && looksLikeHeading(line)
                    && (next.isEmpty() || looksLikeHeading(next));
            if (titleBlock) {
                prose.add(line);
            } else {
                seenProse = true;
                paragraph.append(line).append(' ');
            }
        }
        prose.add(paragraph);
        return prose.build();
    }

    static boolean looksLikeHeading(String line) {
        if (line.isEmpty() || line.length() > HEADING_MAX_CHARS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".,;:!?\"'”’)".indexOf(last) < 0;
    }
}
