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
import org.reportstats.index.Aggregates;
import org.reportstats.index.IndexedReport;
import org.reportstats.index.KeyStats;
import org.reportstats.index.Observation;
import org.reportstats.index.ReportStore;
import org.reportstats.index.TrendKeys;
import org.reportstats.ingest.ReportMetadata;
import org.reportstats.nlp.SentimentLabel;
import org.reportstats.tech.Taxonomy;
import org.reportstats.tech.Technology;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.aggregate.AggregateFunctions;

/**
 * Mentions and sentiment per period × technology, from any engine (never from the reports). The engine sums
 * up what each report says about each compared technology; Tablesaw adds the reports up per period and
 * technology; the result is completed to the full grid so that silence is a zero row.
 */
public final class TrendAnalyzer {
    private static final int EVIDENCE_CHARS = 220;
    private static final String UNKNOWN_AUTHOR = "(unknown author)";
    /** Columns of the per-report table: integer sums (scores in Observation units), then the extremes. */
    private static final List<String> STATS = List.of("mentions", "sentences", "sum", "squares", "positive", "neutral",
            "negative", "max", "min");

    private TrendAnalyzer() {
    }

    /** Where a report falls: its period and what the period is called and when it was. */
    private record Slot(String period, int dateSort, String date) {
    }

    public static TrendResult analyze(ReportStore store, Taxonomy taxonomy, TrendRequest request) throws IOException {
        Map<String, Slot> slotOf = new HashMap<>();
        Map<String, int[]> periodReports = new LinkedHashMap<>(); // reports, earliest date sort
        Map<String, Long> periodWords = new HashMap<>();
        Map<String, String> periodDate = new HashMap<>();
        for (IndexedReport r : store.reports()) {
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
        TrendKeys keys = new TrendKeys(techs, request.families(), countsTo(taxonomy, techs, request.families()), true);
        Aggregates aggregates = store.aggregate(keys);
        long[][] co = new long[techs.size()][techs.size()];
        aggregates.coMentions().forEach((report, pairs) -> {
            if (slotOf.containsKey(report)) {
                for (int a = 0; a < co.length; a++) {
                    for (int b = 0; b < co.length; b++) {
                        co[a][b] += pairs[a][b];
                    }
                }
            }
        });
        Map<String, KeyStats> grouped = groupByPeriodAndTechnology(perReportTable(aggregates, slotOf));

        List<TrendRow> rows = new ArrayList<>();
        for (String period : periods) {
            long totalMentions = 0;
            for (String tech : techs) {
                KeyStats g = grouped.get(period + "|" + tech);
                totalMentions += g == null ? 0 : g.mentions();
            }
            for (String tech : techs) {
                KeyStats g = grouped.get(period + "|" + tech);
                Evidence evidence = g == null ? Evidence.NONE : evidence(store, keys, tech, g, reportsOf(aggregates, slotOf, period, tech));
                rows.add(cell(period, tech, periodDate.getOrDefault(period, ""), periodReports.get(period)[0],
                        periodWords.getOrDefault(period, 0L), totalMentions, g, evidence));
            }
        }
        int[][] coCounts = new int[co.length][co.length];
        for (int a = 0; a < co.length; a++) {
            for (int b = 0; b < co.length; b++) {
                coCounts[a][b] = Math.toIntExact(co[a][b]);
            }
        }
        return new TrendResult(request, periods, techs, rows, coCounts, TrendSummary.of(periods, techs, rows, request.by()));
    }

    /** The compared technology each canonical name counts toward: itself, or with families its family. */
    static Map<String, String> countsTo(Taxonomy taxonomy, List<String> techs, boolean families) {
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

    /** One row per (report, technology) that the report mentions, with the period the report falls in. */
    private static Table perReportTable(Aggregates aggregates, Map<String, Slot> slotOf) {
        Table table = Table.create("per_report", StringColumn.create("period"), StringColumn.create("technology"));
        for (String column : STATS) {
            table.addColumns(DoubleColumn.create(column));
        }
        aggregates.byReport().forEach((report, stats) -> {
            Slot slot = slotOf.get(report);
            if (slot == null) {
                return;
            }
            stats.forEach((tech, s) -> {
                table.stringColumn("period").append(slot.period());
                table.stringColumn("technology").append(tech);
                long[] values = {s.mentions(), s.sentences(), s.sum(), s.squares(), s.positive(), s.neutral(), s.negative()};
                for (int i = 0; i < values.length; i++) {
                    // integers below 2^53: sums of doubles stay exact in any order
                    table.doubleColumn(STATS.get(i)).append((double) values[i]);
                }
                table.doubleColumn("max").append(s.max());
                table.doubleColumn("min").append(s.min());
            });
        });
        return table;
    }

    /** Tablesaw adds the per-report statistics up per (period, technology). */
    private static Map<String, KeyStats> groupByPeriodAndTechnology(Table perReport) {
        Map<String, KeyStats> byKey = new HashMap<>();
        if (perReport.rowCount() == 0) {
            return byKey;
        }
        Table sums = perReport.summarize(STATS.subList(0, 7), AggregateFunctions.sum).by("period", "technology");
        Table extremes = perReport.summarize("max", AggregateFunctions.max).by("period", "technology")
                .joinOn("period", "technology").inner(perReport.summarize("min", AggregateFunctions.min).by("period", "technology"));
        Table joined = sums.joinOn("period", "technology").inner(extremes);
        for (Row r : joined) {
            byKey.put(r.getString("period") + "|" + r.getString("technology"), new KeyStats(
                    (long) r.getDouble("Sum [mentions]"), (long) r.getDouble("Sum [sentences]"), (long) r.getDouble("Sum [sum]"),
                    (long) r.getDouble("Sum [squares]"), (long) r.getDouble("Sum [positive]"), (long) r.getDouble("Sum [neutral]"),
                    (long) r.getDouble("Sum [negative]"), (int) r.getDouble("Max [max]"), (int) r.getDouble("Min [min]")));
        }
        return byKey;
    }

    /** The statistics of each report of {@code period} that mentions {@code tech}, by report id. */
    private static Map<String, KeyStats> reportsOf(Aggregates aggregates, Map<String, Slot> slotOf, String period, String tech) {
        Map<String, KeyStats> out = new java.util.TreeMap<>();
        aggregates.byReport().forEach((report, stats) -> {
            Slot slot = slotOf.get(report);
            if (slot != null && slot.period().equals(period) && stats.containsKey(tech)) {
                out.put(report, stats.get(tech));
            }
        });
        return out;
    }

    /** The most positive and most negative sentence quoted beside a cell, with their scores. */
    private record Evidence(String top, double topScore, String bottom, double bottomScore) {
        static final Evidence NONE = new Evidence("", Double.NaN, "", Double.NaN);
    }

    /**
     * The strongest sentences of a cell: the highest (lowest) tone, from the first report by id that reaches it
     * and its first sentence by position, so that every engine quotes the same sentence.
     */
    private static Evidence evidence(ReportStore store, TrendKeys keys, String tech, KeyStats cell, Map<String, KeyStats> reports)
            throws IOException {
        String top = "";
        String bottom = "";
        if (Observation.score(cell.max()) >= SentimentLabel.NEUTRAL_BAND) {
            top = quote(store, keys, tech, cell.max(), reports, true);
        }
        if (Observation.score(cell.min()) <= -SentimentLabel.NEUTRAL_BAND) {
            bottom = quote(store, keys, tech, cell.min(), reports, false);
        }
        return new Evidence(top, top.isEmpty() ? Double.NaN : Observation.score(cell.max()),
                bottom, bottom.isEmpty() ? Double.NaN : Observation.score(cell.min()));
    }

    private static String quote(ReportStore store, TrendKeys keys, String tech, int units, Map<String, KeyStats> reports,
                                boolean highest) throws IOException {
        for (Map.Entry<String, KeyStats> e : reports.entrySet()) {
            if ((highest ? e.getValue().max() : e.getValue().min()) == units) {
                return store.sentenceWithTone(e.getKey(), tech, keys, units).map(TrendAnalyzer::quoted).orElse("");
            }
        }
        return "";
    }

    private static TrendRow cell(String period, String tech, String date, int reports, long words, long totalMentions,
                                 KeyStats g, Evidence evidence) {
        long mentions = g == null ? 0 : g.mentions();
        double perTenK = words == 0 ? 0 : mentions * 10000.0 / words;
        double share = totalMentions == 0 ? 0 : (double) mentions / totalMentions;
        if (g == null) {
            return new TrendRow(period, date, tech, reports, words, 0, 0, share, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, "", "",
                    Double.NaN, Double.NaN);
        }
        long n = g.sentences();
        double mean = g.mean();
        double low = Double.NaN;
        double high = Double.NaN;
        if (n > 1) {
            double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * g.standardDeviation() / Math.sqrt(n);
            low = Math.max(-1, mean - half);
            high = Math.min(1, mean + half);
        }
        return new TrendRow(period, date, tech, reports, words, mentions, perTenK, share, mean, low, high,
                Math.toIntExact(g.positive()), Math.toIntExact(g.neutral()), Math.toIntExact(g.negative()),
                evidence.top(), evidence.bottom(), evidence.topScore(), evidence.bottomScore());
    }

    /** The sentence, trimmed, with the report it comes from. */
    private static String quoted(ReportStore.StoredSentence s) {
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
            String family = taxonomy.familyOf(n);
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
