package org.reportstats.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.reportstats.index.QueryProbe;
import org.reportstats.ingest.Report;
import org.reportstats.ingest.ReportFormat;
import org.reportstats.ingest.ReportReader;
import org.reportstats.ingest.Span;
import org.reportstats.ingest.UnreadableReportException;
import org.reportstats.nlp.AnalyzedSentence;
import org.reportstats.nlp.Pipeline;
import org.reportstats.tech.Mention;

/**
 * Fuzz targets for the parsers that see user input. In the normal test run they replay their seeds and the
 * inputs kept under src/test/resources/org/reportstats/fuzz/ParsingFuzzTestInputs; FuzzingRunTest fuzzes each
 * for a few seconds; JAZZER_FUZZ=1 with -Dtest=ParsingFuzzTest#name fuzzes one for as long as you like.
 * Only documented outcomes are allowed: a Report or an UnreadableReportException, a query or a syntax error.
 */
class ParsingFuzzTest {
    private static final Pipeline PIPELINE = load();

    private static Pipeline load() {
        try {
            return Pipeline.load(java.util.Optional.empty());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Front matter and metadata heuristics on Markdown and plain text. */
    @FuzzTest(maxDuration = "10s")
    void frontMatterAndMetadata(FuzzedDataProvider data) {
        boolean markdown = data.consumeBoolean();
        String name = data.consumeString(40) + (markdown ? ".md" : ".txt");
        String text = (data.consumeBoolean() ? "---\n" : "") + data.consumeRemainingAsString();
        Report r = parse(name, markdown ? ReportFormat.MARKDOWN : ReportFormat.TEXT, text);
        if (r != null) {
            assertTrue(r.metadata().title().length() <= 300, "titles are bounded");
            checkParagraphs(r);
        }
    }

    /** HTML and Markdown markup stripping. */
    @FuzzTest(maxDuration = "10s")
    void markupStripping(FuzzedDataProvider data) {
        ReportFormat format = data.consumeBoolean() ? ReportFormat.HTML : ReportFormat.MARKDOWN;
        Report r = parse("page." + (format == ReportFormat.HTML ? "html" : "md"), format, data.consumeRemainingAsString());
        if (r != null) {
            checkParagraphs(r);
        }
    }

    /** Sentence splitting, mention detection and sentiment on arbitrary prose. */
    @FuzzTest(maxDuration = "10s")
    void sentencesMentionsAndSentiment(FuzzedDataProvider data) {
        Report r = parse("notes.txt", ReportFormat.TEXT, data.consumeRemainingAsString());
        if (r == null) {
            return;
        }
        for (AnalyzedSentence s : PIPELINE.analyzer().analyze(r)) {
            for (Mention m : s.mentions()) {
                assertTrue(m.start() >= 0 && m.end() <= s.text().length() && m.start() < m.end(), "mention inside its sentence");
            }
            double score = s.sentiment().score();
            assertTrue(score >= -1 && score <= 1 && !Double.isNaN(score), "score in [-1, 1]");
        }
    }

    /** The query front end: every input is a query or a one-line syntax error. */
    @FuzzTest(maxDuration = "10s")
    void queryFrontEnd(FuzzedDataProvider data) {
        String message = QueryProbe.parseOrMessage(data.consumeRemainingAsString());
        assertTrue(message == null || (!message.isBlank() && !message.contains("\n")), "one-line error: " + message);
    }

    private static Report parse(String name, ReportFormat format, String text) {
        try {
            return ReportReader.parse(name, format, text, new ArrayList<>());
        } catch (UnreadableReportException e) {
            return null;
        }
    }

    private static void checkParagraphs(Report r) {
        List<Span> paragraphs = r.paragraphs();
        for (Span p : paragraphs) {
            assertTrue(p.end() <= r.text().length(), "paragraph inside the text");
        }
    }
}
