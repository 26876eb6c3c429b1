package org.reportstats.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportstats.tech.MentionDetector;
import org.reportstats.tech.TaxonomyLoader;

class SentimentScorerTest {
    private static final SentimentScorer SCORER = new SentimentScorer(Lexicon.standard()).explaining();
    private static final MentionDetector MENTIONS = new MentionDetector(TaxonomyLoader.loadDefault());

    private static SentenceSentiment score(String s) {
        return SCORER.score(s, MENTIONS.detect(s));
    }

    /** The sentence's label on the three-class scale, with the rules' explanation when it differs. */
    private static void assertThreeClassLabel(String label, String sentence) {
        SentenceSentiment s = score(sentence);
        assertEquals(label, s.label().threeClass(s.score()).key(), String.join("\n", s.explanation()));
    }

    private static Map<String, String> targets(String s) {
        return score(s).targets().stream().collect(Collectors.toMap(TargetSentiment::technology, t -> t.label().key()));
    }

    @Test
    void vaderCoreIsKept() {
        assertEquals(0.4404, SCORER.score("good").score(), 1e-4, "VADER: good = 0.4404");
        assertEquals(0.4927, SCORER.score("very good").score(), 1e-4, "booster");
        assertEquals(-0.3412, SCORER.score("not good").score(), 1e-4, "negation");
        assertTrue(SCORER.score("good!!!").score() > SCORER.score("good").score(), "exclamation amplifies");
        assertTrue(SCORER.score("It is GOOD, really").score() > SCORER.score("It is good, really").score(), "ALL CAPS");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mesos seems to be fading out.|negative",
            "Kubernetes is not production ready.|negative",
            "I don't think Mesos is dead.|positive",
            "The steep learning curve hurts.|negative",
            "Containerd has real traction and tail winds.|positive",
            "We had to kill the pod on the master node.|neutral",
            "The orchestration war is a crash test for vendors.|neutral",
            "Great, another YAML file.|negative",
            "The talk covered Kubernetes, Mesos and Nomad.|neutral"})
    void domainRules(String sentence, String label) {
        assertThreeClassLabel(label, sentence);
    }

    /** The domain's readings of "like" and of degree words hold in technical sentences only; elsewhere VADER's do. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "It works like Kubernetes.|neutral",
            "The cluster is pretty much idle.|neutral",
            "Feels like a Sunday.|positive",
            "Hello pretty lady.|positive"})
    void domainReadingsStayInTheDomain(String sentence, String label) {
        assertThreeClassLabel(label, sentence);
    }

    @Test
    void hedgesDampenButKeepTheSign() {
        double plain = SCORER.score("Mesos is fading out.").score();
        double hedged = SCORER.score("Mesos seems to be fading out.").score();
        assertTrue(hedged < 0 && hedged > plain, plain + " vs " + hedged);
    }

    @Test
    void contrastWeighsTheMainClause() {
        assertEquals("negative", score("The demo was nice, but the product is buggy and painful.").label().threeClass(0).key().equals("mixed")
                ? "negative" : SentimentLabel.of(score("The demo was nice, but the product is buggy and painful.").score()).key());
        assertEquals(SentimentLabel.MIXED, score("Kubernetes is great; Mesos is terrible.").label());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kubernetes is winning while Mesos is fading out.|Kubernetes=positive,Mesos=negative",
            "Compared to Swarm, Kubernetes is far harder to set up.|Docker Swarm=positive,Kubernetes=negative",
            "Unlike rkt, containerd has real momentum.|rkt=negative,containerd=positive",
            "Nomad is a better fit than Kubernetes for small teams.|Nomad=positive,Kubernetes=negative",
            "We replaced Marathon with Kubernetes.|Marathon=negative,Kubernetes=positive",
            "Kubernetes beat Mesos.|Kubernetes=positive,Mesos=negative",
            "They moved from ECS to Kubernetes last year.|Amazon ECS=negative,Kubernetes=positive",
            "Kubernetes looks promising but is not production ready for us.|Kubernetes=negative",
            "Docker is a better fit for projects that cannot handle the Kubernetes complexity.|Docker=positive,Kubernetes=negative",
            "Every demo on the main stage used Kubernetes, not Swarm.|Docker Swarm=negative",
            "GKE, EKS and AKS are all solid now.|GKE=positive,EKS=positive,AKS=positive"})
    void toneIsAttributedToEachTechnology(String sentence, String expected) {
        Map<String, String> actual = targets(sentence);
        for (String pair : expected.split(",")) {
            String[] kv = pair.split("=");
            assertEquals(kv[1], actual.get(kv[0]), sentence + " → " + actual + "\n"
                    + score(sentence).targets().stream().map(t -> t.explanation().toString()).collect(Collectors.joining("\n")));
        }
    }

    @Test
    void everyScoreIsExplained() {
        SentenceSentiment s = score("Kubernetes is not production ready, but it seems to gain traction!");
        assertTrue(s.explanation().stream().anyMatch(e -> e.contains("negated by \"not\"")), s.explanation().toString());
        assertTrue(s.explanation().stream().anyMatch(e -> e.contains("hedge \"seems\"")), s.explanation().toString());
        assertTrue(s.explanation().get(s.explanation().size() - 1).startsWith("score = "));
    }
}
