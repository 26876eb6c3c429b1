package org.reportstats.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reportstats.index.QuerySyntaxException;
import org.reportstats.index.ReportStore;
import org.reportstats.index.SearchRequest;
import org.reportstats.index.SearchResult;
import org.reportstats.nlp.Pipeline;
import org.reportstats.nlp.SentimentLabel;
import org.reportstats.report.OutputFormat;
import org.reportstats.report.SearchOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true, showDefaultValues = true, sortOptions = false,
        header = "Find sentences in the reports, ranked, with the matches highlighted.",
        description = {"",
                "QUERY uses Lucene's classic syntax: words (OR by default), \"exact phrases\", AND / OR / NOT, wildcards (kube*), fuzzy (kubernetis~), grouping with ( ), and fields: event:kubecon, author:jensen, title:berlin, year:2017, year:[2015 TO 2017]. Below the hits: matching sentences per event. The index is built or refreshed first when missing or out of date.",
                "",
                "Examples:",
                "  reportstats search 'kubernetes AND mesos'",
                "  reportstats search '\"docker swarm\"' --kwic",
                "  reportstats search '' --tech 'Docker Swarm' --year 2016",
                "  reportstats search '' --tech Mesos --sentiment negative",
                "  reportstats search kubernetes --engine solr --zk zk1:2181/solr",
                ""})
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", description = "Lucene query; use '' to match every sentence (with filters).")
    String query;

    @Mixin
    CorpusOptions corpusOptions;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Number of hits to show.")
    int limit;

    @Option(names = "--event", paramLabel = "E", description = "Only these events, by name words: kubecon, 'KubeCon Europe 2017'.")
    String event;

    @Option(names = "--year", paramLabel = "Y", description = "Only reports dated in this year.")
    Integer year;

    @Option(names = "--tech", paramLabel = "T", description = "Only sentences that mention this technology (any name or alias).")
    String tech;

    @Option(names = "--families", description = "With --tech: count a technology's whole family (Marathon and DC/OS for Mesos).")
    boolean families;

    @Option(names = "--sentiment", paramLabel = "LABEL",
            description = "Only positive, neutral, negative or mixed sentences; with --tech, the tone about that technology.")
    SentimentLabel sentiment;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json.")
    OutputFormat format;

    @Option(names = "--kwic", description = "Keyword-in-context lines aligned on the match, like a concordancer.")
    boolean kwic;

    @ParentCommand
    ReportStats root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (limit < 0) {
            throw UserError.usage("--limit must be 0 or more, not " + limit);
        }
        Pipeline pipeline = corpusOptions.pipeline();
        Optional<String> techName = Optional.ofNullable(tech).map(t -> TaxonomyOptions.technology(pipeline.taxonomy(), t));
        SearchRequest request = new SearchRequest(query, limit, Optional.ofNullable(event), Optional.ofNullable(year),
                techName, families, Optional.ofNullable(sentiment).map(SentimentLabel::key));
        try (ReportStore searcher = corpusOptions.openStore(engineOptions, pipeline, spec.commandLine().getErr(), root.terminal())) {
            SearchResult result = searcher.search(request);
            SearchOutput.print(result, format, kwic, root.highlight(), spec.commandLine().getOut());
        } catch (QuerySyntaxException e) {
            throw UserError.usage(e.getMessage());
        }
        return ExitCode.OK;
    }
}
