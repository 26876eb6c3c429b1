package org.reportstats.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportstats.nlp.AnalyzedSentence;
import org.reportstats.nlp.TargetSentiment;
import org.reportstats.report.json.Json;
import org.reportstats.report.table.TextTable;

/** Prints analysed sentences: score, label, technologies with their tone, and on request the reasons. */
public final class AnalyzeOutput {
    private AnalyzeOutput() {
    }

    public static void print(List<AnalyzedSentence> sentences, OutputFormat format, boolean explain, PrintWriter out) {
        if (format == OutputFormat.JSON) {
            Json.print(out, Map.of("sentences", sentences.stream().map(s -> json(s, explain)).toList()));
            return;
        }
        TextTable table = new TextTable(List.of("#", "score", "label", "technologies", "sentence"), true, true, false, false, false)
                .maxCellWidth(90);
        for (AnalyzedSentence s : sentences) {
            table.row(List.of(Integer.toString(s.position() + 1), String.format(Locale.ROOT, "%+.2f", s.sentiment().score()),
                    s.sentiment().label().key(), targets(s), s.text()));
        }
        table.print(out);
        if (explain) {
            for (AnalyzedSentence s : sentences) {
                out.println();
                out.println((s.position() + 1) + ". " + s.text());
                s.sentiment().explanation().forEach(line -> out.println("   " + line));
                for (TargetSentiment t : s.sentiment().targets()) {
                    out.println("   [" + t.technology() + "] " + String.join("; ", t.explanation()));
                }
            }
        }
        out.flush();
    }

    private static String targets(AnalyzedSentence s) {
        List<String> parts = new ArrayList<>();
        for (TargetSentiment t : s.sentiment().targets()) {
            parts.add(String.format(Locale.ROOT, "%s %s (%+.2f)", t.technology(), t.label().key(), t.score()));
        }
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    private static Map<String, Object> json(AnalyzedSentence s, boolean explain) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", s.text());
        m.put("score", round(s.sentiment().score()));
        m.put("label", s.sentiment().label().key());
        List<Map<String, Object>> targets = new ArrayList<>();
        for (TargetSentiment t : s.sentiment().targets()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("technology", t.technology());
            tm.put("score", round(t.score()));
            tm.put("label", t.label().key());
            if (explain) {
                tm.put("explanation", t.explanation());
            }
            targets.add(tm);
        }
        m.put("targets", targets);
        if (explain) {
            m.put("explanation", s.sentiment().explanation());
        }
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
