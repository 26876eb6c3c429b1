package org.reportstats.report.trends;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportstats.analysis.Period;
import org.reportstats.analysis.TrendResult;
import org.reportstats.analysis.TrendRow;
import org.reportstats.report.AtomicWrite;
import org.reportstats.report.csv.SafeCsv;
import org.reportstats.report.json.Json;
import org.reportstats.report.table.TextTable;

/** The trend table as an aligned terminal table, tidy and wide CSV, and JSON. */
public final class TrendsOutput {
    private static final List<String> VALUE_COLUMNS = List.of("technology", "reports", "words", "mentions",
            "mentions_per_10k_words", "share_of_voice", "sentiment_mean", "sentiment_ci_low", "sentiment_ci_high",
            "positive", "neutral", "negative", "top_positive", "top_negative");

    private TrendsOutput() {
    }

    /** The period columns: {@code event,event_date} by event, {@code report,report_date} by report, else one. */
    static List<String> periodColumns(Period by) {
        return switch (by) {
            case EVENT -> List.of("event", "event_date");
            case REPORT -> List.of("report", "report_date");
            default -> List.of(by.column());
        };
    }

    public static List<String> header(Period by) {
        List<String> header = new ArrayList<>(periodColumns(by));
        header.addAll(VALUE_COLUMNS);
        return header;
    }

    private static List<Object> cells(TrendRow r, Period by) {
        List<Object> cells = new ArrayList<>();
        cells.add(r.period());
        if (periodColumns(by).size() == 2) {
            cells.add(r.periodDate());
        }
        cells.addAll(List.of(r.technology(), r.reports(), r.words(), r.mentions(), round(r.mentionsPer10kWords(), 2),
                round(r.shareOfVoice(), 4), round(r.sentimentMean(), 4), round(r.sentimentCiLow(), 4),
                round(r.sentimentCiHigh(), 4), r.positive(), r.neutral(), r.negative(), r.topPositive(), r.topNegative()));
        return cells;
    }

    public static void printTable(TrendResult result, PrintWriter out) {
        Period by = result.request().by();
        List<String> header = new ArrayList<>(periodColumns(by));
        header.addAll(List.of("technology", "reports", "words", "mentions", "per 10k", "share", "sentiment", "95% CI",
                "pos", "neu", "neg"));
        boolean[] numeric = new boolean[header.size()];
        for (int i = periodColumns(by).size() + 1; i < numeric.length; i++) {
            numeric[i] = true;
        }
        TextTable table = new TextTable(header, numeric).maxCellWidth(40);
        for (TrendRow r : result.rows()) {
            List<String> row = new ArrayList<>();
            row.add(r.period());
            if (periodColumns(by).size() == 2) {
                row.add(r.periodDate());
            }
            row.addAll(List.of(r.technology(), Integer.toString(r.reports()), Long.toString(r.words()), Long.toString(r.mentions()),
                    fmt("%.1f", r.mentionsPer10kWords()), fmt("%.0f %%", r.shareOfVoice() * 100), signed(r.sentimentMean()),
                    Double.isNaN(r.sentimentCiLow()) ? "-" : signed(r.sentimentCiLow()) + " … " + signed(r.sentimentCiHigh()),
                    Integer.toString(r.positive()), Integer.toString(r.neutral()), Integer.toString(r.negative())));
            table.row(row);
        }
        table.print(out);
        out.println();
        out.println(result.summary());
        out.flush();
    }

    public static void printCsv(TrendResult result, Writer out) throws IOException {
        Period by = result.request().by();
        SafeCsv csv = new SafeCsv(out, header(by));
        for (TrendRow r : result.rows()) {
            csv.row(cells(r, by));
        }
        out.flush();
    }

    public static void printJson(TrendResult result, PrintWriter out) {
        Period by = result.request().by();
        List<String> header = header(by);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TrendRow r : result.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            List<Object> cells = cells(r, by);
            for (int i = 0; i < header.size(); i++) {
                Object v = cells.get(i);
                m.put(header.get(i), v instanceof Double d && d.isNaN() ? null : v);
            }
            rows.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("by", by.column());
        root.put("technologies", result.technologies());
        root.put("periods", result.periods());
        root.put("rows", rows);
        Map<String, Map<String, Integer>> co = new LinkedHashMap<>();
        for (int a = 0; a < result.technologies().size(); a++) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (int b = 0; b < result.technologies().size(); b++) {
                row.put(result.technologies().get(b), result.coMentions()[a][b]);
            }
            co.put(result.technologies().get(a), row);
        }
        root.put("co_mentions", co);
        root.put("summary", result.summary());
        Json.print(out, root);
    }

    public static Path writeCsv(TrendResult result, Path file) throws IOException {
        AtomicWrite.write(file, stream -> printCsv(result, new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
        return file;
    }

    /** One row per period; per technology a mentions-per-10k column and a sentiment-mean column. */
    public static Path writeWideCsv(TrendResult result, Path file) throws IOException {
        Period by = result.request().by();
        List<String> header = new ArrayList<>(periodColumns(by));
        for (String t : result.technologies()) {
            header.add(t + " mentions_per_10k_words");
        }
        for (String t : result.technologies()) {
            header.add(t + " sentiment_mean");
        }
        AtomicWrite.write(file, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            SafeCsv csv = new SafeCsv(w, header);
            for (String period : result.periods()) {
                List<Object> cells = new ArrayList<>();
                cells.add(period);
                if (periodColumns(by).size() == 2) {
                    cells.add(result.row(period, result.technologies().get(0)).periodDate());
                }
                for (String t : result.technologies()) {
                    cells.add(round(result.row(period, t).mentionsPer10kWords(), 2));
                }
                for (String t : result.technologies()) {
                    cells.add(round(result.row(period, t).sentimentMean(), 4));
                }
                csv.row(cells);
            }
            w.flush();
        });
        return file;
    }

    static double round(double v, int places) {
        if (Double.isNaN(v)) {
            return v;
        }
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    static String signed(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%+.2f", v);
    }

    private static String fmt(String pattern, double v) {
        return String.format(Locale.ROOT, pattern, v);
    }
}
