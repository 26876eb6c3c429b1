package org.reportstats.index;

import java.util.Map;

/**
 * What aggregation needs of one sentence, read from doc values without touching stored text.
 *
 * @param mentions  mention counts per canonical technology
 * @param sentiment the sentence's score in [-1, 1]
 * @param targets   the tone about each technology it names, in [-1, 1]
 */
public record SentenceRow(int doc, String reportId, Map<String, Integer> mentions, double sentiment,
                          Map<String, Double> targets) {
}
