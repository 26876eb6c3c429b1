package org.reportstats.report;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", v);
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
