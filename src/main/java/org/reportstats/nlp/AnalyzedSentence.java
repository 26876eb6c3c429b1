package org.reportstats.nlp;

import java.util.List;
import org.reportstats.tech.Mention;

/**
 * A sentence of a report with what reportstats learned about it.
 *
 * @param position 0-based index of the sentence in its report
 * @param start    offset of the sentence in the report text
 * @param text     the sentence as written
 * @param mentions  technologies it names, offsets relative to {@code text}
 * @param sentiment its tone, overall and per technology
 */
public record AnalyzedSentence(int position, int start, String text, List<Mention> mentions, SentenceSentiment sentiment) {
    public AnalyzedSentence {
        mentions = List.copyOf(mentions);
    }
}
