package org.reportstats.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.reportstats.tech.Mention;
import org.reportstats.tech.MentionDetector;
import org.reportstats.tech.Taxonomy;
import org.reportstats.tech.Technology;

/**
 * Precision, recall and F1 of mention detection against a file of {@code sentence<TAB>tech,tech}: micro-averaged
 * over (sentence, technology) pairs. Expected names are resolved through the taxonomy (any alias counts); a name
 * the taxonomy does not know counts as a miss.
 */
public final class MentionEvaluation {
    /** A sentence where detection and the annotation disagree. */
    public record Error(int line, String sentence, List<String> missing, List<String> extra) {
    }

    /** The figures; {@code n} counts sentences. */
    public record Result(int n, int truePositives, int falsePositives, int falseNegatives, double precision, double recall,
                         double f1, List<Error> errors) {
    }

    private MentionEvaluation() {
    }

    public static Result evaluate(Path file, Taxonomy taxonomy, MentionDetector detector) throws LabeledFile.EvalFileException {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<Error> errors = new ArrayList<>();
        List<LabeledFile.Line> lines = LabeledFile.read(file, 1, 2);
        for (LabeledFile.Line line : lines) {
            String sentence = line.fields().get(0);
            Set<String> expected = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            if (line.fields().size() > 1) {
                for (String name : line.fields().get(1).split(",")) {
                    if (!name.isBlank()) {
                        taxonomy.find(name.strip()).map(Technology::name).ifPresentOrElse(expected::add,
                                () -> unknown.add(name.strip() + " (not in taxonomy)"));
                    }
                }
            }
            Set<String> found = new LinkedHashSet<>(detector.detect(sentence).stream().map(Mention::technology).toList());
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(found);
            missing.addAll(unknown);
            Set<String> extra = new TreeSet<>(found);
            extra.removeAll(expected);
            tp += expected.size() - (missing.size() - unknown.size());
            fn += missing.size();
            fp += extra.size();
            if (!missing.isEmpty() || !extra.isEmpty()) {
                errors.add(new Error(line.number(), sentence, List.copyOf(missing), List.copyOf(extra)));
            }
        }
        double precision = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Result(lines.size(), tp, fp, fn, precision, recall, f1, errors);
    }
}
