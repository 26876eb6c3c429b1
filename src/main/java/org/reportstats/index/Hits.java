package org.reportstats.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportstats.ingest.ReportMetadata;
import org.reportstats.ingest.Span;
import org.reportstats.tech.Mention;

/** Turns a matching sentence document into a {@link Hit} the same way for every engine. */
public final class Hits {
    /** Markers the highlighter puts around matches; control characters never occur in stored prose. */
    public static final String MARK_START = "\u0001";
    public static final String MARK_END = "\u0002";

    private Hits() {
    }

    /**
     * @param mentionsJson the sentence's stored mentions
     * @param marked       the sentence with matches between the markers, or null when the highlighter found none
     */
    public static Hit hit(IndexedReport report, float score, int position, String sentence, String mentionsJson, String marked,
                   double sentiment, String label, SearchRequest request) {
        List<Mention> mentions = SentenceDocuments.mentionsOf(mentionsJson);
        List<Span> highlights = marked == null ? List.of() : markedSpans(marked);
        if (highlights.isEmpty() && request.tech().isPresent()) {
            // matched through the technology filter alone: show where the technology is named
            highlights = mentions.stream().filter(m -> request.families() || m.technology().equals(request.tech().get()))
                    .map(m -> new Span(m.start(), m.end())).toList();
        }
        List<String> techs = mentions.stream().map(Mention::technology).distinct().toList();
        ReportMetadata m = report.metadata();
        return new Hit(report.id(), m.title(), m.event().name(), m.dateText(), m.author(), score, position, sentence,
                highlights, techs, sentiment, label);
    }

    /** Spans between the highlighter's markers, as offsets into the unmarked text. */
    static List<Span> markedSpans(String marked) {
        List<Span> spans = new ArrayList<>();
        int removed = 0;
        int from = 0;
        while (true) {
            int start = marked.indexOf(MARK_START, from);
            if (start < 0) {
                return spans;
            }
            int end = marked.indexOf(MARK_END, start);
            if (end < 0) {
                return spans;
            }
            int plainStart = start - removed;
            int plainEnd = end - removed - 1;
            spans.add(new Span(plainStart, plainEnd));
            removed += 2;
            from = end + 1;
        }
    }

    /** Hit counts per event, most first, ties by name: the same order whichever engine counted. */
    public static Map<String, Integer> byCount(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
