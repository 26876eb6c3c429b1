package org.reportstats.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Runs the shared analysis chain over a string and returns its tokens. */
public final class Tokens {
    /** Field name used when tokenising outside the index; the chain is the same for every field. */
    private static final String FIELD = "text";
    private static final Analyzer ANALYZER = new ProseAnalyzer();

    private Tokens() {
    }

    public static Analyzer analyzer() {
        return ANALYZER;
    }

    public static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), type.type()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("tokenising a string cannot fail", e);
        }
        return tokens;
    }

    /** The indexed terms of a phrase, e.g. {@code "DC/OS"} → {@code [dc, os]}. */
    public static List<String> terms(String phrase) {
        return of(phrase).stream().map(Token::term).toList();
    }
}
