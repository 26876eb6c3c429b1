package org.reportstats.nlp;

import java.util.ArrayList;
import java.util.List;
import org.reportstats.ingest.Report;
import org.reportstats.ingest.Span;
import org.reportstats.tech.Mention;
import org.reportstats.tech.MentionDetector;

/** Turns a report into analysed sentences: boundaries, technology mentions, sentiment. Thread-safe. */
public final class ReportAnalyzer {
    private final MentionDetector mentions;
    private final SentimentScorer sentiment;

    public ReportAnalyzer(MentionDetector mentions, SentimentScorer sentiment) {
        this.mentions = mentions;
        this.sentiment = sentiment;
    }

    /** The same analysis, keeping the words and rules behind every sentiment score (for --explain). */
    public ReportAnalyzer explaining() {
        return new ReportAnalyzer(mentions, sentiment.explaining());
    }

    /** One sentence on its own, as {@code analyze --text} shows it. */
    public AnalyzedSentence analyze(int position, int start, String text) {
        List<Mention> found = mentions.detect(text);
        return new AnalyzedSentence(position, start, text, found, sentiment.score(text, found));
    }

    public List<AnalyzedSentence> analyze(Report report) {
        List<AnalyzedSentence> out = new ArrayList<>();
        for (Span span : SentenceSplitter.split(report.text(), report.paragraphs())) {
            out.add(analyze(out.size(), span.start(), span.of(report.text())));
        }
        return out;
    }
}
