package org.reportstats.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NeuralSentencesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The new dashboard is a joy to use and the docs are excellent.|positive",
        "The upgrade broke our cluster twice and support never answered.|negative",
        "The keynote started at nine in hall B.|neutral",
        "The demo shows how to kill a pod and watch the master node reschedule it.|neutral",
        "Serverless has a steep learning curve and means vendor lock-in.|negative",
    })
    void readsClearSentences(String sentence, String label) {
        ModelVerdict v = NeuralSentences.standard().classify(sentence);
        assertEquals(label, v.label().key(), sentence + " → " + v);
        assertEquals(1.0, v.positive() + v.neutral() + v.negative(), 1e-9);
    }

    @Test
    void theBlendKeepsScoreAndLabelTogetherAndExplainsItself() throws Exception {
        ReportAnalyzer analyzer = Pipeline.load(java.util.Optional.empty()).analyzer().explaining();
        SentenceSentiment s = analyzer.analyze(0, 0, "Honestly, the hallway track was the best part of the week.").sentiment();
        assertEquals(SentimentLabel.of(s.score()), s.label().threeClass(s.score()));
        assertTrue(s.explanation().stream().anyMatch(e -> e.startsWith("sentence model: positive ") && e.contains("carried by \"best\"")),
                "the model's probabilities and the words that carry its verdict: " + s.explanation());
        assertTrue(s.explanation().get(s.explanation().size() - 1).startsWith("score: "), s.explanation().toString());
    }

    @Test
    void theRulesNudgeTheModelsOddsTowardTheirSide() {
        ModelVerdict even = new ModelVerdict(0.3, 0.4, 0.3);
        assertEquals(SentimentLabel.POSITIVE, SentenceBlend.nudge(even, 0.5).label());
        assertEquals(SentimentLabel.NEGATIVE, SentenceBlend.nudge(even, -0.5).label());
        assertEquals(0.4, SentenceBlend.nudge(even, 0.0).neutral(), 1e-12, "no evidence, no change");
        ModelVerdict sure = new ModelVerdict(0.02, 0.03, 0.95);
        assertEquals(SentimentLabel.NEGATIVE, SentenceBlend.nudge(sure, 0.6).label(), "a confident model keeps its verdict");
    }
}
