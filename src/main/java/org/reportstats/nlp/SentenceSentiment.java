package org.reportstats.nlp;

import java.util.List;

/**
 * The tone of a sentence: a score in [-1, 1], a label (mixed when it carries both tones strongly), the tone
 * about each technology it mentions, and the words and rules that produced the score.
 */
public record SentenceSentiment(double score, SentimentLabel label, List<TargetSentiment> targets, List<String> explanation) {
    public static final SentenceSentiment NONE = new SentenceSentiment(0, SentimentLabel.NEUTRAL, List.of(), List.of());

    public SentenceSentiment {
        targets = List.copyOf(targets);
        explanation = List.copyOf(explanation);
    }
}
