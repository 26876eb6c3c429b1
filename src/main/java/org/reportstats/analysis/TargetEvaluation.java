package org.reportstats.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportstats.nlp.ReportAnalyzer;
import org.reportstats.nlp.TargetSentiment;
import org.reportstats.tech.Taxonomy;
import org.reportstats.tech.Technology;

/**
 * Per-technology polarity against {@code label<TAB>technology<TAB>sentence} lines. A technology the detector
 * does not find in its sentence is predicted neutral (and listed), so detection misses cost accuracy too. The
 * file splits once into a development and a test half by a hash of the sentence, so that all the lines of one
 * sentence fall in the same half (the same split as {@link SentimentEvaluation}).
 */
public final class TargetEvaluation {
    /** A line where the predicted tone differs from the label. */
    public record Error(int line, String technology, String gold, String predicted, String sentence) {
    }

    public record Result(Classification figures, List<Error> errors) {
    }

    private TargetEvaluation() {
    }

    public static Result evaluate(Path file, SentimentEvaluation.Half half, Taxonomy taxonomy, ReportAnalyzer analyzer)
            throws LabeledFile.EvalFileException {
        Classification figures = new Classification();
        List<Error> errors = new ArrayList<>();
        for (LabeledFile.Line line : LabeledFile.read(file, 3, 3)) {
            if (half != SentimentEvaluation.Half.ALL
                    && (half == SentimentEvaluation.Half.TEST) != SentimentEvaluation.inTestHalf(line.fields().get(2))) {
                continue;
            }
            String gold = line.fields().get(0).strip().toLowerCase(java.util.Locale.ROOT);
            if (!Classification.CLASSES.contains(gold)) {
                throw new LabeledFile.EvalFileException(file + ":" + line.number() + ": label must be positive, neutral or negative");
            }
            String named = line.fields().get(1).strip();
            Optional<Technology> tech = taxonomy.find(named);
            if (tech.isEmpty()) {
                throw new LabeledFile.EvalFileException(file + ":" + line.number() + ": unknown technology '" + named
                        + "'; closest: " + String.join(", ", taxonomy.closest(named, 3)));
            }
            String sentence = line.fields().get(2);
            String predicted = analyzer.analyze(0, 0, sentence).sentiment().targets().stream()
                    .filter(t -> t.technology().equals(tech.get().name()))
                    .map(TargetSentiment::label).map(l -> l.key()).findFirst().orElse("neutral");
            figures.add(gold, predicted);
            if (!gold.equals(predicted)) {
                errors.add(new Error(line.number(), tech.get().name(), gold, predicted, sentence));
            }
        }
        return new Result(figures, errors);
    }
}
