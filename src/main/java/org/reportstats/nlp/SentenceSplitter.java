package org.reportstats.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.reportstats.ingest.Span;
import org.reportstats.text.Typography;

/**
 * Splits paragraphs into sentences with Apache OpenNLP's pretrained English model (UD-EWT, from Maven
 * Central, loaded from the classpath). The model is shared; detectors are per thread (they are not thread-safe).
 */
public final class SentenceSplitter {
    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final SentenceModel MODEL = load();
    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL));
    /** The model gives up on sentence boundaries in endless unpunctuated text; cut such runs here. */
    private static final int MAX_SENTENCE_CHARS = 2000;

    private SentenceSplitter() {
    }

    /** Sentence spans of {@code text}, one paragraph at a time, never crossing a paragraph boundary. */
    public static List<Span> split(String text, List<Span> paragraphs) {
        List<Span> sentences = new ArrayList<>();
        String plain = Typography.plain(text);
        SentenceDetectorME detector = DETECTOR.get();
        for (Span paragraph : paragraphs) {
            String p = paragraph.of(plain);
            for (opennlp.tools.util.Span s : detector.sentPosDetect(p)) {
                addCapped(sentences, text, paragraph.start() + s.getStart(), paragraph.start() + s.getEnd());
            }
        }
        return sentences;
    }

    private static void addCapped(List<Span> out, String text, int start, int end) {
        while (end - start > MAX_SENTENCE_CHARS) {
            int cut = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
            if (cut <= start) {
                cut = start + MAX_SENTENCE_CHARS;
            }
            out.add(new Span(start, cut));
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    private static SentenceModel load() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE + " is not on the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP sentence model", e);
        }
    }
}
