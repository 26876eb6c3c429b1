package org.reportstats.index;

import java.util.Map;

/**
 * What an engine hands to trends: per report, the statistics of each compared key it mentions, and how many
 * of its sentences name each pair of keys ({@code coMentions[a][b]}, indexes into {@link TrendKeys#keys()}).
 */
public record Aggregates(Map<String, Map<String, KeyStats>> byReport, Map<String, long[][]> coMentions) {
}
