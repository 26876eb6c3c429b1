package org.reportstats.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.reportstats.nlp.SentimentLabel;

/**
 * Sentence sentiment against labeled data: {@code label<TAB>text} lines, or VADER's ground truth
 * {@code id<TAB>mean<TAB>text} (mean on -4..4; gold positive when mean/4 &gt; 0.05, negative when &lt; -0.05, as in
 * the VADER paper). Each file splits once into a development and a test half by a hash of the line's id, so the
 * split is fixed and the same for every scorer.
 */
public final class SentimentEvaluation {
    /** Which lines to use. */
    public enum Half { ALL, DEV, TEST }

    /** One labeled sentence; {@code mean} is present for VADER-format files. */
    public record Item(String id, String gold, Optional<Double> mean, String text) {
    }

    private SentimentEvaluation() {
    }

    public static List<Item> read(Path file, Half half) throws LabeledFile.EvalFileException {
        List<Item> items = new ArrayList<>();
        for (LabeledFile.Line line : LabeledFile.read(file, 2, 3)) {
            List<String> f = line.fields();
            Item item;
            Optional<Double> mean = f.size() == 3 ? parse(f.get(1)) : Optional.empty();
            if (mean.isPresent()) {
                double normalized = mean.get() / 4;
                String gold = normalized > 0.05 ? "positive" : normalized < -0.05 ? "negative" : "neutral";
                item = new Item(f.get(0), gold, mean, f.get(2));
            } else {
                String label = f.get(0).strip().toLowerCase(java.util.Locale.ROOT);
                if (!Classification.CLASSES.contains(label)) {
                    throw new LabeledFile.EvalFileException(file + ":" + line.number()
                            + ": expected label<TAB>text (label positive, neutral or negative) or id<TAB>mean<TAB>text");
                }
                String text = f.size() == 3 ? f.get(1) + "\t" + f.get(2) : f.get(1);
                item = new Item(text, label, Optional.empty(), text);
            }
            if (half == Half.ALL || (half == Half.TEST) == inTestHalf(item.id())) {
                items.add(item);
            }
        }
        return items;
    }

    /** The fixed split: the lowest bit of the SHA-256 of the id. */
    static boolean inTestHalf(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.strip().getBytes(StandardCharsets.UTF_8));
            return (h[0] & 1) == 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Scores every item with {@code scorer} (a score in [-1, 1]; labels by VADER's ±0.05 band). */
    public static Classification evaluate(List<Item> items, ToDoubleFunction<String> scorer) {
        Classification c = new Classification();
        for (Item item : items) {
            double score = scorer.applyAsDouble(item.text());
            c.add(item.gold(), SentimentLabel.of(score).key());
            item.mean().ifPresent(m -> c.addScores(m, score));
        }
        return c;
    }

    /** Scores read from a file, one per line in the order of {@code items}, e.g. from the reference VADER. */
    public static ToDoubleFunction<String> predictions(Path file, List<Item> items) throws LabeledFile.EvalFileException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabeledFile.EvalFileException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (lines.size() != items.size()) {
            throw new LabeledFile.EvalFileException(file + ": has " + lines.size() + " scores for " + items.size() + " sentences");
        }
        java.util.Map<String, Double> byText = new java.util.IdentityHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                byText.put(items.get(i).text(), Double.parseDouble(lines.get(i).strip()));
            } catch (NumberFormatException e) {
                throw new LabeledFile.EvalFileException(file + ":" + (i + 1) + ": not a number");
            }
        }
        return byText::get;
    }

    private static Optional<Double> parse(String s) {
        try {
            return Optional.of(Double.parseDouble(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
