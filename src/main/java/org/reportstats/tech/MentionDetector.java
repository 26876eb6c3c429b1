package org.reportstats.tech;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reportstats.text.Token;
import org.reportstats.text.Tokens;
import org.reportstats.text.Typography;

/**
 * Finds technology mentions in a sentence: aliases are matched on the shared analysis chain's tokens, longest
 * first; an alias's case and context rules must hold; stop phrases ("at the helm") consume their tokens
 * without a mention; URLs, e-mail addresses and code identifiers ({@code /var/lib/docker}, {@code docker_host})
 * never match. Thread-safe once built.
 */
public final class MentionDetector {
    /**
     * A path, a file name, a variable, a repository ({@code docker/docker}, {@code a/b/c}): text glued to the alias
     * that makes it code, not prose. One slash between different words is prose: "containerd/rkt", "Kubernetes/Mesos".
     */
    private static final Pattern CODE_LIKE = Pattern.compile("^[~/$]|[_=\\\\$<>{}]|\\w\\.\\w|\\(\\)|^[a-z0-9._-]+/[a-z0-9._-]+/|^([a-z0-9._-]+)/\\1$");
    private static final String TRIMMABLE = "\"'()[]{},;:!?.*";

    private final TrieNode root = new TrieNode();

    /** A trie over token terms; a node's candidates are the aliases (or stop phrases) ending there. */
    private static final class TrieNode {
        final Map<String, TrieNode> next = new HashMap<>();
        final List<Candidate> candidates = new ArrayList<>();
    }

    /**
     * {@code technology} is null for a stop phrase. {@code written} holds the alias's words as written (for the
     * exact-case rule) and {@code aliasIsCode} whether the alias itself looks like code; both are worked out
     * once here rather than for every sentence.
     */
    private record Candidate(String technology, Alias alias, List<String> written, boolean aliasIsCode) {
        static Candidate of(String technology, Alias alias) {
            List<String> written = Tokens.of(alias.text()).stream().map(t -> alias.text().substring(t.start(), t.end())).toList();
            boolean code = CODE_LIKE.matcher(alias.text()).find() || alias.text().indexOf('/') >= 0;
            return new Candidate(technology, alias, written, code);
        }

        static Candidate stopPhrase() {
            return new Candidate(null, null, List.of(), false);
        }
    }

    public MentionDetector(Taxonomy taxonomy) {
        for (Technology t : taxonomy.technologies()) {
            for (Alias a : t.aliases()) {
                Candidate candidate = Candidate.of(t.name(), a);
                insert(a.terms(), candidate);
                if (a.plural()) {
                    List<String> plural = new ArrayList<>(a.terms());
                    plural.set(plural.size() - 1, plural.get(plural.size() - 1) + "s");
                    insert(plural, candidate);
                }
            }
        }
        for (List<String> phrase : taxonomy.stopPhrases()) {
            insert(phrase, Candidate.stopPhrase());
        }
    }

    private void insert(List<String> terms, Candidate candidate) {
        TrieNode node = root;
        for (String term : terms) {
            node = node.next.computeIfAbsent(term, k -> new TrieNode());
        }
        // a stop phrase with the same words as an alias wins: it was written to block exactly that
        if (candidate.technology() == null) {
            node.candidates.add(0, candidate);
        } else {
            node.candidates.add(candidate);
        }
    }

    /**
     * The mentions in {@code sentence}, in order, with offsets into it. An alias that needs context words
     * ("Spark" near data, cluster, Mesos…) also takes as context a technology named anywhere in the sentence by
     * an alias that needs none ("Spark on Kubernetes", "the Cassandra operator for Kubernetes"): in prose about
     * technologies, a capitalised "Spark" next to "Kubernetes" is Apache Spark.
     */
    public List<Mention> detect(String sentence) {
        String plain = Typography.plain(sentence);
        List<Token> tokens = Tokens.of(plain);
        Scan first = scan(sentence, plain, tokens, false);
        return first.anchored && first.wantedContext ? scan(sentence, plain, tokens, true).mentions : first.mentions;
    }

    /** What one pass over a sentence's tokens found. */
    private static final class Scan {
        final List<Mention> mentions = new ArrayList<>();
        /** An alias without context rules matched. */
        boolean anchored;
        /** An alias was turned down only for want of its context words. */
        boolean wantedContext;
    }

    private Scan scan(String sentence, String plain, List<Token> tokens, boolean technologyContext) {
        Scan scan = new Scan();
        int i = 0;
        while (i < tokens.size()) {
            int consumed = matchAt(sentence, plain, tokens, i, technologyContext, scan);
            i += Math.max(consumed, 1);
        }
        return scan;
    }

    /** Tries the longest match first, adding it to {@code scan}; returns how many tokens it covers, or 0. */
    private int matchAt(String sentence, String plain, List<Token> tokens, int start, boolean technologyContext,
                        Scan scan) {
        List<TrieNode> path = new ArrayList<>();
        TrieNode node = root;
        for (int j = start; j < tokens.size(); j++) {
            Token token = tokens.get(j);
            if (token.isUrlOrEmail()) {
                break;
            }
            node = node.next.get(token.term());
            if (node == null) {
                break;
            }
            path.add(node);
        }
        for (int length = path.size(); length > 0; length--) {
            for (Candidate candidate : path.get(length - 1).candidates) {
                if (candidate.technology() == null) {
                    return length;
                }
                Verdict verdict = accepts(candidate, plain, tokens, start, length);
                scan.wantedContext |= verdict == Verdict.NO_CONTEXT;
                if (verdict == Verdict.ACCEPT || verdict == Verdict.NO_CONTEXT && technologyContext) {
                    scan.anchored |= candidate.alias().requireNear().isEmpty();
                    Token first = tokens.get(start);
                    Token last = tokens.get(start + length - 1);
                    scan.mentions.add(new Mention(candidate.technology(), first.start(), last.end(),
                            sentence.substring(first.start(), last.end())));
                    return length;
                }
            }
        }
        return 0;
    }

    private enum Verdict { ACCEPT, REJECT, NO_CONTEXT }

    private static Verdict accepts(Candidate candidate, String text, List<Token> tokens, int start, int length) {
        Alias alias = candidate.alias();
        if (!caseHolds(candidate, text, tokens, start, length)) {
            return Verdict.REJECT;
        }
        if (start > 0 && alias.forbidBefore().contains(tokens.get(start - 1).term())) {
            return Verdict.REJECT;
        }
        int after = start + length;
        if (after < tokens.size() && alias.forbidAfter().contains(tokens.get(after).term())) {
            return Verdict.REJECT;
        }
        if (!candidate.aliasIsCode() && insideCode(text, tokens.get(start).start(), tokens.get(after - 1).end())) {
            return Verdict.REJECT;
        }
        if (!alias.requireNear().isEmpty() || !alias.forbidNear().isEmpty()) {
            boolean required = alias.requireNear().isEmpty();
            int from = Math.max(0, start - alias.window());
            int to = Math.min(tokens.size(), after + alias.window());
            for (int k = from; k < to; k++) {
                if (k >= start && k < after) {
                    continue;
                }
                String term = tokens.get(k).term();
                if (alias.forbidNear().contains(term)) {
                    return Verdict.REJECT;
                }
                required |= alias.requireNear().contains(term);
            }
            if (!required) {
                return Verdict.NO_CONTEXT;
            }
        }
        return Verdict.ACCEPT;
    }

    private static boolean caseHolds(Candidate candidate, String text, List<Token> tokens, int start, int length) {
        return switch (candidate.alias().caseRule()) {
            case ANY -> true;
            case CAPITALIZED -> Character.isUpperCase(text.charAt(tokens.get(start).start()));
            case EXACT -> {
                List<String> own = candidate.written();
                for (int k = 0; k < length; k++) {
                    Token t = tokens.get(start + k);
                    String written = stripPossessive(text.substring(t.start(), t.end()));
                    String wanted = own.get(Math.min(k, own.size() - 1));
                    if (!written.equals(wanted) && !written.equals(wanted + "s")) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    private static String stripPossessive(String word) {
        return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }

    /** True when the match sits inside a run of non-space text that looks like code. */
    private static boolean insideCode(String text, int start, int end) {
        int runStart = start;
        while (runStart > 0 && !Character.isWhitespace(text.charAt(runStart - 1))) {
            runStart--;
        }
        int runEnd = end;
        while (runEnd < text.length() && !Character.isWhitespace(text.charAt(runEnd))) {
            runEnd++;
        }
        while (runStart < start && TRIMMABLE.indexOf(text.charAt(runStart)) >= 0) {
            runStart++;
        }
        while (runEnd > end && TRIMMABLE.indexOf(text.charAt(runEnd - 1)) >= 0) {
            runEnd--;
        }
        if (runStart == start && runEnd == end) {
            return false;
        }
        String run = text.substring(runStart, runEnd);
        return CODE_LIKE.matcher(run).find();
    }
}
