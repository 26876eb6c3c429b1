package org.reportstats.nlp;

import java.util.ArrayList;
import java.util.List;
import org.reportstats.ingest.Report;
import org.reportstats.ingest.Span;
import org.reportstats.tech.MentionDetector;

/** Turns a report into analysed sentences: boundaries, technology mentions. Thread-safe. */
public final class ReportAnalyzer {
    private final MentionDetector mentions;

    public ReportAnalyzer(MentionDetector mentions) {
        this.mentions = mentions;
    }

    public List<AnalyzedSentence> analyze(Report report) {
        List<AnalyzedSentence> out = new ArrayList<>();
        for (Span span : SentenceSplitter.split(report.text(), report.paragraphs())) {
            String text = span.of(report.text());
            out.add(new AnalyzedSentence(out.size(), span.start(), text, mentions.detect(text)));
        }
        return out;
    }
}
