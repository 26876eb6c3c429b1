package org.reportstats.index;

import java.util.Objects;
import java.util.Optional;

/**
 * A search over sentence documents.
 *
 * @param query     Lucene classic query syntax; empty or "*" for all sentences (useful with filters)
 * @param limit     how many hits to return
 * @param event     only sentences of events whose name matches (e.g. {@code kubecon}, {@code "KubeCon Europe 2017"})
 * @param year      only sentences of reports dated in this year
 * @param tech      canonical technology name the sentence must mention
 * @param families  with {@code tech}: match the technology's whole family (DC/OS and Marathon for Mesos)
 * @param sentiment positive, neutral, negative or mixed: of the sentence, or with {@code tech} of what it says
 *                  about that technology
 */
public record SearchRequest(String query, int limit, Optional<String> event, Optional<Integer> year,
                            Optional<String> tech, boolean families, Optional<String> sentiment) {
    public SearchRequest {
        Objects.requireNonNull(query, "query");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
    }
}
