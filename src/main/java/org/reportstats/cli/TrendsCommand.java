package org.reportstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reportstats.analysis.Keyness;
import org.reportstats.analysis.Period;
import org.reportstats.analysis.TrendAnalyzer;
import org.reportstats.analysis.TrendRequest;
import org.reportstats.analysis.TrendResult;
import org.reportstats.index.IndexedReport;
import org.reportstats.index.ReportSearcher;
import org.reportstats.index.ReportStore;
import org.reportstats.nlp.Pipeline;
import org.reportstats.report.OutputFormat;
import org.reportstats.report.chart.ChartFiles;
import org.reportstats.report.chart.TrendCharts;
import org.reportstats.report.html.TrendsHtml;
import org.reportstats.report.trends.EmergingOutput;
import org.reportstats.report.trends.TrendsOutput;
import org.reportstats.tech.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "trends", mixinStandardHelpOptions = true, showDefaultValues = true, sortOptions = false,
        header = "Compare technologies event by event: mentions, share of voice, sentiment, evidence, charts.",
        description = {"",
                "One row per (period, technology): reports, words, mentions, mentions per 10,000 words, share of voice (the technology's share of all mentions of the compared technologies in the period), mean sentiment about it with a 95 %% t interval, positive/neutral/negative sentence counts and the strongest evidence sentences. Writes trends.csv, trends_wide.csv, four charts (PNG and SVG) and report.html under --out, each atomically. Reads the index only; it is built or refreshed first when missing or out of date.",
                "",
                "Examples:",
                "  reportstats trends",
                "  reportstats trends --techs Kubernetes,Mesos,Nomad --families --by year",
                "  reportstats trends --group runtimes --from 2016 --format csv > runtimes.csv",
                "  reportstats trends --emerging",
                "  reportstats trends --engine solr --zk zk1:2181/solr",
                ""})
final class TrendsCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpusOptions;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Folder for the CSV files, charts and report.html.")
    Path out;

    @Option(names = "--techs", paramLabel = "A,B,…", split = ",", description = "Technologies to compare (any name or alias).")
    List<String> techs;

    @Option(names = "--group", paramLabel = "NAME", defaultValue = "orchestrators",
            description = "Rivalry group to compare when --techs is not given (see 'reportstats techs').")
    String group;

    @Option(names = "--families", description = "Count technologies toward their family (DC/OS and Marathon as Mesos).")
    boolean families;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "event", description = "event, year, author or report.")
    Period by;

    @Option(names = "--from", paramLabel = "YEAR", description = "Only reports dated in or after this year.")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Only reports dated in or before this year.")
    Integer to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json on standard output (files are written either way).")
    OutputFormat format;

    @Option(names = "--no-charts", description = "Skip the PNG/SVG charts and report.html.")
    boolean noCharts;

    @Option(names = "--emerging", description = "Instead: per event, the words and technologies most over-represented "
            + "against the rest of the corpus (log-likelihood keyness), top 20; writes emerging.csv.")
    boolean emerging;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "With --emerging: items per event.")
    int top;

    @ParentCommand
    ReportStats root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (from != null && to != null && from > to) {
            throw UserError.usage("--from " + from + " is after --to " + to);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw UserError.usage("--out " + out + " is a file, not a folder");
        }
        Pipeline pipeline = corpusOptions.pipeline();
        List<String> compared = compared(pipeline.taxonomy());
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TrendResult result;
        if (emerging) {
            if (engineOptions.solr()) {
                throw UserError.usage("--emerging reads word counts from the local index; run it without --engine solr");
            }
            engineOptions.checkLocal();
            try (ReportSearcher searcher = corpusOptions.openCurrentIndex(pipeline, err, root.terminal())) {
                return emerging(searcher, stdout, err);
            }
        }
        try (ReportStore store = corpusOptions.openStore(engineOptions, pipeline, err, root.terminal())) {
            result = TrendAnalyzer.analyze(store, pipeline.taxonomy(),
                    new TrendRequest(compared, families, by, Optional.ofNullable(from), Optional.ofNullable(to)));
        }
        if (result.periods().isEmpty()) {
            throw UserError.usage(from == null && to == null
                    ? "the index holds no report yet; run 'reportstats index' (with the same --engine options) first"
                    : "no report in the index matches --from/--to; nothing to compare");
        }
        switch (format) {
            case CSV -> TrendsOutput.printCsv(result, stdout);
            case JSON -> TrendsOutput.printJson(result, stdout);
            default -> TrendsOutput.printTable(result, stdout);
        }
        // with csv/json on stdout, the list of files goes to stderr so that pipes stay clean
        PrintWriter files = format == OutputFormat.TABLE ? stdout : err;
        if (format == OutputFormat.TABLE) {
            stdout.println();
        }
        for (Path written : writeFiles(result)) {
            files.println("wrote " + written);
        }
        files.flush();
        return ExitCode.OK;
    }

    private int emerging(ReportSearcher searcher, PrintWriter stdout, PrintWriter err) throws IOException {
        if (top < 1) {
            throw UserError.usage("--top must be at least 1");
        }
        List<IndexedReport> reports = searcher.reports().stream().filter(r -> {
            int year = r.metadata().date().map(d -> d.year()).orElse(0);
            return (from == null || year >= from) && (to == null || (year != 0 && year <= to));
        }).toList();
        List<String> events = new ArrayList<>();
        List<Keyness.Item> items = Keyness.emerging(searcher, events, Keyness.eventOfReports(reports, events), top);
        switch (format) {
            case CSV -> EmergingOutput.printCsv(items, stdout);
            case JSON -> EmergingOutput.printJson(items, stdout);
            default -> EmergingOutput.printTable(items, stdout);
        }
        PrintWriter files = format == OutputFormat.TABLE ? stdout : err;
        if (format == OutputFormat.TABLE) {
            stdout.println();
        }
        files.println("wrote " + EmergingOutput.writeCsv(items, out.resolve("emerging.csv")));
        files.flush();
        return ExitCode.OK;
    }

    private List<Path> writeFiles(TrendResult result) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(TrendsOutput.writeCsv(result, out.resolve("trends.csv")));
        written.add(TrendsOutput.writeWideCsv(result, out.resolve("trends_wide.csv")));
        if (!noCharts) {
            List<TrendCharts.Named> charts = TrendCharts.all(result);
            for (TrendCharts.Named c : charts) {
                written.add(ChartFiles.savePng(c.chart(), out.resolve("charts").resolve(c.name() + ".png")));
                written.add(ChartFiles.saveSvg(c.chart(), out.resolve("charts").resolve(c.name() + ".svg")));
            }
            written.add(TrendsHtml.write(result, charts, out.resolve("report.html"), title(result)));
        }
        return written;
    }

    private String title(TrendResult result) {
        return "reportstats: " + String.join(", ", result.technologies()) + " by " + result.request().by().column();
    }

    /** The technologies to compare, resolved through the taxonomy; an unknown name is a usage error. */
    private List<String> compared(Taxonomy taxonomy) {
        List<String> names;
        if (techs != null && !techs.isEmpty()) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--group")) {
                throw UserError.usage("give either --techs or --group, not both");
            }
            names = new ArrayList<>();
            for (String t : techs) {
                if (t.isBlank()) {
                    continue;
                }
                String name = TaxonomyOptions.technology(taxonomy, t);
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        } else {
            names = TaxonomyOptions.group(taxonomy, group);
        }
        if (names.isEmpty()) {
            throw UserError.usage("--techs names no technology");
        }
        return TrendAnalyzer.technologiesOf(taxonomy, names, families);
    }
}
