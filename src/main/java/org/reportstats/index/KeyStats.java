package org.reportstats.index;

import java.math.BigInteger;

/**
 * Sufficient statistics of the observations of one key (technology or family) in one report, or in a period
 * once reports are added together: integer sums only, so totals do not depend on the order of addition.
 * Scores are in {@link Observation} units.
 */
public final class KeyStats {
    private long mentions;
    private long sentences;
    private long sum;
    private long squares;
    private long positive;
    private long neutral;
    private long negative;
    private int max = Integer.MIN_VALUE;
    private int min = Integer.MAX_VALUE;

    public KeyStats() {
    }

    /** Statistics as an engine computed them (Solr's facets): {@code max} and {@code min} of the units. */
    public KeyStats(long mentions, long sentences, long sum, long squares, long positive, long neutral, long negative,
                    int max, int min) {
        this.mentions = mentions;
        this.sentences = sentences;
        this.sum = sum;
        this.squares = squares;
        this.positive = positive;
        this.neutral = neutral;
        this.negative = negative;
        this.max = max;
        this.min = min;
    }

    public void add(Observation o) {
        mentions += o.mentions();
        sentences++;
        sum += o.units();
        squares += (long) o.units() * o.units();
        switch (o.label()) {
            case POSITIVE -> positive++;
            case NEGATIVE -> negative++;
            default -> neutral++;
        }
        max = Math.max(max, o.units());
        min = Math.min(min, o.units());
    }

    public void add(KeyStats other) {
        mentions += other.mentions;
        sentences += other.sentences;
        sum += other.sum;
        squares += other.squares;
        positive += other.positive;
        neutral += other.neutral;
        negative += other.negative;
        max = Math.max(max, other.max);
        min = Math.min(min, other.min);
    }

    public long mentions() {
        return mentions;
    }

    public long sentences() {
        return sentences;
    }

    /** Sum of the tone in units. */
    public long sum() {
        return sum;
    }

    /** Sum of the squared tone in units². */
    public long squares() {
        return squares;
    }

    public long positive() {
        return positive;
    }

    public long neutral() {
        return neutral;
    }

    public long negative() {
        return negative;
    }

    /** The highest tone in units; meaningful only when there is a sentence. */
    public int max() {
        return max;
    }

    public int min() {
        return min;
    }

    public double mean() {
        return sentences == 0 ? Double.NaN : Observation.score((double) sum / sentences);
    }

    /** Sample standard deviation of the tone, computed from the exact integer sums. */
    public double standardDeviation() {
        if (sentences < 2) {
            return Double.NaN;
        }
        // n·Σx² − (Σx)² exactly: the textbook one-pass formula loses everything to rounding when scores agree
        BigInteger spread = BigInteger.valueOf(sentences).multiply(BigInteger.valueOf(squares))
                .subtract(BigInteger.valueOf(sum).pow(2));
        double variance = spread.doubleValue() / ((double) sentences * (sentences - 1));
        return Observation.score(Math.sqrt(variance));
    }
}
