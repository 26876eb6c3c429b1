package org.reportstats.index;

import java.util.List;
import java.util.Map;

/**
 * The technologies a trend compares.
 *
 * @param keys     the compared technologies, or with {@code families} the compared families
 * @param countsTo   each canonical technology that counts, mapped to the key it counts toward
 * @param coMentions whether to count the sentences naming each pair of keys (trends draws them; a plain count
 *                   of every technology does not need the n² pairs)
 */
public record TrendKeys(List<String> keys, boolean families, Map<String, String> countsTo, boolean coMentions) {
    public TrendKeys {
        keys = List.copyOf(keys);
        countsTo = Map.copyOf(countsTo);
    }
}
