package org.reportstats.text;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;

/**
 * The one analysis chain of reportstats: the index's text field and the technology mention detector both
 * tokenise with it, so a mention is found exactly where a search finds the word. Typographic quotes and
 * dashes are read as plain ones. URLs and e-mail addresses come out as single tokens (types {@code <URL>},
 * {@code <EMAIL>}) and so never match a technology alias.
 */
public final class ProseAnalyzer extends Analyzer {
    public static final String URL_TYPE = UAX29URLEmailTokenizer.TOKEN_TYPES[UAX29URLEmailTokenizer.URL];
    public static final String EMAIL_TYPE = UAX29URLEmailTokenizer.TOKEN_TYPES[UAX29URLEmailTokenizer.EMAIL];

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        UAX29URLEmailTokenizer source = new UAX29URLEmailTokenizer();
        source.setMaxTokenLength(255);
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new TypographyCharFilter(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new TypographyCharFilter(reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
