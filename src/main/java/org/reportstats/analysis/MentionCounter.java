package org.reportstats.analysis;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.FieldExistsQuery;
import org.reportstats.index.Fields;
import org.reportstats.index.ReportSearcher;
import org.reportstats.tech.Taxonomy;
import org.reportstats.tech.Technology;

/** Counts technology mentions over the whole index, most frequent first. */
public final class MentionCounter {
    private MentionCounter() {
    }

    /** With {@code families}, a technology's mentions count toward its family (DC/OS toward Mesos). */
    public static List<TechnologyCount> count(ReportSearcher searcher, Taxonomy taxonomy, boolean families) throws IOException {
        Map<String, long[]> totals = new HashMap<>(); // mentions, sentences
        Map<String, Set<String>> reports = new HashMap<>();
        searcher.forEachSentence(new FieldExistsQuery(Fields.TECH_COUNTS), row -> {
            Map<String, Integer> perSentence = new HashMap<>();
            row.mentions().forEach((tech, n) -> perSentence.merge(families ? family(taxonomy, tech) : tech, n, Integer::sum));
            perSentence.forEach((tech, n) -> {
                long[] t = totals.computeIfAbsent(tech, k -> new long[2]);
                t[0] += n;
                t[1]++;
                reports.computeIfAbsent(tech, k -> new HashSet<>()).add(row.reportId());
            });
        });
        return totals.entrySet().stream()
                .map(e -> new TechnologyCount(e.getKey(), taxonomy.find(e.getKey()).map(Technology::category).orElse(""),
                        e.getValue()[0], e.getValue()[1], reports.get(e.getKey()).size()))
                .sorted(Comparator.comparingLong(TechnologyCount::mentions).reversed().thenComparing(TechnologyCount::technology))
                .toList();
    }

    static String family(Taxonomy taxonomy, String tech) {
        return taxonomy.find(tech).map(Technology::family).orElse(tech);
    }
}
