package org.reportstats.analysis;

/**
 * One (period, technology) cell of a trend table. Sentiment fields are NaN when no sentence mentions the
 * technology in the period (the CI also when only one does).
 *
 * @param periodDate   the earliest report date in the period, {@code YYYY[-MM[-DD]]}
 * @param topPositive  the most positive evidence sentence with its report, or empty; its score in
 *                     {@code topPositiveScore} (NaN when empty), likewise for the negative one
 */
public record TrendRow(String period, String periodDate, String technology, int reports, long words, long mentions,
                       double mentionsPer10kWords, double shareOfVoice, double sentimentMean, double sentimentCiLow,
                       double sentimentCiHigh, int positive, int neutral, int negative, String topPositive,
                       String topNegative, double topPositiveScore, double topNegativeScore) {
}
