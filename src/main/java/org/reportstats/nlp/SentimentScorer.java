package org.reportstats.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reportstats.tech.Mention;

/**
 * A transparent lexicon-and-rules sentiment scorer for technology prose. The core follows VADER (Hutto &amp;
 * Gilbert 2014): word valences, boosters and dampeners, ALL-CAPS emphasis, negation, "but", exclamation marks,
 * and the same normalisation to [-1, 1]. On top: a domain lexicon, negation that reaches over "don't think",
 * hedges ("seems"), conditionals ("if"), contrast clauses ("however", "although", "while"), and attribution of
 * the tone to each technology the sentence names: its own clause, comparisons ("X is better than Y", "unlike X,
 * Y…", "compared to X"), replacements ("we replaced X with Y", "moved from X to Y") and victories ("X beat Y").
 * Every score comes with the words and rules that produced it. Thread-safe.
 */
public final class SentimentScorer {
    // VADER's constants (vaderSentiment, Hutto & Gilbert 2014)
    private static final double B_INCR = 0.293;
    private static final double C_INCR = 0.733;
    private static final double N_SCALAR = -0.74;
    private static final double ALPHA = 15;
    private static final double[] BOOSTER_DAMPING = {1.0, 0.95, 0.9};
    private static final double BEFORE_BUT = 0.5;
    private static final double AFTER_BUT = 1.5;
    // reportstats' own rules
    private static final double HEDGE = 0.75;
    private static final double CONDITIONAL = 0.35;
    private static final double REPLACEMENT = 1.5;
    private static final double VICTORY = 2.0;
    private static final double CHOICE = 1.2;
    private static final double CONCEDED = 0.25;
    private static final double MIXED_CLAUSE = 0.25;

    private static final Set<String> NEGATORS = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt",
            "doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt",
            "havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't",
            "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt",
            "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't",
            "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite", "no",
            "lacks", "lack", "lacking");
    /** After a negator these carry the negation to the end of the clause: "I don't think Mesos is dead". */
    private static final Set<String> NEG_RAISING = Set.of("think", "believe", "expect", "feel", "suppose", "seem",
            "seems", "sure", "say", "claim", "agree");
    private static final Map<String, Double> BOOSTERS = boosters(List.of("absolutely", "amazingly", "awfully",
            "completely", "considerably", "decidedly", "deeply", "effing", "enormously", "entirely", "especially",
            "exceptionally", "extremely", "fabulously", "flipping", "flippin", "fricking", "frickin", "frigging", "friggin",
            "fully", "fucking", "greatly", "hella", "highly", "hugely", "incredibly", "intensely", "majorly", "more", "most",
            "particularly", "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly", "totally",
            "tremendously", "uber", "unbelievably", "unusually", "utterly", "very"), List.of("almost", "barely", "kinda",
            "kindof", "kind-of", "less", "little", "marginally", "occasionally", "partly", "scarcely", "slightly", "sorta",
            "sortof", "sort-of"));
    /**
     * reportstats' additions, only in technical sentences: there "pretty stable" and "definitely production ready" are
     * degrees, elsewhere VADER's lexicon reads "pretty", "super" and "definitely" as words of their own ("hello pretty
     * lady"), and its human raters agree (tweets development half).
     */
    private static final Map<String, Double> TECHNICAL_BOOSTERS = boosters(List.of("far", "much", "pretty", "super",
            "truly", "seriously", "clearly", "definitely", "way"), List.of("fairly", "mostly", "bit"));
    /** Words that make a sentence technical even without a named technology ("kill the pod on the master node"). */
    private static final Set<String> TECHNICAL_WORDS = Set.of("pod", "pods", "node", "nodes", "cluster", "clusters",
            "container", "containers", "process", "processes", "deployment", "deployments", "deploy", "server", "servers",
            "api", "apis", "cpu", "daemon", "scheduler", "orchestration", "orchestrator", "kernel", "runtime", "runtimes",
            "microservices", "microservice", "service", "services", "infrastructure", "ops", "devops", "platform",
            "workloads", "workload", "yaml", "cli", "upgrade", "upgrades", "release", "production", "staging", "vm",
            "vms", "registry", "image", "images", "network", "networking", "storage", "database", "stack", "tooling");
    private static final Set<String> HEDGES = Set.of("seems", "seem", "seemed", "appears", "appear", "appeared",
            "apparently", "perhaps", "maybe", "probably", "possibly", "might", "may", "could", "arguably", "supposedly",
            "reportedly", "likely", "presumably", "somewhat");
    private static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether");
    /** After a comma these open a relative clause about the technology just named: "rkt, which still feels…". */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who");
    private static final String RELATIVE = "which";
    /**
     * A technology right after one of these (or after one and a determiner) is the object of a preposition:
     * "inside the Docker engine", "Nomad from HashiCorp". What the clause says is said of its subject.
     */
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "from", "by", "inside", "into", "onto", "of",
            "for", "to", "via", "behind", "under", "through", "about", "around", "within", "across", "beyond", "between",
            "among", "atop", "towards", "toward", "against", "underneath", "besides");
    /** Prepositions of ownership or origin: "Nomad from HashiCorp", "Knative, backed by Google". */
    private static final Set<String> OWNER_PREPOSITIONS = Set.of("from", "by", "behind");
    /** Auxiliaries and copulas: what follows them is the predicate, not the subject. */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "am", "has", "have",
            "had", "does", "do", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "seems",
            "seem", "looks", "look", "feels", "feel", "remains", "remain", "became", "becomes", "gets", "got", "isn't",
            "aren't", "wasn't", "doesn't", "don't", "didn't", "won't", "can't", "it's", "runs", "run", "ran", "uses", "use",
            "kept", "keeps", "keep", "put", "puts", "sits", "lives", "works", "work", "need", "needs");
    /** A clause without a technology that refers back with one of these continues the previous one. */
    private static final Set<String> BACK_REFERENCES = Set.of("it", "its", "it's", "they", "them", "their", "both",
            "neither", "either");
    /** Words that open a clause with a subject of its own. */
    private static final Set<String> SUBJECT_STARTS = Set.of("i", "we", "you", "he", "she", "the", "a", "an", "my", "our",
            "your", "his", "her", "this", "these", "those", "that", "there", "nobody", "everyone", "everybody", "someone",
            "somebody", "people", "most", "many", "some", "several", "few", "no", "none", "one", "all", "each", "every");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "their", "our", "its", "his", "her", "my",
            "your", "this", "that", "plain", "vanilla", "raw");
    /** Start a new clause and weigh it more than what came before ("good, but slow"). */
    private static final Set<String> BUT_LIKE = Set.of("but", "however", "yet", "nevertheless", "nonetheless");
    /** Start a clause of their own that weighs less than the main clause ("although it is slow, …"). */
    private static final Set<String> CONCESSIVE = Set.of("although", "though", "despite", "whereas", "while");
    /** Introduce the yardstick of a comparison: what follows gets the opposite tone. */
    private static final Set<String> YARDSTICK = Set.of("unlike", "than", "versus", "vs");
    private static final Set<String> COMPARED = Set.of("compared", "comparison", "contrast", "opposed", "relative");
    private static final Set<String> REPLACE_VERBS = Set.of("replaced", "replace", "replaces", "replacing", "swapped",
            "swap", "ditched", "dropped", "abandoned", "retired");
    private static final Set<String> MOVE_VERBS = Set.of("moved", "move", "moving", "migrated", "migrate", "migrating",
            "switched", "switch", "switching", "went", "transitioned", "ported");
    private static final Set<String> VICTORY_VERBS = Set.of("beat", "beats", "beating", "defeated", "defeats",
            "outgrew", "overtook", "overtaken", "eclipsed", "dethroned", "outpaced", "outperforms", "outperformed", "trumps",
            "eat", "eats", "ate", "swallowed", "displaced", "displacing", "supplanted");
    private static final Set<String> KEEP_VERBS = Set.of("kept", "keep", "keeps", "keeping", "stayed", "stuck");
    private static final Set<String> PREFER_VERBS = Set.of("prefer", "prefers", "preferred", "chose", "choose",
            "chosen", "picked", "pick", "favour", "favor", "favoured", "favored", "recommend", "recommended");
    private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "being", "got", "get", "be");
    private static final Set<String> LIKE_SUBJECTS = Set.of("i", "we", "you", "they", "people", "users", "developers",
            "really", "also", "still", "do", "would", "i'd", "we'd", "folks", "everyone", "everybody", "teams");

    private final Lexicon lexicon;
    /** Whether to keep the reasons behind each score; indexing does not, so it never formats them. */
    private final boolean explain;

    public SentimentScorer(Lexicon lexicon) {
        this(lexicon, false);
    }

    public SentimentScorer(Lexicon lexicon, boolean explain) {
        this.lexicon = lexicon;
        this.explain = explain;
    }

    /** The same scorer, keeping the words and rules behind every score (for --explain). */
    public SentimentScorer explaining() {
        return explain ? this : new SentimentScorer(lexicon, true);
    }

    /** Adds a reason only when explaining, so that the text is not even built otherwise. */
    private void why(List<String> reasons, java.util.function.Supplier<String> reason) {
        if (explain) {
            reasons.add(reason.get());
        }
    }

    public String fingerprint() {
        return lexicon.fingerprint();
    }

    /** A token of the sentence with the punctuation that followed it; {@code inParens} inside ( … ). */
    private record Tok(String raw, String lower, int start, int end, boolean clauseEnd, boolean comma, boolean inParens) {
    }

    /** A lexicon hit after modifiers, anchored at token {@code index}. */
    private record Unit(int index, int length, double valence, String note) {
    }

    /** A run of tokens [from, to) with the weight it gets in the sentence score. */
    private static final class Clause {
        final int from;
        int to;
        final String marker;
        double factor = 1.0;
        double weight = 1.0;
        final List<String> notes = new ArrayList<>();

        Clause(int from, String marker) {
            this.from = from;
            this.marker = marker;
        }
    }

    public SentenceSentiment score(String sentence) {
        return score(sentence, List.of());
    }

    /** Scores a sentence; {@code mentions} (offsets into {@code sentence}) get a tone each. */
    public SentenceSentiment score(String sentence, List<Mention> mentions) {
        List<Tok> toks = tokenize(sentence);
        int[] mentionAt = new int[toks.size()];
        java.util.Arrays.fill(mentionAt, -1);
        for (int m = 0; m < mentions.size(); m++) {
            for (int i = 0; i < toks.size(); i++) {
                if (toks.get(i).start() < mentions.get(m).end() && toks.get(i).end() > mentions.get(m).start()) {
                    mentionAt[i] = m;
                }
            }
        }
        List<String> words = toks.stream().map(Tok::lower).toList();
        boolean capDiff = capsDiffer(toks);
        boolean technical = !mentions.isEmpty() || words.stream().anyMatch(TECHNICAL_WORDS::contains);
        List<Unit> units = units(toks, words, mentionAt, capDiff, technical);
        List<Clause> clauses = clauses(toks, words);
        double[] unitRaw = new double[toks.size()];
        int[] unitLength = new int[toks.size()]; // so that reasons quote "real momentum", not "real"
        for (Unit u : units) {
            unitRaw[u.index()] += u.valence();
            unitLength[u.index()] = Math.max(unitLength[u.index()], u.length());
        }
        List<String> explanation = new ArrayList<>();
        for (Unit u : units) {
            why(explanation, u::note);
        }
        weighClauses(clauses, words, explanation);

        double raw = 0;
        double strongestPositive = 0;
        double strongestNegative = 0;
        for (Clause c : clauses) {
            double clauseRaw = sum(unitRaw, c.from, c.to) * c.factor;
            raw += clauseRaw * c.weight;
            double n = normalize(clauseRaw);
            strongestPositive = Math.max(strongestPositive, n);
            strongestNegative = Math.min(strongestNegative, n);
        }
        double amplified = amplify(raw, sentence, explanation);
        double score = normalize(amplified);
        SentimentLabel label = strongestPositive >= MIXED_CLAUSE && strongestNegative <= -MIXED_CLAUSE
                ? SentimentLabel.MIXED : SentimentLabel.of(score);
        why(explanation, () -> String.format(Locale.ROOT, "score = %.2f / sqrt(%.2f^2 + 15) = %.3f → %s", amplified, amplified,
                score, label.key()));
        List<TargetSentiment> targets = targets(mentions, toks, words, mentionAt, unitRaw, unitLength, clauses);
        return new SentenceSentiment(score, label, targets, explanation);
    }

    // ---------------------------------------------------------------- tokens

    private List<Tok> tokenize(String text) {
        List<Tok> toks = new ArrayList<>();
        int[] depth = {0};
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            addToken(toks, text, start, i, depth);
        }
        return toks;
    }

    private void addToken(List<Tok> toks, String text, int start, int end, int[] depth) {
        String raw = text.substring(start, end);
        String lowerRaw = raw.toLowerCase(Locale.ROOT);
        if (lexicon.containsRaw(lowerRaw) && !Character.isLetterOrDigit(raw.charAt(0))) {
            toks.add(new Tok(raw, lowerRaw, start, end, false, false, depth[0] > 0)); // an emoticon such as :-)
            return;
        }
        depth[0] += count(raw, '(');
        int s = start;
        int e = end;
        while (s < e && "\"'([{“‘«*_<`".indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && "\"')]}”’»,.;:!?*_…>`".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        String trailing = text.substring(e, end);
        boolean inParens = depth[0] > 0;
        depth[0] = Math.max(0, depth[0] - count(raw, ')'));
        boolean clauseEnd = containsAny(trailing, ".;:!?…");
        boolean comma = trailing.indexOf(',') >= 0;
        if (s == e) {
            // a lone dash or punctuation mark ends the clause before it
            if (!toks.isEmpty() && raw.matches("[-–—;:]+")) {
                Tok last = toks.remove(toks.size() - 1);
                toks.add(new Tok(last.raw(), last.lower(), last.start(), last.end(), true, last.comma(), last.inParens()));
            }
            return;
        }
        String word = text.substring(s, e).replace('’', '\'');
        toks.add(new Tok(word, word.toLowerCase(Locale.ROOT), s, e, clauseEnd, comma, inParens));
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean capsDiffer(List<Tok> toks) {
        int upper = 0;
        int counted = 0;
        for (Tok t : toks) {
            if (t.raw().length() > 1) {
                counted++;
                if (isUpper(t.raw())) {
                    upper++;
                }
            }
        }
        return upper > 0 && upper < counted;
    }

    private boolean isUpper(String w) {
        boolean hasUpper = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            hasUpper |= Character.isUpperCase(c);
        }
        return hasUpper && w.length() > 1;
    }

    // ---------------------------------------------------------------- word valences

    private List<Unit> units(List<Tok> toks, List<String> words, int[] mentionAt, boolean capDiff, boolean technical) {
        List<Unit> units = new ArrayList<>();
        boolean[] usedNegator = new boolean[toks.size()];
        int i = 0;
        while (i < toks.size()) {
            if (mentionAt[i] >= 0 || booster(words.get(i), technical) != null || isNegator(words.get(i))) {
                i++;
                continue;
            }
            boolean likeVerb = words.get(i).equals("like") && likeIsAVerb(words, i);
            // "we like Helm" is liking even where the domain lexicon reads "like" as a comparison ("works like
            // Kubernetes"), which it does in technical sentences only: in others VADER's raters took "like" as liking
            Lexicon.Match match = lexicon.at(words, i, technical && !likeVerb);
            if (match == null || match.valence() == 0 || coversMention(mentionAt, i, match.length())
                    || (technical && words.get(i).equals("like") && !likeVerb)
                    || (words.get(i).equals("kind") && i + 1 < words.size() && words.get(i + 1).equals("of"))) {
                i += match == null ? 1 : match.length();
                continue;
            }
            StringBuilder note = explain
                    ? new StringBuilder(String.format(Locale.ROOT, "\"%s\" %+.2f (%s)", match.phrase(), match.valence(), match.source()))
                    : null;
            double v = match.valence();
            if (capDiff && isUpper(toks.get(i).raw())) {
                v += Math.signum(v) * C_INCR;
                append(note, ", %+.2f ALL CAPS", Math.signum(v) * C_INCR);
            }
            for (int d = 1; d <= 3 && i - d >= 0; d++) {
                int j = i - d;
                if (toks.get(j).clauseEnd() || lexicon.at(words, j, technical) != null && !isNegator(words.get(j)) && booster(words.get(j), technical) == null) {
                    break;
                }
                Double b = booster(words.get(j), technical);
                if (b != null) {
                    double scalar = (v < 0 ? -b : b) * BOOSTER_DAMPING[d - 1];
                    if (capDiff && isUpper(toks.get(j).raw())) {
                        scalar += Math.signum(v) * C_INCR;
                    }
                    v += scalar;
                    append(note, ", %+.2f \"%s\"", scalar, words.get(j));
                }
            }
            int negator = negatorFor(words, toks, i);
            if (negator >= 0) {
                v *= N_SCALAR;
                usedNegator[negator] = true;
                append(note, ", ×%.2f negated by \"%s\"", N_SCALAR, words.get(negator));
            }
            if (i > 0 && words.get(i - 1).equals("least") && (i < 2 || !Set.of("at", "very").contains(words.get(i - 2)))) {
                v *= N_SCALAR;
                append(note, ", ×%.2f after \"least\"", N_SCALAR);
            }
            append(note, " = %+.2f", v);
            units.add(new Unit(i, match.length(), v, note == null ? "" : note.toString()));
            i += match.length();
        }
        // a negator that negated nothing keeps its own valence ("No.", "nothing works")
        for (int k = 0; k < toks.size(); k++) {
            if (isNegator(words.get(k)) && !usedNegator[k] && mentionAt[k] < 0) {
                Lexicon.Match own = lexicon.at(words, k, technical);
                if (own != null && own.length() == 1 && own.valence() != 0) {
                    units.add(new Unit(k, 1, own.valence(), explain ? String.format(Locale.ROOT, "\"%s\" %+.2f (%s)",
                            own.phrase(), own.valence(), own.source()) : ""));
                }
            }
        }
        units.sort(java.util.Comparator.comparingInt(Unit::index));
        return units;
    }

    private static void append(StringBuilder note, String format, Object... args) {
        if (note != null) {
            note.append(String.format(Locale.ROOT, format, args));
        }
    }

    private boolean coversMention(int[] mentionAt, int from, int length) {
        for (int k = from; k < from + length && k < mentionAt.length; k++) {
            if (mentionAt[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "like" is liking after a subject ("we like Helm"), a comparison otherwise ("feels like a toy"). */
    private boolean likeIsAVerb(List<String> words, int i) {
        return i > 0 && LIKE_SUBJECTS.contains(words.get(i - 1));
    }

    private boolean isNegator(String w) {
        return NEGATORS.contains(w) || w.contains("n't");
    }

    /** The negator that governs word i: up to 3 words before it, or a "don't think" earlier in the clause. */
    private int negatorFor(List<String> words, List<Tok> toks, int i) {
        for (int d = 1; d <= 3 && i - d >= 0; d++) {
            if (toks.get(i - d).clauseEnd() || toks.get(i - d).comma()) {
                break;
            }
            if (isNegator(words.get(i - d))) {
                return i - d;
            }
        }
        for (int j = i - 4; j >= 0; j--) {
            if (toks.get(j).clauseEnd() || BUT_LIKE.contains(words.get(j))) {
                break;
            }
            if (isNegator(words.get(j)) && j + 1 < words.size() && NEG_RAISING.contains(words.get(j + 1))) {
                return j;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- clauses

    /** Splits at contrast words and at ; : . ! ? and dashes; an introductory phrase ends at its first comma. */
    private List<Clause> clauses(List<Tok> toks, List<String> words) {
        List<Clause> clauses = new ArrayList<>();
        Clause current = new Clause(0, null);
        boolean introductory = false;
        for (int i = 0; i < toks.size(); i++) {
            String w = words.get(i);
            String marker = clauseMarker(toks, words, i);
            if (marker != null && i > current.from) {
                current.to = i;
                clauses.add(current);
                current = new Clause(i, marker);
                introductory = false;
            } else if (marker != null && current.marker == null && i == current.from) {
                current = new Clause(i, marker);
            }
            if (i == current.from && (CONCESSIVE.contains(w) || CONDITIONALS.contains(w) || w.equals("unlike")
                    || isComparedTo(words, i) || RELATIVE.equals(current.marker))) {
                introductory = true;
            }
            boolean end = toks.get(i).clauseEnd() || (introductory && toks.get(i).comma());
            if (end && i + 1 < toks.size()) {
                current.to = i + 1;
                clauses.add(current);
                current = new Clause(i + 1, null);
                introductory = false;
            }
        }
        current.to = toks.size();
        if (current.to > current.from || clauses.isEmpty()) {
            clauses.add(current);
        }
        return clauses;
    }

    private String clauseMarker(List<Tok> toks, List<String> words, int i) {
        String w = words.get(i);
        if (w.equals("yet") && (toks.get(i).comma() || toks.get(i).clauseEnd() || i > 0 && !toks.get(i - 1).comma()
                && !words.get(i - 1).equals("and"))) {
            return null; // "not production ready yet, and…": an adverb, not a contrast
        }
        if (BUT_LIKE.contains(w) || CONCESSIVE.contains(w) || CONDITIONALS.contains(w) || w.equals("unlike")) {
            return w;
        }
        if (i > 0 && toks.get(i - 1).comma() && RELATIVE_PRONOUNS.contains(w)) {
            return RELATIVE; // ", which still feels like a science project,": said of what precedes it
        }
        return isComparedTo(words, i) ? "compared" : null;
    }

    /** "compared to", "compared with", "in contrast to", "as opposed to", "relative to". */
    private boolean isComparedTo(List<String> words, int i) {
        return COMPARED.contains(words.get(i)) && i + 1 < words.size() && Set.of("to", "with").contains(words.get(i + 1));
    }

    /** Contrast, hedge and conditional weights; notes go to the explanation. */
    private void weighClauses(List<Clause> clauses, List<String> words, List<String> explanation) {
        int firstBut = -1;
        for (int c = 0; c < clauses.size(); c++) {
            if (clauses.get(c).marker != null && BUT_LIKE.contains(clauses.get(c).marker)) {
                firstBut = c;
                break;
            }
        }
        for (int c = 0; c < clauses.size(); c++) {
            Clause clause = clauses.get(c);
            if (firstBut >= 0) {
                clause.weight = c < firstBut ? BEFORE_BUT : AFTER_BUT;
            } else if (clause.marker != null && Set.of("although", "though", "despite").contains(clause.marker)) {
                clause.weight = BEFORE_BUT;
                for (int k = 0; k < clauses.size(); k++) {
                    if (k != c && clauses.get(k).marker == null) {
                        clauses.get(k).weight = AFTER_BUT;
                    }
                }
            }
            for (int i = clause.from; i < clause.to; i++) {
                String w = words.get(i);
                if (HEDGES.contains(w) && clause.factor == 1.0) {
                    clause.factor *= HEDGE;
                    clause.notes.add("hedge \"" + w + "\" ×" + HEDGE);
                }
                if (CONDITIONALS.contains(w)) {
                    clause.factor *= CONDITIONAL;
                    clause.notes.add("conditional \"" + w + "\" ×" + CONDITIONAL);
                    break;
                }
            }
            if (clause.weight != 1.0) {
                clause.notes.add((clause.weight > 1 ? "main clause after contrast" : "clause before contrast or concession")
                        + " ×" + clause.weight);
            }
            if (!clause.notes.isEmpty()) {
                why(explanation, () -> "clause \"" + String.join(" ", words.subList(clause.from, clause.to)) + "\": "
                        + String.join(", ", clause.notes));
            }
        }
    }

    // ---------------------------------------------------------------- sentence score

    private double amplify(double raw, String sentence, List<String> explanation) {
        if (raw == 0) {
            return 0;
        }
        long bangs = Math.min(4, sentence.chars().filter(c -> c == '!').count());
        long questions = sentence.chars().filter(c -> c == '?').count();
        double amp = bangs * 0.292 + (questions <= 1 ? 0 : questions <= 3 ? questions * 0.18 : 0.96);
        if (amp > 0) {
            why(explanation, () -> String.format(Locale.ROOT, "%+.2f for emphatic punctuation", Math.signum(raw) * amp));
        }
        return raw + Math.signum(raw) * amp;
    }

    static double normalize(double raw) {
        double n = raw / Math.sqrt(raw * raw + ALPHA);
        return Math.max(-1, Math.min(1, n));
    }

    private double sum(double[] values, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += values[i];
        }
        return s;
    }

    // ---------------------------------------------------------------- per-technology tone

    /**
     * Mentions standing together ("GKE, EKS and AKS"): they share what is said about them. {@code object}: the
     * group follows a preposition ("inside the Docker engine"), so it is not what its clause is about.
     */
    private record Group(int first, int last, List<Integer> mentions, int clause, boolean inParens, boolean object) {
    }

    private List<TargetSentiment> targets(List<Mention> mentions, List<Tok> toks, List<String> words, int[] mentionAt,
                                          double[] unitRaw, int[] unitLength, List<Clause> clauses) {
        if (mentions.isEmpty()) {
            return List.of();
        }
        List<Group> groups = groups(toks, words, mentionAt, clauses);
        double[] groupRaw = new double[groups.size()];
        List<List<String>> groupWhy = new ArrayList<>();
        groups.forEach(g -> groupWhy.add(new ArrayList<>()));
        attributeOpinions(groups, toks, words, unitRaw, unitLength, clauses, groupRaw, groupWhy);
        applyYardsticks(groups, words, unitRaw, clauses, groupRaw, groupWhy);

        Map<String, double[]> rawByTech = new LinkedHashMap<>(); // sum, count, event shift
        Map<String, List<String>> why = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (int m : groups.get(g).mentions()) {
                String tech = mentions.get(m).technology();
                double[] acc = rawByTech.computeIfAbsent(tech, k -> new double[3]);
                acc[0] += groupRaw[g];
                acc[1]++;
                List<String> reasons = why.computeIfAbsent(tech, k -> new ArrayList<>());
                groupWhy.get(g).stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
                double shift = eventShift(firstToken(mentionAt, m), words, mentionAt, clauses.get(groups.get(g).clause()), reasons);
                if (Math.abs(shift) > Math.abs(acc[2])) {
                    acc[2] = shift;
                }
            }
        }
        List<TargetSentiment> targets = new ArrayList<>();
        rawByTech.forEach((tech, acc) -> {
            double score = normalize(acc[0] / acc[1] + acc[2]);
            SentimentLabel label = SentimentLabel.of(score);
            List<String> reasons = why.get(tech);
            why(reasons, () -> String.format(Locale.ROOT, "%s: %.3f → %s", tech, score, label.key()));
            targets.add(new TargetSentiment(tech, score, label, reasons));
        });
        return targets;
    }

    private int firstToken(int[] mentionAt, int m) {
        for (int i = 0; i < mentionAt.length; i++) {
            if (mentionAt[i] == m) {
                return i;
            }
        }
        return -1;
    }

    private static final Set<String> CONNECTORS = Set.of("and", "or", "nor", "&", "/", "plus", "both", "either", "+");

    private List<Group> groups(List<Tok> toks, List<String> words, int[] mentionAt, List<Clause> clauses) {
        List<Group> groups = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            if (mentionAt[i] < 0) {
                i++;
                continue;
            }
            int clause = clauseIndex(clauses, i);
            List<Integer> members = new ArrayList<>();
            int first = i;
            int last = i;
            int j = i;
            while (j < toks.size() && clauseIndex(clauses, j) == clause) {
                if (mentionAt[j] >= 0) {
                    if (!members.contains(mentionAt[j])) {
                        members.add(mentionAt[j]);
                    }
                    last = j;
                    j++;
                } else if ((CONNECTORS.contains(words.get(j)) || words.get(j).equals("with")
                        && !precededBy(words, clauses.get(clause).from, j, REPLACE_VERBS)
                        && !precededBy(words, clauses.get(clause).from, j, MOVE_VERBS))
                        && nextMention(mentionAt, words, j + 1, clauses, clause)) {
                    j++;
                } else {
                    break;
                }
            }
            int from = clauses.get(clause).from;
            groups.add(new Group(first, last, members, clause, toks.get(first).inParens(),
                    afterPreposition(words, first, from)
                            && (verbBefore(words, from, first) || OWNER_PREPOSITIONS.contains(words.get(first - 1)))));
            i = last + 1;
        }
        return groups;
    }

    /** "inside the Docker engine", "from HashiCorp", "on plain Kubernetes": a preposition, maybe a determiner, then token. */
    private boolean afterPreposition(List<String> words, int token, int clauseFrom) {
        int k = token - 1;
        if (k >= clauseFrom && DETERMINERS.contains(words.get(k))) {
            k--;
        }
        return k >= clauseFrom && PREPOSITIONS.contains(words.get(k));
    }

    /** True when a verb stands in [from, to): a group after it is in the predicate ("runC is inside the Docker engine"). */
    private boolean verbBefore(List<String> words, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            if (AUXILIARIES.contains(w) || w.length() > 4 && w.endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clause refers back to the previous one when it has a pronoun ("but it has bugs") or no subject of its own
     * ("but is not ready", "but much harder"); one that opens with a new subject ("while StatefulSets give…",
     * "but nobody…") does not.
     */
    private boolean continues(Clause clause, List<Tok> toks, List<String> words) {
        for (int i = clause.from; i < clause.to; i++) {
            if (BACK_REFERENCES.contains(words.get(i))) {
                return true;
            }
        }
        int first = clause.from + (clause.marker != null && clause.to > clause.from + 1 ? 1 : 0);
        if (first >= clause.to) {
            return true;
        }
        String raw = toks.get(first).raw();
        return !SUBJECT_STARTS.contains(words.get(first)) && !(first > 0 && Character.isUpperCase(raw.charAt(0)));
    }

    /** True when only connectors stand between token j and the next mention in the clause. */
    private boolean nextMention(int[] mentionAt, List<String> words, int j, List<Clause> clauses, int clause) {
        for (int k = j; k < words.size() && clauseIndex(clauses, k) == clause; k++) {
            if (mentionAt[k] >= 0) {
                return true;
            }
            if (!CONNECTORS.contains(words.get(k))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Each opinion word belongs to the nearest group on its left in its clause (the subject it is said of), else
     * to the nearest on its right; a group that is the object of a preposition yields to a subject before it. A
     * clause without technologies continues the subject of the one before it ("X looks promising but is not
     * production ready"); a relative clause (", which …") is about the technology just before it. Clause weights
     * (contrast, concession) and factors (hedge, conditional) apply.
     */
    private void attributeOpinions(List<Group> groups, List<Tok> toks, List<String> words, double[] unitRaw, int[] unitLength,
                                          List<Clause> clauses, double[] groupRaw, List<List<String>> groupWhy) {
        int lastOwner = -1;
        for (int c = 0; c < clauses.size(); c++) {
            Clause clause = clauses.get(c);
            boolean hasGroup = false;
            for (Group g : groups) {
                hasGroup |= g.clause() == c;
            }
            boolean continuing = continues(clause, toks, words);
            for (int i = clause.from; i < clause.to; i++) {
                if (unitRaw[i] == 0) {
                    continue;
                }
                int owner = hasGroup ? ownerInClause(groups, c, i, toks.get(i).inParens())
                        : RELATIVE.equals(clause.marker) ? antecedent(groups, words, clause.from)
                        : continuing ? lastOwner : -1;
                if (owner < 0) {
                    continue;
                }
                double v = unitRaw[i] * clause.factor * targetWeight(clauses, c);
                groupRaw[owner] += v;
                boolean own = hasGroup;
                int at = i;
                why(groupWhy.get(owner), () -> String.format(Locale.ROOT, "\"%s\" %+.2f%s",
                        String.join(" ", words.subList(at, Math.min(words.size(), at + Math.max(1, unitLength[at])))), v,
                        own ? "" : " (continues the previous clause)"));
            }
            int subject = subjectOf(groups, c);
            if (subject >= 0) {
                lastOwner = subject;
            }
        }
    }

    /** The last group of a clause that is not the object of a preposition, else its last group; -1 when none. */
    private int subjectOf(List<Group> groups, int clause) {
        int last = -1;
        int subject = -1;
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).clause() == clause) {
                subject = groups.get(g).object() ? subject : g;
                last = g;
            }
        }
        return subject >= 0 ? subject : last;
    }

    /** What a relative clause starting at {@code from} is about: the group just before it, not its owner ("from X"). */
    private int antecedent(List<Group> groups, List<String> words, int from) {
        int nearest = -1;
        for (int g = groups.size() - 1; g >= 0; g--) {
            Group group = groups.get(g);
            if (group.last() < from) {
                if (group.first() == 0 || !OWNER_PREPOSITIONS.contains(words.get(group.first() - 1))) {
                    return g;
                }
                nearest = nearest < 0 ? g : nearest;
            }
        }
        return nearest;
    }

    /**
     * What a clause counts for the technologies in it. A strength conceded just before "but" or inside "although"
     * ("X has the mind-share, but Y…") does not make X's tone; the main clause does. Unlike the sentence score,
     * where everything after the first "but" weighs more, a "but" only outweighs the clause right before it
     * ("X looks promising but is not ready, while Y is simple but too limited").
     */
    private double targetWeight(List<Clause> clauses, int c) {
        Clause clause = clauses.get(c);
        boolean conceded = c + 1 < clauses.size() && clauses.get(c + 1).marker != null
                && BUT_LIKE.contains(clauses.get(c + 1).marker);
        if (conceded || clause.weight < 1) {
            return CONCEDED;
        }
        return clause.marker != null && BUT_LIKE.contains(clause.marker) ? AFTER_BUT : 1.0;
    }

    /**
     * The group an opinion word at {@code token} is about: the nearest on its left, else the nearest on its
     * right; the object of a preposition yields to a subject group before it. Groups in parentheses only take
     * words in the same parentheses ("simpler (swarm mode, Nomad)").
     */
    private int ownerInClause(List<Group> groups, int clause, int token, boolean tokenInParens) {
        int left = -1;
        int subjectLeft = -1;
        int right = -1;
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            if (group.clause() != clause || group.inParens() != tokenInParens && group.inParens()) {
                continue;
            }
            if (group.last() < token) {
                left = g;
                subjectLeft = group.object() ? subjectLeft : g;
            } else if (group.first() > token && right < 0) {
                right = g;
            }
        }
        if (left >= 0 && groups.get(left).object() && subjectLeft >= 0) {
            return subjectLeft;
        }
        return left >= 0 ? left : right;
    }

    /**
     * The yardstick of a comparison gets the opposite tone: a group after "than", "ahead of", "versus" takes the
     * opposite of what its clause said before the pivot; a group in an "unlike X," / "compared to X," phrase takes
     * the opposite of the groups in the clauses that follow.
     */
    private void applyYardsticks(List<Group> groups, List<String> words, double[] unitRaw, List<Clause> clauses,
                                        double[] groupRaw, List<List<String>> groupWhy) {
        double[] before = groupRaw.clone();
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            Clause clause = clauses.get(group.clause());
            int pivot = pivotBefore(words, clause.from, group.first(), groups, group.clause());
            if (pivot >= 0) {
                double said = 0;
                for (int k = 0; k < groups.size(); k++) {
                    if (groups.get(k).clause() == group.clause() && groups.get(k).last() < pivot) {
                        said += before[k];
                    }
                }
                if (said == 0) {
                    said = sum(unitRaw, clause.from, pivot) * clause.factor * clause.weight;
                }
                if (said == 0 && Set.of("not", "of").contains(words.get(pivot))) {
                    // "used Kubernetes, not Swarm", "Nomad instead of Kubernetes": the choice itself is the opinion
                    said = CHOICE;
                    for (int k = 0; k < groups.size(); k++) {
                        if (groups.get(k).clause() == group.clause() && groups.get(k).last() < pivot) {
                            groupRaw[k] += CHOICE;
                        }
                    }
                }
                groupRaw[g] = before[g] - said;
                why(groupWhy.get(g), () -> "the yardstick after \"" + words.get(pivot) + "\": opposite tone");
            } else if (clause.marker != null && (clause.marker.equals("unlike") || clause.marker.equals("compared"))) {
                double main = 0;
                int counted = 0;
                for (int k = 0; k < groups.size(); k++) {
                    if (groups.get(k).clause() > group.clause()) {
                        main += before[k];
                        counted++;
                    }
                }
                if (counted == 0 && group.clause() + 1 < clauses.size()) {
                    Clause next = clauses.get(group.clause() + 1);
                    main = sum(unitRaw, next.from, next.to) * next.factor;
                    counted = 1;
                }
                groupRaw[g] = before[g] - (counted == 0 ? 0 : main / counted);
                why(groupWhy.get(g), () -> "in the \"" + clause.marker + "\" phrase: opposite of the main clause");
            }
        }
    }

    /** The comparison pivot between an earlier group and this one, if any: than, versus, ahead of, over (after prefer). */
    private int pivotBefore(List<String> words, int from, int at, List<Group> groups, int clause) {
        boolean earlierGroup = false;
        for (Group g : groups) {
            earlierGroup |= g.clause() == clause && g.last() < at;
        }
        for (int i = at - 1; i > from; i--) {
            String w = words.get(i);
            if (YARDSTICK.contains(w) || isComparedTo(words, i)) {
                return i;
            }
            if (earlierGroup && (w.equals("of") && Set.of("ahead", "instead").contains(words.get(i - 1))
                    || w.equals("over") && precededBy(words, from, i, PREFER_VERBS))) {
                return i;
            }
            if (earlierGroup && w.equals("not") && i == at - 1) {
                return i; // "used Kubernetes, not Swarm"
            }
        }
        return -1;
    }

    private boolean precededBy(List<String> words, int from, int to, Set<String> verbs) {
        for (int i = from; i < to; i++) {
            if (verbs.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Replacements, moves, victories and recommendations: who lost and who won, even without opinion words. */
    private double eventShift(int at, List<String> words, int[] mentionAt, Clause clause, List<String> reasons) {
        if (at < 0) {
            return 0;
        }
        for (int v = clause.from; v < clause.to; v++) {
            String w = words.get(v);
            boolean passive = v > 0 && PASSIVE.contains(words.get(v - 1));
            if (REPLACE_VERBS.contains(w) && at != v) {
                int with = indexOf(words, v + 1, clause.to, Set.of("with", "by"));
                Boolean won;
                if (passive) {
                    won = at > v;                                   // X was replaced (by Y)
                } else if (with >= 0) {
                    won = at > with ? Boolean.TRUE : at > v ? Boolean.FALSE : null; // we replaced X with Y
                } else {
                    won = at < v;                                   // Y replaced X
                }
                if (won != null) {
                    why(reasons, () -> (won ? "took the place of another" : "was replaced") + " (\"" + w + "\")");
                    return won ? REPLACEMENT : -REPLACEMENT;
                }
            }
            if (MOVE_VERBS.contains(w) && v + 2 < clause.to && words.get(v + 1).equals("back")
                    && words.get(v + 2).equals("to") && at != v) {
                boolean returnedTo = at > v;            // tried X and went back to Y
                why(reasons, () -> (returnedTo ? "went back to it" : "was left") + " (\"" + w + " back to\")");
                return returnedTo ? REPLACEMENT : -REPLACEMENT;
            }
            if (KEEP_VERBS.contains(w) && at > v && directObject(words, v, at)) {
                why(reasons, () -> "kept (\"" + w + "\")");  // "but kept Mesos for Spark"
                return CHOICE;
            }
            if (MOVE_VERBS.contains(w)) {
                int from = indexOf(words, v + 1, clause.to, Set.of("from", "off"));
                int to = indexOf(words, v + 1, clause.to, Set.of("to", "onto"));
                if (from >= 0 && at > from && (to < 0 || at < to)) {
                    why(reasons, () -> "moved away from (\"" + w + " " + words.get(from) + "\")");
                    return -REPLACEMENT;
                }
                if (to >= 0 && at > to && from >= 0) {
                    why(reasons, () -> "moved to (\"" + w + " " + words.get(to) + "\")");
                    return REPLACEMENT;
                }
            }
            if (VICTORY_VERBS.contains(w) && at != v) {
                boolean winner = (at < v) != passive;
                why(reasons, () -> (winner ? "won over another" : "was beaten") + " (\"" + w + "\")");
                return winner ? VICTORY : -VICTORY;
            }
        }
        if (clause.to > clause.from && RECOMMEND.contains(words.get(clause.from))
                && !(at > 0 && words.get(at - 1).equals("not"))) {
            why(reasons, () -> "recommended (\"" + words.get(clause.from) + "\")");
            return REPLACEMENT * 0.8;
        }
        return 0;
    }

    /** Token {@code at} follows verb {@code v} with at most determiners ("kept plain Mesos") or "with" between. */
    private boolean directObject(List<String> words, int v, int at) {
        for (int i = v + 1; i < at; i++) {
            if (!DETERMINERS.contains(words.get(i)) && !words.get(i).equals("with")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> RECOMMEND = Set.of("use", "try", "choose", "pick", "keep", "stick", "adopt", "prefer");

    private int indexOf(List<String> words, int from, int to, Set<String> any) {
        for (int i = from; i < to; i++) {
            if (any.contains(words.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private int clauseIndex(List<Clause> clauses, int token) {
        for (int c = 0; c < clauses.size(); c++) {
            if (token >= clauses.get(c).from && token < clauses.get(c).to) {
                return c;
            }
        }
        return clauses.size() - 1;
    }

    private static Map<String, Double> boosters(List<String> up, List<String> down) {
        Map<String, Double> b = new java.util.HashMap<>();
        up.forEach(w -> b.put(w, B_INCR));
        down.forEach(w -> b.put(w, -B_INCR));
        return Map.copyOf(b);
    }

    /** The boost of word w, null if it is no booster; reportstats' additions count only in technical sentences. */
    private static Double booster(String w, boolean technical) {
        Double b = BOOSTERS.get(w);
        return b != null || !technical ? b : TECHNICAL_BOOSTERS.get(w);
    }
}
