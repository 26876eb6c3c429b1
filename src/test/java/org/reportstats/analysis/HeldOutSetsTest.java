package org.reportstats.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportstats.analysis.SentimentEvaluation.Half;
import org.reportstats.tech.Taxonomy;
import org.reportstats.tech.TaxonomyLoader;

/**
 * The target model's accuracy is only worth reporting if it never trained on what it is measured on: no sentence
 * of a training file (those {@code models/neural/train/train.sh} exports) may reappear in a held-out set, not even
 * behind a list bullet or with other punctuation or case.
 */
class HeldOutSetsTest {
    private static final Path EVAL = Path.of("src/test/resources/eval");
    private static final List<String> TRAINING_FILES = List.of("targets-train-extra.tsv", "targets-written-train.tsv",
            "targets-train-generated.tsv", "targets-train-generated-2.tsv", "targets-train-corpus.tsv");

    private final Taxonomy taxonomy = TaxonomyLoader.loadDefault();

    @Test
    void noTrainingSentenceIsHeldOut() throws Exception {
        Set<String> heldOut = sentences("targets.tsv", Half.TEST);
        heldOut.addAll(sentences("targets-written-test.tsv", Half.ALL));
        assertTrue(heldOut.size() > 600, "held-out sentences read: " + heldOut.size());

        List<String> leaks = new ArrayList<>();
        Set<String> training = sentences("targets.tsv", Half.DEV);
        for (String file : TRAINING_FILES) {
            training.addAll(sentences(file, Half.ALL));
        }
        for (String sentence : training) {
            if (heldOut.contains(sentence)) {
                leaks.add(sentence);
            }
        }
        assertTrue(training.size() > 13_000, "training sentences read: " + training.size());
        assertEquals(List.of(), leaks);
    }

    @Test
    void aBulletedCopyCountsAsTheSameSentence() {
        assertEquals(normalized("Red Hat pushed OpenShift 3, which is now built on Kubernetes and Docker."),
                normalized("- Red Hat pushed OpenShift 3, which is now built on  kubernetes and Docker"));
    }

    private Set<String> sentences(String file, Half half) throws LabeledFile.EvalFileException {
        Set<String> out = new HashSet<>();
        for (TargetEvaluation.Pair pair : TargetEvaluation.read(EVAL.resolve(file), half, taxonomy)) {
            out.add(normalized(pair.sentence()));
        }
        return out;
    }

    /** Letters and digits only, lower case, single spaces: what a copy keeps when its bullet or quotes change. */
    private static String normalized(String sentence) {
        return String.join(" ", sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
    }
}
