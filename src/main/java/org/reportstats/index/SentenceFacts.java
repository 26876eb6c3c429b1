package org.reportstats.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportstats.nlp.AnalyzedSentence;
import org.reportstats.nlp.TargetSentiment;
import org.reportstats.tech.Mention;
import org.reportstats.tech.Taxonomy;

/**
 * What a sentence document holds besides its text, worked out once for every engine: mentions per
 * technology, the families they belong to, the tone per technology (at the precision the index stores) and
 * the {@code Technology=label} filter terms.
 */
public record SentenceFacts(Map<String, Integer> counts, Set<String> families, Map<String, Double> targets,
                            List<String> targetTerms) {

    public static SentenceFacts of(AnalyzedSentence s, Taxonomy taxonomy) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> families = new LinkedHashSet<>();
        for (Mention m : s.mentions()) {
            counts.merge(m.technology(), 1, Integer::sum);
            families.add(taxonomy.familyOf(m.technology()));
        }
        Map<String, Double> targets = new LinkedHashMap<>();
        List<String> terms = new ArrayList<>();
        for (TargetSentiment t : s.sentiment().targets()) {
            terms.add(t.technology() + "=" + t.label().key());
            targets.put(t.technology(), Observation.score(Observation.units(t.score())));
        }
        return new SentenceFacts(counts, families, targets, terms);
    }
}
