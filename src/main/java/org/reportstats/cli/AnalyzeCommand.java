package org.reportstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportstats.ingest.CorpusFile;
import org.reportstats.ingest.ReportFormat;
import org.reportstats.ingest.ReportReader;
import org.reportstats.ingest.UnreadableReportException;
import org.reportstats.nlp.AnalyzedSentence;
import org.reportstats.nlp.Pipeline;
import org.reportstats.nlp.ReportAnalyzer;
import org.reportstats.report.AnalyzeOutput;
import org.reportstats.report.OutputFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true, showDefaultValues = true, sortOptions = false,
        header = "Show the sentiment of each sentence and the tone about each technology it names.",
        description = {"",
                "Scores are in [-1, 1]; labels are positive, neutral, negative, or mixed when a sentence carries both tones strongly. A sentence's tone comes from a fine-tuned transformer for whole sentences, its odds nudged by the lexicon-and-rules score; the tone about each technology from another fine-tuned transformer (both in models/neural). A model's score is P(positive) - P(negative). --explain lists the words and rules behind the rules' score, the sentence model's probabilities and how they were combined, and, per technology, the model's probabilities, the words that carry its verdict and the rules' verdict.",
                "",
                "Examples:",
                "  reportstats analyze --text \"Kubernetes is winning while Mesos is fading out.\" --format json",
                "  reportstats analyze corpus/kubecon-berlin-2017.txt --explain",
                ""})
final class AnalyzeCommand implements Callable<Integer> {
    @ArgGroup(multiplicity = "1")
    Input input;

    static final class Input {
        @Parameters(paramLabel = "FILE", description = "A report (.txt, .md, .html).")
        Path file;

        @Option(names = "--text", paramLabel = "TEXT", description = "Analyse this text instead of a file.")
        String text;
    }

    @Mixin
    TaxonomyOptions taxonomy;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json.")
    OutputFormat format;

    @Option(names = "--explain", description = "Show the words, rules and model probabilities that produced each score.")
    boolean explain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Pipeline pipeline = taxonomy.pipeline();
        ReportAnalyzer analyzer = explain ? pipeline.analyzer().explaining() : pipeline.analyzer();
        List<AnalyzedSentence> sentences = analyzer.analyze(input.text != null ? textReport(input.text) : read(input.file));
        AnalyzeOutput.print(sentences, format, explain, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    private static org.reportstats.ingest.Report textReport(String text) {
        if (text.isBlank()) {
            throw UserError.usage("--text is empty");
        }
        try {
            return ReportReader.parse("text.txt", ReportFormat.TEXT, text, new ArrayList<>());
        } catch (UnreadableReportException e) {
            throw UserError.usage("--text: " + e.getMessage());
        }
    }

    private static org.reportstats.ingest.Report read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw UserError.usage(file + ": no such file");
        }
        ReportFormat format = ReportFormat.of(file.getFileName().toString()).orElseThrow(() ->
                UserError.usage(file + ": not a report format (.txt, .md, .markdown, .html, .htm)"));
        try {
            return ReportReader.read(new CorpusFile(file.getFileName().toString(), file, format, Files.size(file), 0));
        } catch (UnreadableReportException e) {
            throw UserError.usage(file + ": " + e.getMessage());
        } catch (java.io.IOException e) {
            throw UserError.usage(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
