package org.reportstats.nlp;

import java.util.Locale;

/** The tone of a sentence or of what it says about one technology. */
public enum SentimentLabel {
    POSITIVE, NEUTRAL, NEGATIVE, MIXED;

    /** Scores within this distance of zero are neutral (VADER's convention). */
    public static final double NEUTRAL_BAND = 0.05;

    public static SentimentLabel of(double score) {
        return score >= NEUTRAL_BAND ? POSITIVE : score <= -NEUTRAL_BAND ? NEGATIVE : NEUTRAL;
    }

    /** Mixed reads as its leaning side when only three classes are wanted. */
    public SentimentLabel threeClass(double score) {
        return this == MIXED ? of(score) : this;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
