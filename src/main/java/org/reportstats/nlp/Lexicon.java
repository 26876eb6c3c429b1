package org.reportstats.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word and phrase valences on VADER's -4..4 scale: the VADER lexicon (Hutto &amp; Gilbert 2014) overlaid with
 * reportstats' domain lexicon for technology prose. Phrases are matched on lower-cased words, longest first.
 */
public final class Lexicon {
    static final String VADER_RESOURCE = "/models/lexicons/vader_lexicon.txt";
    static final String DOMAIN_RESOURCE = "/models/lexicons/domain.tsv";
    private static final Lexicon DEFAULT = new Lexicon();

    /** An entry found in the text: how many words it spans, its valence and where it comes from. */
    record Match(int length, double valence, String phrase, String source) {
    }

    private final Map<String, Double> vader = new HashMap<>();
    private final Map<String, Double> domain = new HashMap<>();
    /**
     * First two words of multi-word phrases, by first word, with the longest phrase each pair starts: most words
     * start none, and then no phrase string is built; "is" and "of" start a few, and then one pair is looked up.
     */
    private final Map<String, Map<String, Integer>> phraseStarts = new HashMap<>();
    private final String fingerprint;

    private Lexicon() {
        MessageDigest digest = sha256();
        // later lines win, as in the reference implementation (the VADER file lists 14 words twice)
        read(VADER_RESOURCE, digest, (fields) -> vader.put(fields[0].toLowerCase(Locale.ROOT), Double.parseDouble(fields[1])));
        read(DOMAIN_RESOURCE, digest, (fields) -> {
            String phrase = fields[0].toLowerCase(Locale.ROOT).strip();
            domain.put(phrase, Double.parseDouble(fields[1]));
            String[] words = phrase.split(" ");
            if (words.length > 1) {
                phraseStarts.computeIfAbsent(words[0], w -> new HashMap<>()).merge(words[1], words.length, Math::max);
            }
        });
        fingerprint = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    public static Lexicon standard() {
        return DEFAULT;
    }

    /** Changes when either lexicon file changes. */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * The longest entry starting at word {@code i}; null when none. {@code words} are lower-cased. Outside a
     * technical context a word VADER knows keeps VADER's valence: "boring" is praise for infrastructure, not for
     * a film, and "kill" is neutral for a pod, not in a tweet. Domain words VADER does not know apply anywhere.
     */
    Match at(List<String> words, int i, boolean technical) {
        Map<String, Integer> seconds = i + 1 < words.size() ? phraseStarts.get(words.get(i)) : null;
        Integer starts = seconds == null ? null : seconds.get(words.get(i + 1));
        int longest = starts == null ? 1 : Math.min(starts, words.size() - i);
        for (int len = longest; len >= 2; len--) {
            String phrase = String.join(" ", words.subList(i, i + len));
            Double v = domain.get(phrase);
            if (v != null) {
                return new Match(len, v, phrase, "domain");
            }
        }
        String word = words.get(i);
        Double general = vader.get(word);
        Double v = domain.get(word);
        if (v != null && (technical || general == null)) {
            return new Match(1, v, word, "domain");
        }
        return general == null ? null : new Match(1, general, word, "VADER");
    }

    /** Whether a raw token (an emoticon like {@code :-)}) is itself an entry, before punctuation is stripped. */
    boolean containsRaw(String lowerToken) {
        return vader.containsKey(lowerToken) || domain.containsKey(lowerToken);
    }

    private interface LineHandler {
        void handle(String[] fields);
    }

    private static void read(String resource, MessageDigest digest, LineHandler handler) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + resource + " is missing from the jar");
            }
            byte[] bytes = in.readAllBytes();
            digest.update(bytes);
            BufferedReader reader = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 2) {
                    throw new IllegalStateException(resource + ":" + number + ": expected word<TAB>valence");
                }
                handler.handle(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
