package org.reportstats.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A sentence's tone from the sentence model, nudged by the rules: the rules' score counts as evidence in log-odds,
 * P(positive) × e^(w·rules) and P(negative) × e^(−w·rules), renormalised, with w = {@value #RULES_WEIGHT}. The label
 * is the most probable class, the score P(positive) − P(negative) inside that label's band ({@link ModelVerdict}).
 * w was chosen on fold 0 of the development halves (VADER's four sets and the trip-report sentences), which the
 * model was not trained on (see {@code models/neural/SOURCES.md}). A sentence the rules find mixed
 * (both tones strong in separate clauses) stays mixed.
 */
final class SentenceBlend {
    static final double RULES_WEIGHT = 2.0;

    private SentenceBlend() {
    }

    static ModelVerdict nudge(ModelVerdict model, double rules) {
        double positive = model.positive() * Math.exp(RULES_WEIGHT * rules);
        double negative = model.negative() * Math.exp(-RULES_WEIGHT * rules);
        double sum = positive + model.neutral() + negative;
        return new ModelVerdict(positive / sum, model.neutral() / sum, negative / sum);
    }

    /** @param carriers the words that carry the model's verdict (asked only when explaining: it costs a pass per word) */
    static SentenceSentiment combine(SentenceSentiment rules, ModelVerdict model, boolean explain, Supplier<String> carriers) {
        ModelVerdict nudged = nudge(model, rules.score());
        double score = nudged.score();
        SentimentLabel label = rules.label() == SentimentLabel.MIXED ? SentimentLabel.MIXED : nudged.label();
        List<String> explanation = new ArrayList<>();
        if (explain) {
            List<String> reasons = rules.explanation();
            explanation.addAll(reasons.subList(0, Math.max(0, reasons.size() - 1)));
            if (!reasons.isEmpty()) {
                explanation.add("rules: " + reasons.get(reasons.size() - 1)); // the rules' own "score = … → label"
            }
            explanation.add(String.format(Locale.ROOT, "sentence model: positive %.2f, neutral %.2f, negative %.2f → %s; ",
                    model.positive(), model.neutral(), model.negative(), model.label().key()) + carriers.get());
            explanation.add(String.format(Locale.ROOT, "score: the model's odds nudged by e^(±%.0f × rules %.3f) → positive"
                            + " %.2f, neutral %.2f, negative %.2f → %.3f → %s", RULES_WEIGHT, rules.score(),
                    nudged.positive(), nudged.neutral(), nudged.negative(), score, label.key()));
        }
        return new SentenceSentiment(score, label, rules.targets(), explanation);
    }
}
