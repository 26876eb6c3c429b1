package org.reportstats.report.trends;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.reportstats.analysis.Keyness;
import org.reportstats.report.AtomicWrite;
import org.reportstats.report.csv.SafeCsv;
import org.reportstats.report.json.Json;
import org.reportstats.report.table.TextTable;

/** The over-represented words and technologies per event, as a table, CSV or JSON. */
public final class EmergingOutput {
    static final List<String> HEADER = List.of("event", "rank", "kind", "term", "event_count", "rest_count", "event_per_10k",
            "rest_per_10k", "log_likelihood");

    private EmergingOutput() {
    }

    public static void printTable(List<Keyness.Item> items, PrintWriter out) {
        String event = null;
        TextTable table = null;
        for (Keyness.Item i : items) {
            if (!i.event().equals(event)) {
                if (table != null) {
                    table.print(out);
                    out.println();
                }
                event = i.event();
                out.println(event + ": what it said more than the rest of the corpus");
                table = new TextTable(List.of("#", "term", "kind", "here", "rest", "per 10k here", "per 10k rest", "G²"),
                        true, false, false, true, true, true, true, true);
            }
            table.row(List.of(Integer.toString(i.rank()), i.term(), i.kind(), Long.toString(i.eventCount()), Long.toString(i.restCount()),
                    String.format(Locale.ROOT, "%.1f", i.eventPer10k()), String.format(Locale.ROOT, "%.1f", i.restPer10k()),
                    String.format(Locale.ROOT, "%.1f", i.logLikelihood())));
        }
        if (table != null) {
            table.print(out);
        }
        out.flush();
    }

    public static void printCsv(List<Keyness.Item> items, Writer out) throws IOException {
        SafeCsv csv = new SafeCsv(out, HEADER);
        for (Keyness.Item i : items) {
            csv.row(List.of(i.event(), i.rank(), i.kind(), i.term(), i.eventCount(), i.restCount(),
                    TrendsOutput.round(i.eventPer10k(), 2), TrendsOutput.round(i.restPer10k(), 2), TrendsOutput.round(i.logLikelihood(), 3)));
        }
        out.flush();
    }

    public static void printJson(List<Keyness.Item> items, PrintWriter out) {
        Json.print(out, items);
    }

    public static Path writeCsv(List<Keyness.Item> items, Path file) throws IOException {
        AtomicWrite.write(file, stream -> printCsv(items, new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
        return file;
    }
}
