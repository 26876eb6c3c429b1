package org.reportstats.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reportstats.analysis.LabeledFile;
import org.reportstats.analysis.MentionEvaluation;
import org.reportstats.nlp.Pipeline;
import org.reportstats.report.EvalOutput;
import org.reportstats.report.OutputFormat;
import org.reportstats.tech.TaxonomyException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", showDefaultValues = true,
        header = "Measure accuracy on labeled data: mention detection, sentence sentiment, per-technology polarity.",
        description = {"", "Example:  reportstats eval mentions src/test/resources/eval/mentions.tsv", ""},
        subcommands = {EvalCommand.Mentions.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw UserError.usage("name what to evaluate: " + String.join(", ", spec.subcommands().keySet())
                + " (see 'reportstats eval --help')");
    }

    @Command(name = "mentions", showDefaultValues = true,
            header = "Precision, recall and F1 of technology mention detection.",
            description = {"",
                    "FILE: one sentence per line, a TAB, then the expected technologies comma-separated (empty when none).",
                    "Names may be any taxonomy name or alias; an unknown name counts as a miss. Micro-averaged over",
                    "(sentence, technology) pairs. Lines starting with # are comments.", ""})
    static final class Mentions implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "Annotated sentences.")
        Path file;

        @Option(names = "--taxonomy", paramLabel = "FILE", description = "YAML merged over the bundled taxonomy.")
        Path taxonomy;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json.")
        OutputFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try {
                Pipeline pipeline = Pipeline.load(Optional.ofNullable(taxonomy));
                MentionEvaluation.Result result = MentionEvaluation.evaluate(file, pipeline.taxonomy(),
                        pipeline.mentionDetector());
                EvalOutput.printMentions(result, format, spec.commandLine().getOut());
                return ExitCode.OK;
            } catch (TaxonomyException | LabeledFile.EvalFileException e) {
                throw UserError.usage(e.getMessage());
            }
        }
    }
}
