package org.reportstats.nlp;

/** A model's three probabilities, about a sentence or about one technology in it. */
public record ModelVerdict(double positive, double neutral, double negative) {
    public SentimentLabel label() {
        return positive >= neutral && positive >= negative ? SentimentLabel.POSITIVE
                : negative > neutral ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }

    /** P(positive) − P(negative), kept inside the band of {@link #label()} so that score and label agree. */
    public double score() {
        double margin = positive - negative;
        return switch (label()) {
            case POSITIVE -> Math.max(SentimentLabel.NEUTRAL_BAND, margin);
            case NEGATIVE -> Math.min(-SentimentLabel.NEUTRAL_BAND, margin);
            default -> Math.max(-SentimentLabel.NEUTRAL_BAND / 2, Math.min(SentimentLabel.NEUTRAL_BAND / 2, margin));
        };
    }

    /** The probability of {@code label} (mixed has none: 0). */
    public double probability(SentimentLabel label) {
        return switch (label) {
            case POSITIVE -> positive;
            case NEGATIVE -> negative;
            case NEUTRAL -> neutral;
            case MIXED -> 0;
        };
    }

    /** Softmax of three logits. */
    static ModelVerdict of(double[] logits) {
        double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
        double[] e = new double[3];
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            e[c] = Math.exp(logits[c] - max);
            sum += e[c];
        }
        return new ModelVerdict(e[0] / sum, e[1] / sum, e[2] / sum);
    }
}
