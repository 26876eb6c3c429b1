package org.reportstats.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportstats.analysis.MentionCounter;
import org.reportstats.index.ReportStore;
import org.reportstats.nlp.Pipeline;
import org.reportstats.report.OutputFormat;
import org.reportstats.report.TechsOutput;
import org.reportstats.tech.Taxonomy;
import org.reportstats.tech.Technology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "techs", mixinStandardHelpOptions = true, showDefaultValues = true, sortOptions = false,
        header = "List the technologies reportstats knows, or those a corpus mentions with their counts.",
        description = {"",
                "Without --corpus: the taxonomy (name, category, company, family, aliases, groups), from the bundled models/technologies.yaml merged with --taxonomy FILE. With --corpus: the technologies found in that corpus, most mentioned first (the index is built or refreshed first); with --engine solr, those of the collection.",
                "",
                "Examples:",
                "  reportstats techs --group orchestrators",
                "  reportstats techs --corpus corpus --families --format csv",
                "  reportstats techs --engine solr --zk zk1:2181/solr",
                ""})
final class TechsCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpusOptions;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--group", paramLabel = "NAME", description = "Only technologies of this rivalry group (e.g. orchestrators, runtimes).")
    String group;

    @Option(names = "--families", description = "With --corpus: count technologies toward their family (Marathon and DC/OS as Mesos).")
    boolean families;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json.")
    OutputFormat format;

    @ParentCommand
    ReportStats root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = corpusOptions.pipeline();
        Taxonomy taxonomy = pipeline.taxonomy();
        if (!spec.commandLine().getParseResult().hasMatchedOption("--corpus") && !engineOptions.solr()) {
            List<Technology> techs = taxonomy.technologies();
            if (group != null) {
                List<String> members = TaxonomyOptions.group(taxonomy, group);
                techs = techs.stream().filter(t -> members.contains(t.name())).toList();
            }
            TechsOutput.printTaxonomy(taxonomy, techs, format, spec.commandLine().getOut());
            return ExitCode.OK;
        }
        try (ReportStore searcher = corpusOptions.openStore(engineOptions, pipeline, spec.commandLine().getErr(), root.terminal())) {
            var counts = MentionCounter.count(searcher, taxonomy, families);
            if (group != null) {
                List<String> members = TaxonomyOptions.group(taxonomy, group);
                counts = counts.stream().filter(c -> members.contains(c.technology())).toList();
            }
            TechsOutput.printCounts(counts, format, spec.commandLine().getOut());
        }
        return ExitCode.OK;
    }
}
