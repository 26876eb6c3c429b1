package org.reportstats.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenisation (as Hugging Face's {@code BertNormalizer}, {@code BertPreTokenizer} and
 * {@code WordPiece} do it: lower case, accents stripped, split on white space and punctuation, greedy longest
 * match with {@code ##} continuations), keeping each piece's character offsets in the original text so that a
 * technology mention can be found among the pieces. Thread-safe.
 */
public final class WordPieceTokenizer {
    /** One word piece: its vocabulary id and the characters of the original text it came from. */
    public record Piece(int id, int start, int end) {
    }

    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocabulary;
    private final int unknown;
    private final int classify;
    private final int separator;

    private WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = vocabulary;
        this.unknown = id("[UNK]");
        this.classify = id("[CLS]");
        this.separator = id("[SEP]");
    }

    /** Reads a BERT {@code vocab.txt}: one piece per line, the line number (from 0) is its id. */
    public static WordPieceTokenizer read(InputStream vocab) {
        Map<String, Integer> ids = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(vocab, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                ids.putIfAbsent(line, ids.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word-piece vocabulary", e);
        }
        return new WordPieceTokenizer(Map.copyOf(ids));
    }

    private int id(String piece) {
        Integer id = vocabulary.get(piece);
        if (id == null) {
            throw new IllegalStateException("the word-piece vocabulary has no " + piece);
        }
        return id;
    }

    /** Id of {@code [CLS]}, which opens every input. */
    public int classifyId() {
        return classify;
    }

    /** Id of {@code [SEP]}, which closes every input. */
    public int separatorId() {
        return separator;
    }

    public List<Piece> tokenize(String text) {
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\uFFFD') {
                i++;
                continue;
            }
            int start = i;
            if (standsAlone(c)) {
                i++;
            } else {
                while (i < n && !Character.isWhitespace(text.charAt(i)) && !standsAlone(text.charAt(i))
                        && !Character.isISOControl(text.charAt(i))) {
                    i++;
                }
            }
            addWord(text, start, i, pieces);
        }
        return pieces;
    }

    private void addWord(String text, int start, int end, List<Piece> pieces) {
        String word = normalise(text.substring(start, end));
        if (word.isEmpty()) {
            return;
        }
        if (word.length() > MAX_WORD_CHARS) {
            pieces.add(new Piece(unknown, start, end));
            return;
        }
        List<Piece> found = new ArrayList<>();
        int from = 0;
        while (from < word.length()) {
            int to = word.length();
            Integer id = null;
            while (from < to) {
                id = vocabulary.get(from > 0 ? "##" + word.substring(from, to) : word.substring(from, to));
                if (id != null) {
                    break;
                }
                to--;
            }
            if (id == null) {
                pieces.add(new Piece(unknown, start, end));
                return;
            }
            // normalising may shorten a word (a stripped accent): offsets are clamped to the word as written
            found.add(new Piece(id, Math.min(start + from, end), Math.min(start + to, end)));
            from = to;
        }
        pieces.addAll(found);
    }

    /** Lower case, then canonical decomposition without the combining marks (BERT's accent stripping). */
    private static String normalise(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            if (Character.getType(decomposed.charAt(k)) != Character.NON_SPACING_MARK) {
                b.append(decomposed.charAt(k));
            }
        }
        return b.toString();
    }

    /** Punctuation and CJK ideographs are words of their own, as BERT's normaliser and pre-tokeniser make them. */
    private static boolean standsAlone(char c) {
        return isPunctuation(c) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    /** BERT's punctuation: every ASCII symbol, and Unicode punctuation. */
    static boolean isPunctuation(char c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
