package org.reportstats.analysis;

import java.util.List;

/**
 * A trend table with what the charts and the report need besides it.
 *
 * @param periods     period labels in date order
 * @param coMentions  sentences naming both technologies i and j (diagonal: sentences naming i)
 * @param summary     a plain-English paragraph computed from the rows
 */
public record TrendResult(TrendRequest request, List<String> periods, List<String> technologies, List<TrendRow> rows,
                          int[][] coMentions, String summary) {
    public TrendResult {
        periods = List.copyOf(periods);
        technologies = List.copyOf(technologies);
        rows = List.copyOf(rows);
    }

    public TrendRow row(String period, String technology) {
        return rows.stream().filter(r -> r.period().equals(period) && r.technology().equals(technology)).findFirst()
                .orElseThrow();
    }
}
