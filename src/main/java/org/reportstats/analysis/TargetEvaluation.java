package org.reportstats.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportstats.nlp.AnalyzedSentence;
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

    /** One labeled (sentence, technology) pair; {@code technology} is the canonical name. */
    public record Pair(int line, String gold, String technology, String sentence) {
    }

    private TargetEvaluation() {
    }

    public static Result evaluate(Path file, SentimentEvaluation.Half half, Taxonomy taxonomy, ReportAnalyzer analyzer)
            throws LabeledFile.EvalFileException {
        Classification figures = new Classification();
        List<Error> errors = new ArrayList<>();
        Map<String, AnalyzedSentence> analysed = new HashMap<>(); // a sentence has a line per technology
        for (Pair pair : read(file, half, taxonomy)) {
            AnalyzedSentence sentence = analysed.computeIfAbsent(pair.sentence(), s -> analyzer.analyze(0, 0, s));
            String predicted = target(sentence, pair.technology())
                    .map(t -> t.label().key()).orElse("neutral");
            figures.add(pair.gold(), predicted);
            if (!pair.gold().equals(predicted)) {
                errors.add(new Error(pair.line(), pair.technology(), pair.gold(), predicted, pair.sentence()));
            }
        }
        return new Result(figures, errors);
    }

    private static Optional<TargetSentiment> target(AnalyzedSentence s, String technology) {
        return s.sentiment().targets().stream().filter(t -> t.technology().equals(technology)).findFirst();
    }

    /**
     * The labeled pairs of {@code half} of the file, labels checked and technologies by their canonical names (also
     * what the target model's training data is exported from).
     */
    public static List<Pair> read(Path file, SentimentEvaluation.Half half, Taxonomy taxonomy)
            throws LabeledFile.EvalFileException {
        List<Pair> pairs = new ArrayList<>();
        for (LabeledFile.Line line : LabeledFile.read(file, 3, 3)) {
            String sentence = line.fields().get(2);
            if (half != SentimentEvaluation.Half.ALL
                    && (half == SentimentEvaluation.Half.TEST) != SentimentEvaluation.inTestHalf(sentence)) {
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
            pairs.add(new Pair(line.number(), gold, tech.get().name(), sentence));
        }
        return pairs;
    }
}
