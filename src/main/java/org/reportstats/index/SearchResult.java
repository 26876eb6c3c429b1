package org.reportstats.index;

import java.util.List;
import java.util.Map;

/** Hits of a search and how many matching sentences each event has. */
public record SearchResult(String query, long total, List<Hit> hits, Map<String, Integer> events) {
    public SearchResult {
        hits = List.copyOf(hits);
        events = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(events));
    }
}
