package org.reportstats.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.reportstats.index.KeyStats;
import org.reportstats.index.ReportStore;
import org.reportstats.index.TrendKeys;
import org.reportstats.tech.Taxonomy;
import org.reportstats.tech.Technology;

/** Counts technology mentions over a whole engine (local index or Solr collection), most frequent first. */
public final class MentionCounter {
    private MentionCounter() {
    }

    /** With {@code families}, a technology's mentions count toward its family (DC/OS toward Mesos). */
    public static List<TechnologyCount> count(ReportStore store, Taxonomy taxonomy, boolean families) throws IOException {
        List<String> names = taxonomy.technologies().stream().map(Technology::name).toList();
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(TrendAnalyzer.technologiesOf(taxonomy, names, families)));
        TrendKeys trendKeys = new TrendKeys(keys, families, TrendAnalyzer.countsTo(taxonomy, keys, families), false);
        Map<String, long[]> totals = new HashMap<>(); // mentions, sentences, reports
        for (Map<String, KeyStats> perReport : store.aggregate(trendKeys).byReport().values()) {
            perReport.forEach((key, stats) -> {
                long[] t = totals.computeIfAbsent(key, k -> new long[3]);
                t[0] += stats.mentions();
                t[1] += stats.sentences();
                t[2]++;
            });
        }
        return totals.entrySet().stream()
                .map(e -> new TechnologyCount(e.getKey(), taxonomy.find(e.getKey()).map(Technology::category).orElse(""),
                        e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingLong(TechnologyCount::mentions).reversed().thenComparing(TechnologyCount::technology))
                .toList();
    }
}
