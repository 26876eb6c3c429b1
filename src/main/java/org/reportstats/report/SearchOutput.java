package org.reportstats.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportstats.index.Hit;
import org.reportstats.index.SearchResult;
import org.reportstats.ingest.Span;
import org.reportstats.report.csv.SafeCsv;
import org.reportstats.report.json.Json;
import org.reportstats.report.table.TextTable;

/** Prints search results as a readable list, keyword-in-context lines, CSV or JSON. */
public final class SearchOutput {
    private static final int KWIC_CONTEXT = 45;

    private SearchOutput() {
    }

    public static void print(SearchResult result, OutputFormat format, boolean kwic, Highlight highlight, PrintWriter out)
            throws IOException {
        switch (format) {
            case JSON -> Json.print(out, jsonShape(result, highlight));
            case CSV -> csv(result, out);
            default -> {
                if (kwic) {
                    kwic(result, highlight, out);
                } else {
                    list(result, highlight, out);
                }
                eventCounts(result, out);
            }
        }
        out.flush();
    }

    private static void list(SearchResult result, Highlight highlight, PrintWriter out) {
        if (result.hits().isEmpty()) {
            out.println("No matches for " + quoted(result.query()) + ".");
            return;
        }
        out.printf("%d matching sentence%s for %s; showing %d.%n%n", result.total(), result.total() == 1 ? "" : "s",
                quoted(result.query()), result.hits().size());
        int n = 1;
        for (Hit h : result.hits()) {
            out.printf("%d. %s — %s%s  (score %.2f, %s %+.2f)%n", n++, h.title(), h.event(), h.date().isEmpty() ? "" : ", " + h.date(),
                    h.score(), h.label(), h.sentiment());
            out.println("   " + highlight.mark(h.sentence(), h.highlights()));
            out.println("   " + h.report() + (h.author().isEmpty() ? "" : " · " + h.author()));
            out.println();
        }
    }

    /** One line per match, the match in a column of its own so that contexts line up like a concordance. */
    private static void kwic(SearchResult result, Highlight highlight, PrintWriter out) {
        if (result.hits().isEmpty()) {
            out.println("No matches for " + quoted(result.query()) + ".");
            return;
        }
        for (Hit h : result.hits()) {
            List<Span> spans = h.highlights().isEmpty() ? List.of(new Span(0, 0)) : mergeAdjacent(h.sentence(), h.highlights());
            for (Span s : spans) {
                String text = h.sentence();
                String left = text.substring(Math.max(0, s.start() - KWIC_CONTEXT), s.start());
                String right = text.substring(s.end(), Math.min(text.length(), s.end() + KWIC_CONTEXT));
                String keyword = highlight.mark(s.of(text), List.of(new Span(0, s.end() - s.start())));
                out.printf("%" + KWIC_CONTEXT + "s %s %-" + KWIC_CONTEXT + "s  %s%n", left.replaceAll("\\s+", " "), keyword,
                        right.replaceAll("\\s+", " "), h.report());
            }
        }
    }

    /** "docker" "swarm" highlighted separately in a phrase hit become one keyword "docker swarm". */
    private static List<Span> mergeAdjacent(String text, List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            if (!merged.isEmpty()) {
                Span last = merged.get(merged.size() - 1);
                if (text.substring(last.end(), s.start()).isBlank()) {
                    merged.set(merged.size() - 1, new Span(last.start(), s.end()));
                    continue;
                }
            }
            merged.add(s);
        }
        return merged;
    }

    private static void eventCounts(SearchResult result, PrintWriter out) {
        if (result.events().isEmpty()) {
            return;
        }
        out.println();
        out.println("Matching sentences per event:");
        TextTable table = new TextTable(List.of("event", "sentences"), false, true);
        result.events().forEach((event, count) -> table.row(List.of(event, Integer.toString(count))));
        table.print(out);
    }

    private static void csv(SearchResult result, PrintWriter out) throws IOException {
        SafeCsv csv = new SafeCsv(out, List.of("report", "title", "event", "date", "author", "score", "snippet"));
        for (Hit h : result.hits()) {
            csv.row(List.of(h.report(), h.title(), h.event(), h.date(), h.author(), (double) h.score(),
                    Highlight.BRACKETS.mark(h.sentence(), h.highlights())));
        }
        out.flush();
    }

    private static Map<String, Object> jsonShape(SearchResult result, Highlight highlight) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("query", result.query());
        root.put("total", result.total());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (Hit h : result.hits()) {
            Map<String, Object> hit = new LinkedHashMap<>();
            hit.put("report", h.report());
            hit.put("title", h.title());
            hit.put("event", h.event());
            hit.put("date", h.date());
            hit.put("author", h.author());
            hit.put("score", h.score());
            hit.put("snippet", Highlight.BRACKETS.mark(h.sentence(), h.highlights()));
            hit.put("sentence", h.sentence());
            hit.put("position", h.position());
            hit.put("technologies", h.technologies());
            hit.put("sentiment", Math.round(h.sentiment() * 10000) / 10000.0);
            hit.put("label", h.label());
            hits.add(hit);
        }
        root.put("hits", hits);
        root.put("events", result.events());
        return root;
    }

    private static String quoted(String query) {
        return query.isBlank() ? "all sentences" : "'" + query + "'";
    }
}
