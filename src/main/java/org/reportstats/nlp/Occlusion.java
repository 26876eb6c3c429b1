package org.reportstats.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportstats.tech.Mention;

/**
 * Which words carry a model's verdict, for --explain: each word of the sentence (outside the technologies' mentions)
 * is blanked in turn, with spaces so that offsets hold, and the drop in the probability of the verdict's label is
 * measured; the three largest drops are reported, e.g. {@code carried by "fading" 0.58, "winning" 0.21}.
 */
final class Occlusion {
    /** A word: letters and digits, with inner apostrophes and hyphens. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** Drops below this are noise. */
    private static final double NOTABLE_DROP = 0.02;

    private final String text;
    private final List<int[]> words = new ArrayList<>();

    /** The words of {@code text} that may be blanked: all but those inside {@code mentions}. */
    Occlusion(String text, List<Mention> mentions) {
        this.text = text;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (mentions.stream().noneMatch(x -> s < x.end() && e > x.start())) {
                words.add(new int[] {s, e});
            }
        }
    }

    /** The sentence with each word blanked in turn, in word order: the model reads each of these once. */
    List<String> variants() {
        List<String> variants = new ArrayList<>();
        for (int[] w : words) {
            variants.add(text.substring(0, w[0]) + " ".repeat(w[1] - w[0]) + text.substring(w[1]));
        }
        return variants;
    }

    /** The words carrying {@code whole}, given the model's verdicts on {@link #variants()} in the same order. */
    String carriers(ModelVerdict whole, List<ModelVerdict> without) {
        record Drop(String word, double drop) {
        }
        List<Drop> drops = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            double drop = whole.probability(whole.label()) - without.get(w).probability(whole.label());
            if (drop >= NOTABLE_DROP) {
                drops.add(new Drop(text.substring(words.get(w)[0], words.get(w)[1]), drop));
            }
        }
        drops.sort(Comparator.comparingDouble(Drop::drop).reversed());
        return drops.isEmpty() ? "no single word carries it (the sentence as a whole does)"
                : "carried by " + String.join(", ", drops.stream().limit(3)
                        .map(d -> String.format(Locale.ROOT, "\"%s\" %.2f", d.word(), d.drop())).toList());
    }
}
