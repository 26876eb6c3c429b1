package org.reportstats.text;

/**
 * One token of the analysis chain.
 *
 * @param term  the indexed form (lower-cased, possessive removed)
 * @param start offset of the first character in the analysed text
 * @param end   offset after the last character
 * @param type  the tokenizer's type, e.g. {@code <ALPHANUM>} or {@code <URL>}
 */
public record Token(String term, int start, int end, String type) {
    public boolean isUrlOrEmail() {
        return ProseAnalyzer.URL_TYPE.equals(type) || ProseAnalyzer.EMAIL_TYPE.equals(type);
    }
}
