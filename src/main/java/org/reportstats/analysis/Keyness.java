package org.reportstats.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.search.FieldExistsQuery;
import org.reportstats.index.Fields;
import org.reportstats.index.IndexedReport;
import org.reportstats.index.ReportSearcher;

/**
 * What each event talks about more than the rest of the corpus: words and technologies ranked by Dunning's
 * log-likelihood (G²), the keyness statistic of corpus linguistics (Rayson &amp; Garside 2000), keeping only
 * the over-represented ones.
 */
public final class Keyness {
    /** Words seen fewer times than this in the whole corpus are not ranked (noise). */
    private static final int MIN_COUNT = 3;
    private static final Set<String> EXTRA_STOP = Set.of("i", "we", "our", "us", "my", "me", "you", "your", "he", "she",
            "his", "her", "they", "them", "their", "its", "it's", "was", "were", "has", "had", "have", "been", "is", "are",
            "am", "be", "do", "did", "does", "can", "could", "would", "should", "will", "just", "also", "about", "what",
            "which", "who", "when", "where", "how", "all", "more", "most", "some", "one", "two", "from", "so", "than",
            "very", "much", "many", "out", "up", "don't", "i'm", "i've", "there's", "that's", "it", "this", "these",
            "those", "here", "there", "after", "before", "over", "into", "because", "while", "still", "even", "only");

    /** One over-represented item of one event. */
    public record Item(String event, int rank, String kind, String term, long eventCount, long restCount,
                       double eventPer10k, double restPer10k, double logLikelihood) {
    }

    private Keyness() {
    }

    public static List<Item> emerging(ReportSearcher searcher, List<String> events, Map<String, String> eventOfReport,
                                      int top) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            index.put(events.get(i), i);
        }
        long[] totals = new long[events.size()];
        Map<String, long[]> words = searcher.termCounts(id -> index.getOrDefault(eventOfReport.get(id), -1), totals, MIN_COUNT);
        words.keySet().removeIf(Keyness::notAWord);
        Map<String, long[]> techs = new HashMap<>();
        searcher.forEachSentence(new FieldExistsQuery(Fields.TECH_COUNTS), row -> {
            Integer g = index.get(eventOfReport.get(row.reportId()));
            if (g != null) {
                row.mentions().forEach((tech, n) -> techs.computeIfAbsent(tech, k -> new long[events.size()])[g] += n);
            }
        });
        long all = 0;
        for (long t : totals) {
            all += t;
        }
        List<Item> items = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            List<Item> candidates = new ArrayList<>();
            add(candidates, events.get(e), "term", words, e, totals[e], all - totals[e]);
            add(candidates, events.get(e), "technology", techs, e, totals[e], all - totals[e]);
            candidates.sort(Comparator.comparingDouble(Item::logLikelihood).reversed().thenComparing(Item::term));
            for (int k = 0; k < Math.min(top, candidates.size()); k++) {
                Item c = candidates.get(k);
                items.add(new Item(c.event(), k + 1, c.kind(), c.term(), c.eventCount(), c.restCount(), c.eventPer10k(),
                        c.restPer10k(), c.logLikelihood()));
            }
        }
        return items;
    }

    private static void add(List<Item> out, String event, String kind, Map<String, long[]> counts, int e, long eventTotal,
                            long restTotal) {
        if (eventTotal == 0 || restTotal == 0) {
            return;
        }
        for (Map.Entry<String, long[]> entry : counts.entrySet()) {
            long a = entry.getValue()[e];
            long b = 0;
            for (long v : entry.getValue()) {
                b += v;
            }
            b -= a;
            if (a == 0 || (double) a / eventTotal <= (double) b / restTotal) {
                continue; // only what the event says more often
            }
            out.add(new Item(event, 0, kind, entry.getKey(), a, b, a * 10000.0 / eventTotal, b * 10000.0 / restTotal,
                    logLikelihood(a, b, eventTotal, restTotal)));
        }
    }

    /** Dunning's G² for a word seen a times in c words and b times in d words. */
    static double logLikelihood(long a, long b, long c, long d) {
        double e1 = c * (double) (a + b) / (c + d);
        double e2 = d * (double) (a + b) / (c + d);
        double g = 0;
        if (a > 0) {
            g += a * Math.log(a / e1);
        }
        if (b > 0) {
            g += b * Math.log(b / e2);
        }
        return 2 * g;
    }

    private static boolean notAWord(String term) {
        return term.length() < 3 || !term.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'')
                || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(term) || EXTRA_STOP.contains(term);
    }

    /** Event name of each report, and the events in date order, from the index. */
    public static Map<String, String> eventOfReports(List<IndexedReport> reports, List<String> orderedEvents) {
        Map<String, Integer> firstDate = new LinkedHashMap<>();
        Map<String, String> eventOf = new HashMap<>();
        for (IndexedReport r : reports) {
            String event = r.metadata().event().name();
            eventOf.put(r.id(), event);
            int d = r.metadata().date().map(x -> x.sortKey()).orElse(Integer.MAX_VALUE);
            firstDate.merge(event, d, Math::min);
        }
        orderedEvents.addAll(firstDate.keySet());
        orderedEvents.sort(Comparator.comparingInt((String ev) -> firstDate.get(ev)).thenComparing(ev -> ev));
        return eventOf;
    }
}
