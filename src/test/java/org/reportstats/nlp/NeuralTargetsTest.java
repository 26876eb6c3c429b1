package org.reportstats.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportstats.tech.Mention;
import org.reportstats.tech.MentionDetector;
import org.reportstats.tech.TaxonomyLoader;

class NeuralTargetsTest {
    private static final MentionDetector MENTIONS = new MentionDetector(TaxonomyLoader.loadDefault());

    private static Map<String, ModelVerdict> verdicts(String sentence) {
        return NeuralTargets.standard().classify(sentence, MENTIONS.detect(sentence));
    }


    @Test
    void eachTechnologyGetsItsOwnToneInOneSentence() {
        Map<String, ModelVerdict> v = verdicts("Compared to Istio, Linkerd is far easier to install and upgrade.");
        assertEquals(SentimentLabel.NEGATIVE, v.get("Istio").label());
        assertEquals(SentimentLabel.POSITIVE, v.get("Linkerd").label());
        assertEquals(1.0, v.get("Istio").positive() + v.get("Istio").neutral() + v.get("Istio").negative(), 1e-9);
    }

    @Test
    void scoresAgreeWithLabels() {
        for (String s : List.of("Kubernetes is winning while Mesos is fading out.", "Docker Swarm was listed on the agenda.",
                "We replaced Chef with Ansible last year.")) {
            verdicts(s).values().forEach(v -> assertEquals(v.label(), SentimentLabel.of(v.score()), s + " " + v));
        }
    }

    @Test
    void sentencesInABatchGetTheSameAnswersAsAlone() {
        List<String> sentences = List.of("Kubernetes is winning while Mesos is fading out.",
                "Unlike rkt, containerd had the one thing that matters in open source: people actually using it, every day.");
        List<List<Mention>> mentions = sentences.stream().map(MENTIONS::detect).toList();
        List<Map<String, ModelVerdict>> together = NeuralTargets.standard().classify(sentences, mentions);
        for (int i = 0; i < sentences.size(); i++) {
            Map<String, ModelVerdict> alone = verdicts(sentences.get(i));
            for (String technology : alone.keySet()) {
                assertEquals(alone.get(technology).positive(), together.get(i).get(technology).positive(), 1e-4);
            }
        }
    }

    @Test
    void aMentionPastWhatTheModelReadsIsLeftToTheRules() {
        String sentence = "word ".repeat(200) + "and then Mesos is fading out.";
        assertFalse(verdicts(sentence).containsKey("Mesos"));
        ReportAnalyzer analyzer = new ReportAnalyzer(MENTIONS, new SentimentScorer(Lexicon.standard()));
        assertEquals(SentimentLabel.NEGATIVE, analyzer.analyze(0, 0, sentence).sentiment().targets().get(0).label(),
                "the rules still say it");
    }

    @Test
    void explanationsNameTheWordsThatCarryTheVerdict() {
        String sentence = "Mesos is fading out.";
        List<Mention> mentions = MENTIONS.detect(sentence);
        Map<String, ModelVerdict> verdicts = NeuralTargets.standard().classify(sentence, mentions);
        assertEquals(SentimentLabel.NEGATIVE, verdicts.get("Mesos").label());
        String why = NeuralTargets.standard().carriers(sentence, mentions, verdicts).get("Mesos");
        assertTrue(why.startsWith("carried by \"fading\""), why);
    }
}
