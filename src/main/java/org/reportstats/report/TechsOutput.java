package org.reportstats.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportstats.analysis.TechnologyCount;
import org.reportstats.report.csv.SafeCsv;
import org.reportstats.report.json.Json;
import org.reportstats.report.table.TextTable;
import org.reportstats.tech.Alias;
import org.reportstats.tech.Taxonomy;
import org.reportstats.tech.Technology;

/** Prints the taxonomy, or the technologies found in a corpus with their counts. */
public final class TechsOutput {
    private static final List<String> TAXONOMY_COLUMNS = List.of("name", "category", "company", "family", "aliases", "groups");
    private static final List<String> COUNT_COLUMNS = List.of("technology", "category", "mentions", "sentences", "reports");

    private TechsOutput() {
    }

    public static void printTaxonomy(Taxonomy taxonomy, List<Technology> techs, OutputFormat format, PrintWriter out)
            throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Technology t : techs) {
            rows.add(List.of(t.name(), t.category(), t.company(), t.family(),
                    String.join(", ", t.aliases().stream().map(Alias::text).toList()),
                    String.join(", ", taxonomy.groupsOf(t.name()))));
        }
        switch (format) {
            case JSON -> {
                List<Map<String, Object>> json = new ArrayList<>();
                for (Technology t : techs) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", t.name());
                    m.put("category", t.category());
                    m.put("company", t.company());
                    m.put("family", t.family());
                    m.put("aliases", t.aliases().stream().map(Alias::text).toList());
                    m.put("groups", taxonomy.groupsOf(t.name()));
                    json.add(m);
                }
                Json.print(out, json);
            }
            case CSV -> csv(TAXONOMY_COLUMNS, rows, out);
            default -> {
                TextTable table = new TextTable(TAXONOMY_COLUMNS).maxCellWidth(70);
                rows.forEach(table::row);
                table.print(out);
                out.printf("%d technologies; groups: %s%n", techs.size(), String.join(", ", taxonomy.groups().keySet()));
            }
        }
        out.flush();
    }

    public static void printCounts(List<TechnologyCount> counts, OutputFormat format, PrintWriter out) throws IOException {
        switch (format) {
            case JSON -> Json.print(out, counts);
            case CSV -> {
                SafeCsv csv = new SafeCsv(out, COUNT_COLUMNS);
                for (TechnologyCount c : counts) {
                    csv.row(List.of(c.technology(), c.category(), c.mentions(), c.sentences(), c.reports()));
                }
            }
            default -> {
                TextTable table = new TextTable(COUNT_COLUMNS, false, false, true, true, true);
                counts.forEach(c -> table.row(List.of(c.technology(), c.category(), Long.toString(c.mentions()),
                        Long.toString(c.sentences()), Long.toString(c.reports()))));
                table.print(out);
                out.printf("%d technologies, %d mentions%n", counts.size(), counts.stream().mapToLong(TechnologyCount::mentions).sum());
            }
        }
        out.flush();
    }

    private static void csv(List<String> header, List<List<String>> rows, PrintWriter out) throws IOException {
        SafeCsv csv = new SafeCsv(out, header);
        for (List<String> row : rows) {
            csv.row(row);
        }
    }
}
