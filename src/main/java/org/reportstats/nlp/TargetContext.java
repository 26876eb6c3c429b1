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
 * "but", "while" or the like; the three words on each side and the words of its clause; every opinion word of
 * the sentence seen from the technology (side, same clause or not, and whether a contrast, a comparison, another
 * technology or a negation stands between); and the contrast and comparison words with their side. Other
 * technologies' names count as one word, {@code TECH}. No tagger: cheap enough for every (sentence, technology)
 * pair. How the groups were chosen: {@code models/classifier/SOURCES.md}.
 */
final class TargetContext {
    private static final String TECH = "TECH";
    private static final String TARGET = "TARGET";
    private static final String BREAK = ",";
    private static final Set<String> CONTRASTS = Set.of("but", "however", "yet", "while", "although", "though",
            "whereas", "despite");
    private static final Set<String> COMPARISONS = Set.of("than", "unlike", "versus", "vs", "over", "compared",
            "instead", "rather");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "don't", "doesn't", "isn't",
            "didn't", "won't", "can't", "cannot", "wasn't", "aren't");
    private static final int WINDOW = 3;

    private TargetContext() {
    }

    /**
     * A sentence read once for all its technologies: its words, every mention as {@code TECH} (with the technology
     * it names), and the opinion word (|valence| &ge; 0.5) that starts at each word, if any.
     */
    record Prepared(List<String> words, String[] technologies, Lexicon.Match[] opinions) {
    }

    static Prepared prepare(String sentence, List<Mention> mentions) {
        List<String> technologies = new ArrayList<>();
        List<String> words = words(sentence, mentions, technologies);
        Lexicon lexicon = Lexicon.standard();
        Lexicon.Match[] opinions = new Lexicon.Match[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Lexicon.Match match = TECH.equals(words.get(i)) ? null : lexicon.at(words, i, true);
            opinions[i] = match != null && Math.abs(match.valence()) >= 0.5 ? match : null;
        }
        return new Prepared(words, technologies.toArray(new String[0]), opinions);
    }

    /** Feature names about technology {@code technology} of {@code sentence}; empty when no mention names it. */
    static List<String> features(String sentence, List<Mention> mentions, String technology) {
        return features(prepare(sentence, mentions), technology);
    }

    /** The same from a sentence already read: its first mention of {@code technology} becomes {@code TARGET}. */
    static List<String> features(Prepared sentence, String technology) {
        int at = java.util.Arrays.asList(sentence.technologies()).indexOf(technology);
        if (at < 0) {
            return List.of();
        }
        List<String> words = new ArrayList<>(sentence.words());
        words.set(at, TARGET);
        Lexicon.Match[] opinions = sentence.opinions();
        int from = at;
        while (from > 0 && !isBreak(words.get(from - 1))) {
            from--;
        }
        int to = at + 1;
        while (to < words.size() && !isBreak(words.get(to))) {
            to++;
        }
        List<String> names = new ArrayList<>(List.of("prev=" + (at > 0 ? words.get(at - 1) : "^"),
                "tech_before=" + words.subList(from, at).contains(TECH),
                "tech_after=" + words.subList(at + 1, to).contains(TECH),
                "opinion=" + opinion(words, opinions, at, from, to), "contrast=" + contrast(words, at)));
        window(words, at, names);
        for (int i = from; i < to; i++) {
            if (i != at) {
                names.add((i < at ? "clause_left=" : "clause_right=") + words.get(i));
            }
        }
        opinions(words, opinions, at, from, to, names);
        for (int i = 0; i < words.size(); i++) {
            if (CONTRASTS.contains(words.get(i)) || COMPARISONS.contains(words.get(i))) {
                names.add("marker=" + words.get(i) + (i < at ? "<" : ">"));
            }
        }
        return names;
    }

    /** The three words on each side of the technology, and the pair right around it. */
    private static void window(List<String> words, int at, List<String> names) {
        for (int d = 1; d <= WINDOW; d++) {
            if (at - d >= 0) {
                names.add("left" + d + "=" + words.get(at - d));
            }
            if (at + d < words.size()) {
                names.add("right" + d + "=" + words.get(at + d));
            }
        }
        if (at > 0 && at + 1 < words.size()) {
            names.add("around=" + words.get(at - 1) + "_" + words.get(at + 1));
        }
    }

    /**
     * Every opinion word of the sentence as seen from the technology: its sign and side, whether it is in the
     * technology's clause, and whether a contrast, a comparison, another technology or a negation stands between
     * them; the words themselves when they are in the clause.
     */
    private static void opinions(List<String> words, Lexicon.Match[] opinions, int at, int from, int to,
                                 List<String> names) {
        for (int i = 0; i < words.size(); i++) {
            Lexicon.Match match = opinions[i];
            if (match == null) {
                continue;
            }
            String side = (match.valence() > 0 ? "pos" : "neg") + (i < at ? "<" : ">");
            boolean contrast = false;
            boolean comparison = false;
            boolean tech = false;
            for (int k = Math.min(i, at) + 1; k < Math.max(i, at); k++) {
                contrast |= CONTRASTS.contains(words.get(k));
                comparison |= COMPARISONS.contains(words.get(k));
                tech |= TECH.equals(words.get(k));
            }
            boolean negated = false;
            for (int k = Math.max(from, i - 3); k < i; k++) {
                negated |= NEGATIONS.contains(words.get(k));
            }
            boolean inClause = i >= from && i < to;
            names.add("op=" + side + "|clause=" + inClause + "|contrast=" + contrast + "|comparison=" + comparison
                    + "|tech=" + tech + "|negated=" + negated);
            if (inClause) {
                names.add("op_word=" + match.phrase().replace(' ', '_') + side.charAt(3));
            }
        }
    }

    /**
     * Lower-cased words and "," for every clause-ending mark; mentions become TECH. {@code technologies} gets, for
     * every word, the technology it names, or null.
     */
    private static List<String> words(String sentence, List<Mention> mentions, List<String> technologies) {
        List<String> words = new ArrayList<>();
        int m = 0;
        int i = 0;
        while (i < sentence.length()) {
            while (technologies.size() < words.size()) {
                technologies.add(null);
            }
            while (m < mentions.size() && mentions.get(m).end() <= i) {
                m++;
            }
            if (m < mentions.size() && mentions.get(m).start() <= i) {
                words.add(TECH);
                technologies.add(mentions.get(m).technology());
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
        while (technologies.size() < words.size()) {
            technologies.add(null);
        }
        return words;
    }

    private static boolean isBreak(String word) {
        return BREAK.equals(word) || CONTRASTS.contains(word);
    }

    /** The sign of the nearest lexicon word in the clause and its side: "pos<", "neg>", or "none". */
    private static String opinion(List<String> words, Lexicon.Match[] opinions, int at, int from, int to) {
        for (int d = 1; at - d >= from || at + d < to; d++) {
            for (int i = at - d; i <= at + d; i += 2 * d) {
                Lexicon.Match match = i < from || i >= to ? null : opinions[i];
                if (match != null) {
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
