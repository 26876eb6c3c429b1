package org.reportstats.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One trip report after ingestion: where it came from, what it is about, and its prose.
 *
 * @param id          path relative to the corpus root, with forward slashes; stable across runs
 * @param metadata    title, event, date, location, author, with what was guessed
 * @param text        clean prose for display: paragraphs separated by a blank line
 * @param paragraphs  start/end offsets of each paragraph in {@code text}
 * @param warnings    one-line notices about how the file was read (encoding fallback, bad date…)
 */
public record Report(String id, ReportMetadata metadata, String text, List<Span> paragraphs,
                     List<String> warnings) {

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }

    /** Whitespace-separated words of the prose, the unit of "mentions per 10k words". */
    public int wordCount() {
        return WordCounter.count(text);
    }
}
