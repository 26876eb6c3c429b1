package org.reportstats.index;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.reportstats.nlp.SentimentLabel;

/**
 * What one sentence says about one compared technology (or family): how often it names it and the tone about
 * it. The tone is kept in integer units of 1/10,000 (the precision the index stores) so that every engine,
 * the local one and Solr's facets alike, adds scores up exactly and in any order to the same totals.
 */
public record Observation(int mentions, int units) {
    public static final double UNITS_PER_POINT = 10_000;

    public static int units(double score) {
        return (int) Math.round(score * UNITS_PER_POINT);
    }

    public static double score(double units) {
        return units / UNITS_PER_POINT;
    }

    public SentimentLabel label() {
        return SentimentLabel.of(score(units));
    }

    /**
     * The observations of one sentence: {@code keyOf} maps a canonical technology to the key it counts toward
     * (itself, or its family), or to null to leave it out. Several technologies counting toward one key add
     * their mentions and average their tone.
     */
    public static Map<String, Observation> of(Map<String, Integer> mentions, Map<String, Double> targets,
                                              Function<String, String> keyOf) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, double[]> scores = new LinkedHashMap<>();
        mentions.forEach((canonical, n) -> {
            String key = keyOf.apply(canonical);
            if (key != null) {
                counts.computeIfAbsent(key, k -> new int[1])[0] += n;
                double[] s = scores.computeIfAbsent(key, k -> new double[2]);
                s[0] += targets.getOrDefault(canonical, 0.0);
                s[1]++;
            }
        });
        Map<String, Observation> out = new LinkedHashMap<>();
        counts.forEach((key, n) -> out.put(key, new Observation(n[0], units(scores.get(key)[0] / scores.get(key)[1]))));
        return out;
    }
}
