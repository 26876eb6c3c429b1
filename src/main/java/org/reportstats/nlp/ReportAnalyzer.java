package org.reportstats.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportstats.ingest.Report;
import org.reportstats.ingest.Span;
import org.reportstats.tech.Mention;
import org.reportstats.tech.MentionDetector;

/**
 * Turns a report into analysed sentences: boundaries, technology mentions, sentiment. The sentence's tone comes
 * from the rules ({@link SentimentScorer}) and a fine-tuned transformer ({@link NeuralSentences}) together
 * ({@link SentenceBlend}); the tone about each technology from another ({@link NeuralTargets}). With
 * {@link #rulesOnly()} the rules alone decide both, as they do for a technology the target model cannot see (a
 * mention past the first {@value NeuralTargets#MAX_PIECES} word pieces). Thread-safe.
 */
public final class ReportAnalyzer {
    private final MentionDetector mentions;
    private final SentimentScorer sentiment;
    private final boolean neural;
    private final boolean explain;

    public ReportAnalyzer(MentionDetector mentions, SentimentScorer sentiment) {
        this(mentions, sentiment, true, false);
    }

    private ReportAnalyzer(MentionDetector mentions, SentimentScorer sentiment, boolean neural, boolean explain) {
        this.mentions = mentions;
        this.sentiment = sentiment;
        this.neural = neural;
        this.explain = explain;
    }

    /** The same analysis, keeping the words and rules behind every sentiment score (for --explain). */
    public ReportAnalyzer explaining() {
        return new ReportAnalyzer(mentions, sentiment.explaining(), neural, true);
    }

    /** The same analysis with the rules alone deciding the tone of the sentence and about each technology. */
    public ReportAnalyzer rulesOnly() {
        return new ReportAnalyzer(mentions, sentiment, false, explain);
    }

    /** One sentence on its own, as {@code analyze --text} shows it. */
    public AnalyzedSentence analyze(int position, int start, String text) {
        List<Mention> found = mentions.detect(text);
        SentenceSentiment scored = sentiment.score(text, found);
        if (neural) {
            NeuralSentences model = NeuralSentences.standard();
            ModelVerdict verdict = model.classify(text);
            scored = SentenceBlend.combine(scored, verdict, explain, () -> model.carriers(text, verdict));
            if (!scored.targets().isEmpty()) {
                scored = refine(text, found, scored, NeuralTargets.standard().classify(text, found));
            }
        }
        return new AnalyzedSentence(position, start, text, found, scored);
    }

    public List<AnalyzedSentence> analyze(Report report) {
        List<AnalyzedSentence> out = new ArrayList<>();
        for (Span span : SentenceSplitter.split(report.text(), report.paragraphs())) {
            out.add(analyze(out.size(), span.start(), span.of(report.text())));
        }
        return out;
    }

    /** The sentence's tone with each technology's label and score from the model where it has a verdict. */
    private SentenceSentiment refine(String text, List<Mention> found, SentenceSentiment rules,
                                     Map<String, ModelVerdict> verdicts) {
        Map<String, String> carriers = explain ? NeuralTargets.standard().carriers(text, found, verdicts) : Map.of();
        List<TargetSentiment> targets = new ArrayList<>();
        for (TargetSentiment t : rules.targets()) {
            ModelVerdict v = verdicts.get(t.technology());
            if (v == null) {
                targets.add(t);
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (explain) {
                reasons.add(String.format(Locale.ROOT, "model: positive %.2f, neutral %.2f, negative %.2f → %s (score %.3f)",
                        v.positive(), v.neutral(), v.negative(), v.label().key(), v.score()));
                reasons.add(carriers.get(t.technology()));
                reasons.add("rules: " + t.label().key() + String.format(Locale.ROOT, " %.3f", t.score())
                        + (t.explanation().isEmpty() ? "" : " (" + String.join("; ", t.explanation()) + ")"));
            }
            targets.add(new TargetSentiment(t.technology(), v.score(), v.label(), reasons));
        }
        return new SentenceSentiment(rules.score(), rules.label(), targets, rules.explanation());
    }
}
