package org.reportstats.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportstats.ingest.Report;
import org.reportstats.ingest.Span;
import org.reportstats.tech.Mention;
import org.reportstats.tech.MentionDetector;
import org.reportstats.tech.Taxonomy;
import org.reportstats.tech.Technology;

/**
 * Turns a report into analysed sentences: boundaries, technology mentions, sentiment. The tone about each
 * technology comes from the rules, then from the target classifier when there is one. Thread-safe.
 */
public final class ReportAnalyzer {
    private final MentionDetector mentions;
    private final SentimentScorer sentiment;
    private final Taxonomy taxonomy;
    private final Optional<TargetClassifier> classifier;
    private final boolean explain;

    public ReportAnalyzer(MentionDetector mentions, SentimentScorer sentiment, Taxonomy taxonomy,
                          Optional<TargetClassifier> classifier) {
        this(mentions, sentiment, taxonomy, classifier, false);
    }

    private ReportAnalyzer(MentionDetector mentions, SentimentScorer sentiment, Taxonomy taxonomy,
                           Optional<TargetClassifier> classifier, boolean explain) {
        this.mentions = mentions;
        this.sentiment = sentiment;
        this.taxonomy = taxonomy;
        this.classifier = classifier;
        this.explain = explain;
    }

    /** The same analysis, keeping the words and rules behind every sentiment score (for --explain). */
    public ReportAnalyzer explaining() {
        return new ReportAnalyzer(mentions, sentiment.explaining(), taxonomy, classifier, true);
    }

    /** The same analysis with the rules alone deciding the tone about each technology. */
    public ReportAnalyzer rulesOnly() {
        return new ReportAnalyzer(mentions, sentiment, taxonomy, Optional.empty(), explain);
    }

    /** One sentence on its own, as {@code analyze --text} shows it. */
    public AnalyzedSentence analyze(int position, int start, String text) {
        List<Mention> found = mentions.detect(text);
        SentenceSentiment scored = sentiment.score(text, found);
        if (classifier.isPresent() && !scored.targets().isEmpty()) {
            List<TargetSentiment> refined = new ArrayList<>();
            TargetContext.Prepared words = TargetContext.prepare(text, found);
            for (TargetSentiment t : scored.targets()) {
                refined.add(classifier.get().refine(t, TargetClassifier.features(t, scored, words, found,
                        category(t)), explain));
            }
            scored = new SentenceSentiment(scored.score(), scored.label(), refined, scored.explanation());
        }
        return new AnalyzedSentence(position, start, text, found, scored);
    }

    /** What the target classifier sees about technology {@code t} of an analysed sentence (for training it). */
    public TargetClassifier.Features features(TargetSentiment t, SentenceSentiment sentence, String text,
                                              List<Mention> found) {
        return TargetClassifier.features(t, sentence, text, found, category(t));
    }

    private String category(TargetSentiment t) {
        return taxonomy.find(t.technology()).map(Technology::category).orElse("");
    }

    public List<AnalyzedSentence> analyze(Report report) {
        List<AnalyzedSentence> out = new ArrayList<>();
        for (Span span : SentenceSplitter.split(report.text(), report.paragraphs())) {
            out.add(analyze(out.size(), span.start(), span.of(report.text())));
        }
        return out;
    }
}
