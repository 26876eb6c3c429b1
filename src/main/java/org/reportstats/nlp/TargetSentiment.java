package org.reportstats.nlp;

import java.util.List;

/** What a sentence says about one technology: a score in [-1, 1], its label, and the reasons. */
public record TargetSentiment(String technology, double score, SentimentLabel label, List<String> explanation) {
    public TargetSentiment {
        explanation = List.copyOf(explanation);
    }
}
