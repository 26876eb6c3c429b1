package org.reportstats.report;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportstats.analysis.Classification;
import org.reportstats.analysis.MentionEvaluation;
import org.reportstats.report.json.Json;
import org.reportstats.report.table.TextTable;

/** Prints evaluation figures as a table or JSON. */
public final class EvalOutput {
    private EvalOutput() {
    }

    public static void printMentions(MentionEvaluation.Result r, OutputFormat format, PrintWriter out) {
        if (format == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("n", r.n());
            json.put("precision", round(r.precision()));
            json.put("recall", round(r.recall()));
            json.put("f1", round(r.f1()));
            json.put("true_positives", r.truePositives());
            json.put("false_positives", r.falsePositives());
            json.put("false_negatives", r.falseNegatives());
            json.put("errors", r.errors());
            Json.print(out, json);
            return;
        }
        TextTable table = new TextTable(List.of("sentences", "precision", "recall", "f1", "tp", "fp", "fn"),
                true, true, true, true, true, true, true);
        table.row(List.of(Integer.toString(r.n()), fmt(r.precision()), fmt(r.recall()), fmt(r.f1()),
                Integer.toString(r.truePositives()), Integer.toString(r.falsePositives()), Integer.toString(r.falseNegatives())));
        table.print(out);
        if (!r.errors().isEmpty()) {
            out.println();
            out.println("Disagreements (line: missing / extra):");
            for (MentionEvaluation.Error e : r.errors()) {
                out.printf("  %d: missing %s, extra %s — %s%n", e.line(), e.missing(), e.extra(), e.sentence());
            }
        }
        out.flush();
    }

    /** n, accuracy, macro-F1, weighted F1, per-class figures, Pearson r when scores were given, the confusion matrix. */
    public static void printClassification(Classification c, List<?> errors, OutputFormat format, PrintWriter out) {
        if (format == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("n", c.n());
            json.put("accuracy", round(c.accuracy()));
            json.put("macro_f1", round(c.macroF1()));
            json.put("weighted_f1", round(c.weightedF1()));
            if (c.hasScores()) {
                json.put("pearson_r", round(c.pearson()));
            }
            Map<String, Object> classes = new LinkedHashMap<>();
            c.perClass().forEach((label, v) -> classes.put(label, Map.of("precision", round(v[0]), "recall", round(v[1]),
                    "f1", round(v[2]), "support", (int) v[3])));
            json.put("classes", classes);
            Map<String, Object> confusion = new LinkedHashMap<>();
            int[][] m = c.confusion();
            for (int g = 0; g < 3; g++) {
                Map<String, Integer> row = new LinkedHashMap<>();
                for (int p = 0; p < 3; p++) {
                    row.put(Classification.CLASSES.get(p), m[g][p]);
                }
                confusion.put(Classification.CLASSES.get(g), row);
            }
            json.put("confusion", confusion);
            if (errors != null) {
                json.put("errors", errors);
            }
            Json.print(out, json);
            return;
        }
        List<String> header = new java.util.ArrayList<>(List.of("n", "accuracy", "macro_f1", "weighted_f1"));
        if (c.hasScores()) {
            header.add("pearson_r");
        }
        TextTable summary = new TextTable(header, true, true, true, true, true);
        List<String> row = new java.util.ArrayList<>(List.of(Integer.toString(c.n()), fmt(c.accuracy()), fmt(c.macroF1()), fmt(c.weightedF1())));
        if (c.hasScores()) {
            row.add(fmt(c.pearson()));
        }
        summary.row(row);
        summary.print(out);
        out.println();
        TextTable classes = new TextTable(List.of("class", "precision", "recall", "f1", "support"), false, true, true, true, true);
        c.perClass().forEach((label, v) -> classes.row(List.of(label, fmt(v[0]), fmt(v[1]), fmt(v[2]), Integer.toString((int) v[3]))));
        classes.print(out);
        out.println();
        out.println("Confusion matrix (rows: gold, columns: predicted):");
        TextTable confusion = new TextTable(List.of("gold \\ predicted", "positive", "neutral", "negative"), false, true, true, true);
        int[][] m = c.confusion();
        for (int g = 0; g < 3; g++) {
            confusion.row(List.of(Classification.CLASSES.get(g), Integer.toString(m[g][0]), Integer.toString(m[g][1]), Integer.toString(m[g][2])));
        }
        confusion.print(out);
        if (errors != null && !errors.isEmpty()) {
            out.println();
            out.println(errors.size() + " disagreements:");
            errors.forEach(e -> out.println("  " + e));
        }
        out.flush();
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", v);
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
