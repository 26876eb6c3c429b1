package org.reportstats.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reportstats.tech.Mention;

/**
 * Cues from the words around one technology of a sentence, as feature names for the target classifier: the word
 * just before it ("than", "from", "over"...), whether another technology precedes or follows it in its clause, the
 * sign of the nearest opinion word of the clause and its side, and where it stands against the sentence's first
 * "but", "while" or the like. Other technologies' names count as one word, {@code TECH}. One pass over the
 * sentence, no tagger: cheap enough for every (sentence, technology) pair. (Bags of the clause's words and a
 * ±4-word window were tried too: see {@code models/classifier/SOURCES.md}.)
 */
final class TargetContext {
    private static final String TECH = "TECH";
    private static final String TARGET = "TARGET";
    private static final String BREAK = ",";
    private static final Set<String> CONTRASTS = Set.of("but", "however", "yet", "while", "although", "though",
            "whereas", "despite");

    private TargetContext() {
    }

    /** Feature names about technology {@code technology} of {@code sentence}; empty when no mention names it. */
    static List<String> features(String sentence, List<Mention> mentions, String technology) {
        List<String> words = words(sentence, mentions, technology);
        int at = words.indexOf(TARGET);
        if (at < 0) {
            return List.of();
        }
        int from = at;
        while (from > 0 && !isBreak(words.get(from - 1))) {
            from--;
        }
        int to = at + 1;
        while (to < words.size() && !isBreak(words.get(to))) {
            to++;
        }
        return List.of("prev=" + (at > 0 ? words.get(at - 1) : "^"),
                "tech_before=" + words.subList(from, at).contains(TECH),
                "tech_after=" + words.subList(at + 1, to).contains(TECH),
                "opinion=" + opinion(words, at, from, to), "contrast=" + contrast(words, at));
    }

    /** Lower-cased words and "," for every clause-ending mark; mentions become TARGET or TECH. */
    private static List<String> words(String sentence, List<Mention> mentions, String technology) {
        List<String> words = new ArrayList<>();
        int m = 0;
        int i = 0;
        boolean targetSeen = false;
        while (i < sentence.length()) {
            while (m < mentions.size() && mentions.get(m).end() <= i) {
                m++;
            }
            if (m < mentions.size() && mentions.get(m).start() <= i) {
                boolean target = !targetSeen && mentions.get(m).technology().equals(technology);
                targetSeen |= target;
                words.add(target ? TARGET : TECH);
                i = Math.max(i + 1, mentions.get(m).end());
                continue;
            }
            char c = sentence.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < sentence.length() && (Character.isLetterOrDigit(sentence.charAt(i))
                        || sentence.charAt(i) == '\'' || sentence.charAt(i) == '’')
                        && (m >= mentions.size() || mentions.get(m).start() > i)) {
                    i++;
                }
                words.add(sentence.substring(start, i).replace('’', '\'').toLowerCase(Locale.ROOT));
                continue;
            }
            if (",;:.!?()—–".indexOf(c) >= 0 && (words.isEmpty() || !BREAK.equals(words.get(words.size() - 1)))) {
                words.add(BREAK);
            }
            i++;
        }
        return words;
    }

    private static boolean isBreak(String word) {
        return BREAK.equals(word) || CONTRASTS.contains(word);
    }

    /** The sign of the nearest lexicon word in the clause and its side: "pos<", "neg>", or "none". */
    private static String opinion(List<String> words, int at, int from, int to) {
        Lexicon lexicon = Lexicon.standard();
        for (int d = 1; at - d >= from || at + d < to; d++) {
            for (int i = at - d; i <= at + d; i += 2 * d) {
                Lexicon.Match match = i < from || i >= to || TECH.equals(words.get(i)) ? null
                        : lexicon.at(words, i, true);
                if (match != null && Math.abs(match.valence()) >= 0.5) {
                    return (match.valence() > 0 ? "pos" : "neg") + (i < at ? "<" : ">");
                }
            }
        }
        return "none";
    }

    /** "after_but", "before_while", ... for the first contrast word of the sentence; "none" without one. */
    private static String contrast(List<String> words, int at) {
        for (int i = 0; i < words.size(); i++) {
            if (CONTRASTS.contains(words.get(i))) {
                return (i < at ? "after_" : "before_") + words.get(i);
            }
        }
        return "none";
    }
}
