package org.reportstats.index;

import java.util.List;
import org.reportstats.ingest.Span;

/**
 * One matching sentence.
 *
 * @param highlights spans of {@code sentence} that matched the query (or the filtered technology)
 * @param sentiment  the sentence's sentiment score in [-1, 1], with its {@code label}
 */
public record Hit(String report, String title, String event, String date, String author, float score,
                  int position, String sentence, List<Span> highlights, List<String> technologies, double sentiment,
                  String label) {
    public Hit {
        highlights = List.copyOf(highlights);
        technologies = List.copyOf(technologies);
    }
}
