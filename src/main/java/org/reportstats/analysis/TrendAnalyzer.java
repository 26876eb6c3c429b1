package org.reportstats.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.reportstats.index.Fields;
import org.reportstats.index.IndexedReport;
import org.reportstats.index.ReportSearcher;
import org.reportstats.index.SentenceRow;
import org.reportstats.ingest.ReportMetadata;
import org.reportstats.nlp.SentimentLabel;
import org.reportstats.tech.Taxonomy;
import org.reportstats.tech.Technology;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.aggregate.AggregateFunctions;

/**
 * Mentions and sentiment per period × technology, read from the index's doc values (never from the reports).
 * Every sentence naming a compared technology becomes one observation in a Tablesaw table; Tablesaw groups
 * them by period and technology; the result is completed to the full grid so that silence is a zero row.
 */
public final class TrendAnalyzer {
    private static final int EVIDENCE_CHARS = 220;
    private static final String UNKNOWN_AUTHOR = "(unknown author)";

    private TrendAnalyzer() {
    }

    /** Where a report falls: its period and what the period is called and when it was. */
    private record Slot(String period, int dateSort, String date) {
    }

    public static TrendResult analyze(ReportSearcher searcher, Taxonomy taxonomy, TrendRequest request) throws IOException {
        Map<String, Slot> slotOf = new HashMap<>();
        Map<String, int[]> periodReports = new LinkedHashMap<>(); // reports, earliest date sort
        Map<String, Long> periodWords = new HashMap<>();
        Map<String, String> periodDate = new HashMap<>();
        for (IndexedReport r : searcher.reports()) {
            ReportMetadata m = r.metadata();
            int year = m.date().map(d -> d.year()).orElse(0);
            if (request.fromYear().isPresent() && (year == 0 || year < request.fromYear().get())
                    || request.toYear().isPresent() && (year == 0 || year > request.toYear().get())) {
                continue;
            }
            Slot slot = slot(r, request.by());
            slotOf.put(r.id(), slot);
            int[] acc = periodReports.computeIfAbsent(slot.period(), k -> new int[] {0, Integer.MAX_VALUE});
            acc[0]++;
            if (slot.dateSort() > 0 && slot.dateSort() < acc[1]) {
                acc[1] = slot.dateSort();
                periodDate.put(slot.period(), slot.date());
            }
            periodWords.merge(slot.period(), (long) r.words(), Long::sum);
        }
        List<String> periods = new ArrayList<>(periodReports.keySet());
        periods.sort(Comparator.comparingInt((String p) -> periodReports.get(p)[1]).thenComparing(p -> p));

        List<String> techs = request.technologies();
        Map<String, String> countsTo = countsTo(taxonomy, techs, request.families());
        Table obs = Table.create("observations", StringColumn.create("period"), StringColumn.create("technology"),
                IntColumn.create("mentions"), DoubleColumn.create("score"), IntColumn.create("positive"),
                IntColumn.create("neutral"), IntColumn.create("negative"));
        int[][] co = new int[techs.size()][techs.size()];
        Map<String, double[]> extremes = new HashMap<>(); // period|tech → max score, max doc, min score, min doc
        List<BytesRef> terms = countsTo.keySet().stream().map(BytesRef::new).toList();
        searcher.forEachSentence(new TermInSetQuery(Fields.TECH, terms), row -> {
            Slot slot = slotOf.get(row.reportId());
            if (slot == null) {
                return;
            }
            Map<String, int[]> mentions = new LinkedHashMap<>();
            Map<String, double[]> scores = new LinkedHashMap<>();
            collect(row, countsTo, mentions, scores);
            List<Integer> present = new ArrayList<>();
            for (Map.Entry<String, int[]> e : mentions.entrySet()) {
                String tech = e.getKey();
                double score = scores.get(tech)[0] / scores.get(tech)[1];
                SentimentLabel label = SentimentLabel.of(score);
                obs.stringColumn("period").append(slot.period());
                obs.stringColumn("technology").append(tech);
                obs.intColumn("mentions").append(e.getValue()[0]);
                obs.doubleColumn("score").append(score);
                obs.intColumn("positive").append(label == SentimentLabel.POSITIVE ? 1 : 0);
                obs.intColumn("neutral").append(label == SentimentLabel.NEUTRAL ? 1 : 0);
                obs.intColumn("negative").append(label == SentimentLabel.NEGATIVE ? 1 : 0);
                double[] x = extremes.computeIfAbsent(slot.period() + "|" + tech, k -> new double[] {0, -1, 0, -1});
                if (score > x[0]) {
                    x[0] = score;
                    x[1] = row.doc();
                }
                if (score < x[2]) {
                    x[2] = score;
                    x[3] = row.doc();
                }
                present.add(techs.indexOf(tech));
            }
            for (int a : present) {
                for (int b : present) {
                    co[a][b]++;
                }
            }
        });

        Map<String, Group> grouped = groupByPeriodAndTechnology(obs);
        List<TrendRow> rows = new ArrayList<>();
        for (String period : periods) {
            long totalMentions = 0;
            for (String tech : techs) {
                Group g = grouped.get(period + "|" + tech);
                totalMentions += g == null ? 0 : g.mentions();
            }
            for (String tech : techs) {
                rows.add(cell(searcher, period, tech, periodDate.getOrDefault(period, ""), periodReports.get(period)[0],
                        periodWords.getOrDefault(period, 0L), totalMentions, grouped.get(period + "|" + tech),
                        extremes.get(period + "|" + tech)));
            }
        }
        return new TrendResult(request, periods, techs, rows, co, TrendSummary.of(periods, techs, rows, request.by()));
    }

    /** The compared technology each canonical name counts toward: itself, or with families its family. */
    private static Map<String, String> countsTo(Taxonomy taxonomy, List<String> techs, boolean families) {
        Map<String, String> countsTo = new LinkedHashMap<>();
        for (String t : techs) {
            countsTo.put(t, t);
        }
        if (families) {
            for (Technology t : taxonomy.technologies()) {
                if (techs.contains(t.family())) {
                    countsTo.put(t.name(), t.family());
                }
            }
        }
        return countsTo;
    }

    /** Mentions and mean target score per compared technology in one sentence. */
    private static void collect(SentenceRow row, Map<String, String> countsTo, Map<String, int[]> mentions,
                                Map<String, double[]> scores) {
        row.mentions().forEach((canonical, n) -> {
            String tech = countsTo.get(canonical);
            if (tech != null) {
                mentions.computeIfAbsent(tech, k -> new int[1])[0] += n;
                double[] s = scores.computeIfAbsent(tech, k -> new double[2]);
                s[0] += row.targets().getOrDefault(canonical, 0.0);
                s[1]++;
            }
        });
    }

    /** The grouped figures of one (period, technology); copied out because a Tablesaw Row is a moving cursor. */
    private record Group(long mentions, int positive, int neutral, int negative, double mean, double sd, int n) {
    }

    private static Map<String, Group> groupByPeriodAndTechnology(Table obs) {
        Map<String, Group> byKey = new HashMap<>();
        if (obs.rowCount() == 0) {
            return byKey;
        }
        Table counts = obs.summarize("mentions", "positive", "neutral", "negative", AggregateFunctions.sum)
                .by("period", "technology");
        Table scores = obs.summarize("score", AggregateFunctions.mean, AggregateFunctions.stdDev, AggregateFunctions.count)
                .by("period", "technology");
        Table joined = counts.joinOn("period", "technology").inner(scores);
        for (Row r : joined) {
            byKey.put(r.getString("period") + "|" + r.getString("technology"), new Group((long) r.getDouble("Sum [mentions]"),
                    (int) r.getDouble("Sum [positive]"), (int) r.getDouble("Sum [neutral]"), (int) r.getDouble("Sum [negative]"),
                    r.getDouble("Mean [score]"), r.getDouble("Std. Deviation [score]"), (int) r.getDouble("Count [score]")));
        }
        return byKey;
    }

    private static TrendRow cell(ReportSearcher searcher, String period, String tech, String date, int reports, long words,
                                 long totalMentions, Group g, double[] extremes) throws IOException {
        long mentions = g == null ? 0 : g.mentions();
        double perTenK = words == 0 ? 0 : mentions * 10000.0 / words;
        double share = totalMentions == 0 ? 0 : (double) mentions / totalMentions;
        if (g == null) {
            return new TrendRow(period, date, tech, reports, words, 0, 0, share, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, "", "",
                    Double.NaN, Double.NaN);
        }
        int n = g.n();
        double mean = g.mean();
        double low = Double.NaN;
        double high = Double.NaN;
        if (n > 1) {
            double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * g.sd() / Math.sqrt(n);
            low = Math.max(-1, mean - half);
            high = Math.min(1, mean + half);
        }
        String top = extremes != null && extremes[0] >= SentimentLabel.NEUTRAL_BAND ? evidence(searcher, (int) extremes[1]) : "";
        String bottom = extremes != null && extremes[2] <= -SentimentLabel.NEUTRAL_BAND ? evidence(searcher, (int) extremes[3]) : "";
        return new TrendRow(period, date, tech, reports, words, mentions, perTenK, share, mean, low, high,
                g.positive(), g.neutral(), g.negative(),
                top, bottom, top.isEmpty() ? Double.NaN : extremes[0], bottom.isEmpty() ? Double.NaN : extremes[2]);
    }

    /** The sentence, trimmed, with the report it comes from. */
    private static String evidence(ReportSearcher searcher, int doc) throws IOException {
        ReportSearcher.StoredSentence s = searcher.storedSentence(doc);
        String text = s.text().replaceAll("\\s+", " ").strip();
        if (text.length() > EVIDENCE_CHARS) {
            int cut = text.lastIndexOf(' ', EVIDENCE_CHARS - 1);
            text = text.substring(0, cut > EVIDENCE_CHARS / 2 ? cut : EVIDENCE_CHARS - 1) + "…";
        }
        return "\"" + text + "\" (" + s.reportId() + ")";
    }

    private static Slot slot(IndexedReport r, Period by) {
        ReportMetadata m = r.metadata();
        int sort = m.date().map(d -> d.sortKey()).orElse(0);
        String date = m.dateText();
        return switch (by) {
            case EVENT -> new Slot(m.event().name(), sort, date);
            case YEAR -> new Slot(m.date().map(d -> Integer.toString(d.year())).orElse("(no date)"), sort, date);
            case AUTHOR -> new Slot(m.author().isBlank() ? UNKNOWN_AUTHOR : m.author(), sort, date);
            case REPORT -> new Slot(r.id(), sort, date);
        };
    }

    /** The compared technologies of a group, as families when asked (Mesos for DC/OS and Marathon). */
    public static List<String> technologiesOf(Taxonomy taxonomy, List<String> names, boolean families) {
        if (!families) {
            return names;
        }
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String family = taxonomy.find(n).map(Technology::family).orElse(n);
            if (seen.add(family)) {
                out.add(family);
            }
        }
        return out;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
