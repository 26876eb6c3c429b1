package org.reportstats.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.reportstats.ingest.CorpusFile;
import org.reportstats.ingest.Report;
import org.reportstats.ingest.ReportFormat;
import org.reportstats.ingest.ReportReader;
import org.reportstats.ingest.Span;
import org.reportstats.nlp.Lexicon;
import org.reportstats.nlp.Pipeline;
import org.reportstats.nlp.ReportAnalyzer;
import org.reportstats.nlp.SentenceSplitter;
import org.reportstats.nlp.SentimentScorer;
import org.reportstats.tech.Mention;
import org.reportstats.tech.MentionDetector;
import org.reportstats.tech.TaxonomyLoader;

/**
 * The per-sentence hot loops of indexing, over every sentence of the bundled corpus (1,545 sentences): mention
 * detection, sentiment scoring (rules), and the whole analysis of a sentence (detection, rules and the target
 * classifier). Run with {@code bench/jmh}; figures are in BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotLoopsBenchmark {
    private List<String> sentences;
    private List<List<Mention>> mentions;
    private MentionDetector detector;
    private SentimentScorer scorer;
    private ReportAnalyzer analyzer;

    @Setup
    public void load() throws Exception {
        detector = new MentionDetector(TaxonomyLoader.loadDefault());
        scorer = new SentimentScorer(Lexicon.standard());
        analyzer = Pipeline.load(Optional.empty()).analyzer();
        sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("reportstats.corpus", "corpus")))) {
            for (Path p : files.sorted().toList()) {
                ReportFormat format = ReportFormat.of(p.getFileName().toString()).orElseThrow();
                Report r = ReportReader.read(new CorpusFile(p.getFileName().toString(), p, format, Files.size(p), 0));
                for (Span s : SentenceSplitter.split(r.text(), r.paragraphs())) {
                    sentences.add(s.of(r.text()));
                }
            }
        }
        mentions = sentences.stream().map(detector::detect).toList();
    }

    /** Time to find the technologies in every sentence of the corpus. */
    @Benchmark
    public void mentionDetection(Blackhole bh) {
        for (String s : sentences) {
            bh.consume(detector.detect(s));
        }
    }

    /** Time to score every sentence of the corpus and attribute its tone to the technologies it names. */
    @Benchmark
    public void sentimentScoring(Blackhole bh) {
        for (int i = 0; i < sentences.size(); i++) {
            bh.consume(scorer.score(sentences.get(i), mentions.get(i)));
        }
    }

    /** Time to analyse every sentence as indexing does: detection, rules, and the target classifier. */
    @Benchmark
    public void sentenceAnalysis(Blackhole bh) {
        for (int i = 0; i < sentences.size(); i++) {
            bh.consume(analyzer.analyze(i, 0, sentences.get(i)));
        }
    }
}
