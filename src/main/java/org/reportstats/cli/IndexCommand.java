package org.reportstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportstats.index.CorpusIndex;
import org.reportstats.index.IndexDamagedException;
import org.reportstats.index.IndexLockedException;
import org.reportstats.index.IndexSummary;
import org.reportstats.index.IndexedReport;
import org.reportstats.index.solr.SolrEngine;
import org.reportstats.index.solr.SolrSink;
import org.reportstats.ingest.ReportMetadata;
import org.reportstats.nlp.Pipeline;
import org.reportstats.report.table.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "index", mixinStandardHelpOptions = true, showDefaultValues = true, sortOptions = false,
        header = "Build or refresh the search index of a corpus folder.",
        description = {"",
                "Reads every report, infers its event, date, location, author and title, splits it into sentences, finds technology mentions, and stores it all in a Lucene index. Incremental: unchanged files are skipped, changed files replaced, deleted files removed; one commit at the end, so an interrupted run leaves the previous index intact. Prints what it inferred for each new or changed report; values marked with ? were guessed from the title, first lines or file name.",
                "",
                "With --engine solr the documents go to a SolrCloud collection instead (same analysis, same incremental rules); --create uploads the bundled configset and creates the collection.",
                "",
                "Examples:",
                "  reportstats index --corpus ~/trip-reports",
                "  reportstats index --engine solr --zk zk1:2181/solr --create --shards 2",
                "  reportstats index --engine solr --solr-url http://s1:8983/solr --solr-user me",
                "    (the password of --solr-user is read from REPORTSTATS_SOLR_PASSWORD)",
                ""})
final class IndexCommand implements Callable<Integer> {
    /** A first run over a big archive processes thousands of reports: the table shows this many unless --list. */
    static final int TABLE_ROWS = 25;

    @Mixin
    CorpusOptions corpusOptions;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--create", description = "With --engine solr: upload the bundled configset and create the collection if it does not exist.")
    boolean create;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "1", description = "With --create: number of shards.")
    int shards;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "1", description = "With --create: copies of each shard (2 survives losing a node).")
    int replicas;

    @Option(names = "--rebuild", description = "Re-read every file and rebuild the index from scratch (also repairs a damaged index).")
    boolean rebuild;

    @Option(names = "--list", description = "Show the inferred metadata of every new or changed report (default: the first "
            + IndexCommand.TABLE_ROWS + ").")
    boolean listAll;

    @Option(names = "--lock-wait", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to wait for another reportstats process that is writing the same index.")
    int lockWaitSeconds;

    @ParentCommand
    ReportStats root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IndexSummary summary;
        try (ConsoleListener listener = new ConsoleListener(err, root.terminal())) {
            if (lockWaitSeconds < 0) {
                throw UserError.usage("--lock-wait must be 0 or more seconds");
            }
            Pipeline pipeline = corpusOptions.pipeline();
            CorpusIndex corpusIndex = corpusOptions.corpusIndex(pipeline);
            summary = engineOptions.solr() ? intoSolr(corpusIndex, pipeline, listener, err)
                    : local(corpusIndex, listener);
        } catch (IndexLockedException | IndexDamagedException e) {
            throw new UserError(ExitCode.FAILURE, e.getMessage(), e);
        }
        printInferred(summary.processed(), listAll ? Integer.MAX_VALUE : TABLE_ROWS, out);
        out.printf("Indexed %d report%s (%d new, %d changed, %d unchanged, %d removed, %d skipped), %d sentences analysed, in %d ms%s.%n",
                summary.totalReports(), summary.totalReports() == 1 ? "" : "s", summary.added(), summary.updated(),
                summary.unchanged(), summary.removed(), summary.skipped().size(), summary.sentences(), summary.millis(),
                summary.rebuilt() ? " (full rebuild)" : "");
        out.flush();
        if (summary.totalReports() == 0) {
            err.println("reportstats: no readable report in " + corpusOptions.corpus
                    + " (looked for .txt, .md, .markdown, .html, .htm files)");
            err.flush();
            return ExitCode.NO_REPORTS;
        }
        return ExitCode.OK;
    }

    private IndexSummary local(CorpusIndex corpusIndex, ConsoleListener listener)
            throws IOException, IndexLockedException, IndexDamagedException {
        engineOptions.checkLocal();
        if (create || spec.commandLine().getParseResult().hasMatchedOption("--shards")
                || spec.commandLine().getParseResult().hasMatchedOption("--replicas")) {
            throw UserError.usage("--create, --shards and --replicas need --engine solr");
        }
        return corpusIndex.update(rebuild, java.time.Duration.ofSeconds(lockWaitSeconds), listener);
    }

    private IndexSummary intoSolr(CorpusIndex corpusIndex, Pipeline pipeline, ConsoleListener listener, PrintWriter err)
            throws IOException {
        if (shards < 1 || replicas < 1) {
            throw UserError.usage("--shards and --replicas must be at least 1");
        }
        try (SolrEngine solr = engineOptions.connect()) {
            if (create && solr.create(shards, replicas)) {
                err.printf("Created collection '%s' on %s: %d shard(s) × %d replica(s), configset %s.%n", solr.collection(),
                        solr.target().where(), shards, replicas, SolrEngine.configSetName());
                err.flush();
            }
            try (SolrSink sink = solr.sink(pipeline.taxonomy())) {
                return corpusIndex.update(sink, rebuild, listener); // Solr failures: one line, by ErrorHandler
            }
        }
    }

    static void printInferred(List<IndexedReport> processed, int maxRows, PrintWriter out) {
        if (processed.isEmpty()) {
            return;
        }
        List<IndexedReport> sorted = new ArrayList<>(processed);
        sorted.sort(Comparator.comparing((IndexedReport r) -> r.metadata().date().map(d -> d.sortKey()).orElse(0))
                .thenComparing(IndexedReport::id));
        TextTable table = new TextTable(List.of("file", "event", "date", "location", "author", "words", "title"),
                false, false, false, false, false, true, false).maxCellWidth(44);
        for (IndexedReport r : sorted.subList(0, Math.min(maxRows, sorted.size()))) {
            ReportMetadata m = r.metadata();
            table.row(List.of(ConsoleListener.printable(r.id()), mark(m.event().name(), "event", m), mark(m.dateText(), "date", m),
                    mark(m.location(), "location", m), mark(m.author(), "author", m), Integer.toString(r.words()),
                    mark(m.title(), "title", m)));
        }
        table.print(out);
        long guessed = sorted.stream().filter(r -> !r.metadata().guessed().isEmpty()).count();
        if (sorted.size() > maxRows) {
            out.printf("… and %d more new or changed reports (--list shows them all); %d of all %d have guessed values.%n",
                    sorted.size() - maxRows, guessed, sorted.size());
        }
        if (guessed > 0) {
            out.println("? = guessed from the title, first lines or file name; set it in front matter to be sure.");
        }
        out.println();
    }

    private static String mark(String value, String field, ReportMetadata m) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        return m.guessed().contains(field) ? value + " ?" : value;
    }
}
