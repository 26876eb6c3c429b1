package org.reportstats.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reportstats.analysis.LabeledFile;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.reportstats.analysis.MentionEvaluation;
import org.reportstats.analysis.SentimentEvaluation;
import org.reportstats.analysis.TargetEvaluation;
import org.reportstats.nlp.Pipeline;
import org.reportstats.nlp.ReportAnalyzer;
import org.reportstats.report.EvalOutput;
import org.reportstats.report.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true, showDefaultValues = true,
        header = "Measure accuracy on labeled data: mention detection, sentence sentiment, per-technology polarity.",
        description = {"",
                "Examples:",
                "  reportstats eval mentions src/test/resources/eval/mentions.tsv",
                "  reportstats eval sentiment ../shared/eval/vader/nytEditorialSnippets_GroundTruth.txt --half test",
                "  reportstats eval targets src/test/resources/eval/targets.tsv",
                ""},
        subcommands = {EvalCommand.Mentions.class, EvalCommand.Sentiment.class, EvalCommand.Targets.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw UserError.usage("name what to evaluate: " + String.join(", ", spec.subcommands().keySet())
                + " (see 'reportstats eval --help')");
    }

    @Command(name = "mentions", mixinStandardHelpOptions = true, showDefaultValues = true,
            header = "Precision, recall and F1 of technology mention detection.",
            description = {"",
                "FILE: one sentence per line, a TAB, then the expected technologies comma-separated (empty when none). Names may be any taxonomy name or alias; an unknown name counts as a miss. Micro-averaged over (sentence, technology) pairs. Lines starting with # are comments.",
                "",
                "Example:  reportstats eval mentions src/test/resources/eval/mentions.tsv --format json",
                ""})
    static final class Mentions implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "Annotated sentences.")
        Path file;

        @Mixin
        TaxonomyOptions taxonomy;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json.")
        OutputFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Pipeline pipeline = taxonomy.pipeline();
            try {
                MentionEvaluation.Result result = MentionEvaluation.evaluate(file, pipeline.taxonomy(),
                        pipeline.mentionDetector());
                EvalOutput.printMentions(result, format, spec.commandLine().getOut());
                return ExitCode.OK;
            } catch (LabeledFile.EvalFileException e) {
                throw UserError.usage(e.getMessage());
            }
        }
    }

    @Command(name = "sentiment", mixinStandardHelpOptions = true, showDefaultValues = true, sortOptions = false,
            header = "Accuracy, F1 and Pearson r of sentence sentiment on labeled sentences.",
            description = {"",
                "FILE: label<TAB>text per line (label positive, neutral or negative), or VADER's ground truth id<TAB>mean<TAB>text (mean -4..4; gold positive when mean/4 > 0.05, negative when < -0.05). --half splits the file once, by a hash of each line's id, into a development and a test half: tune on dev, report on test. --predictions scores another system's output with the same code.",
                "",
                "Examples: the trip-report sentences' test half; VADER's tweets, the rules alone:",
                "  reportstats eval sentiment src/test/resources/eval/sentences.tsv --half test",
                "  reportstats eval sentiment tweets_GroundTruth.txt --half test --rules-only",
                ""})
    static final class Sentiment implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "Labeled sentences.")
        Path file;

        @Option(names = "--half", paramLabel = "HALF", defaultValue = "all", description = "all, dev or test.")
        SentimentEvaluation.Half half;

        @Option(names = "--predictions", paramLabel = "FILE",
                description = "Scores in [-1, 1], one per selected line, to evaluate instead of reportstats' own.")
        Path predictions;

        @Option(names = "--write-texts", paramLabel = "FILE",
                description = "Also write the selected sentences, one per line (input for another scorer).")
        Path writeTexts;

        @Option(names = "--rules-only", description = "Leave out the sentence model: the rules alone decide.")
        boolean rulesOnly;

        @Mixin
        TaxonomyOptions taxonomy;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json.")
        OutputFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            try {
                List<SentimentEvaluation.Item> items = SentimentEvaluation.read(file, half);
                if (writeTexts != null) {
                    AtomicFiles.writeLines(writeTexts, items.stream().map(SentimentEvaluation.Item::text).toList());
                }
                ToDoubleFunction<String> scorer;
                if (predictions != null) {
                    scorer = SentimentEvaluation.predictions(predictions, items);
                } else {
                    ReportAnalyzer full = taxonomy.pipeline().analyzer();
                    ReportAnalyzer analyzer = rulesOnly ? full.rulesOnly() : full;
                    scorer = text -> analyzer.analyze(0, 0, text).sentiment().score();
                }
                EvalOutput.printClassification(SentimentEvaluation.evaluate(items, scorer), null, format, spec.commandLine().getOut());
                return ExitCode.OK;
            } catch (LabeledFile.EvalFileException e) {
                throw UserError.usage(e.getMessage());
            }
        }
    }

    @Command(name = "targets", mixinStandardHelpOptions = true, showDefaultValues = true, sortOptions = false,
            header = "Accuracy and macro-F1 of the tone attributed to each technology.",
            description = {"",
                "FILE: label<TAB>technology<TAB>sentence per line; the technology by any taxonomy name or alias; a sentence may appear on several lines with different technologies. A technology the detector misses counts as predicted neutral. --half splits the file once, by a hash of each sentence (all its lines go to the same half), into a development and a test half: tune on dev, report on test.",
                "",
                "Example:  reportstats eval targets src/test/resources/eval/targets.tsv --half test --errors",
                ""})
    static final class Targets implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "Labeled (sentence, technology) pairs.")
        Path file;

        @Option(names = "--half", paramLabel = "HALF", defaultValue = "all", description = "all, dev or test.")
        SentimentEvaluation.Half half;

        @Mixin
        TaxonomyOptions taxonomy;

        @Option(names = "--errors", description = "List every disagreement.")
        boolean errors;

        @Option(names = "--rules-only", description = "Leave out the target model: the rules alone decide.")
        boolean rulesOnly;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json.")
        OutputFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            Pipeline pipeline = taxonomy.pipeline();
            try {
                ReportAnalyzer analyzer = rulesOnly ? pipeline.analyzer().rulesOnly() : pipeline.analyzer();
                TargetEvaluation.Result result = TargetEvaluation.evaluate(file, half, pipeline.taxonomy(), analyzer);
                EvalOutput.printClassification(result.figures(), errors ? result.errors() : null, format, spec.commandLine().getOut());
                return ExitCode.OK;
            } catch (LabeledFile.EvalFileException e) {
                throw UserError.usage(e.getMessage());
            }
        }
    }
}
