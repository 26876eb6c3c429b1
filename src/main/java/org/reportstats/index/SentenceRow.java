package org.reportstats.index;

import java.util.Map;

/**
 * What aggregation needs of one sentence, read from doc values without touching stored text.
 *
 * @param mentions mention counts per canonical technology
 */
public record SentenceRow(int doc, String reportId, String eventKey, String author, int year, int dateSort,
                          Map<String, Integer> mentions) {
}
