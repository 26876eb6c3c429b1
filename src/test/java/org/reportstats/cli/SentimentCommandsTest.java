package org.reportstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportstats.testing.Cli;
import org.reportstats.testing.Cli.Run;

class SentimentCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EVAL = Paths.get("src", "test", "resources", "eval");

    @TempDir
    Path tmp;

    @Test
    void analyzeTextGivesTheDocumentedJson() throws Exception {
        Run run = Cli.run("analyze", "--text", "Kubernetes is winning while Mesos is fading out.", "--format", "json");
        assertEquals(0, run.code(), run.toString());
        JsonNode sentence = JSON.readTree(run.out()).get("sentences").get(0);
        assertEquals("Kubernetes is winning while Mesos is fading out.", sentence.get("text").asText());
        assertTrue(sentence.get("score").isNumber());
        assertTrue(sentence.has("label"));
        JsonNode targets = sentence.get("targets");
        assertEquals("Kubernetes", targets.get(0).get("technology").asText());
        assertEquals("positive", targets.get(0).get("label").asText());
        assertEquals("Mesos", targets.get(1).get("technology").asText());
        assertEquals("negative", targets.get(1).get("label").asText());
    }

    @Test
    void analyzeExplainsAndRejectsBadInput() {
        Run explained = Cli.run("analyze", "--text", "Mesos seems to be fading out.", "--explain");
        assertTrue(explained.out().contains("\"fading out\" -2.00 (domain)"), explained.out());
        assertTrue(explained.out().contains("hedge \"seems\""), explained.out());
        assertTrue(explained.out().contains("[Mesos] model: "), "the target model's probabilities are shown: " + explained.out());
        assertEquals(2, Cli.run("analyze").code());
        assertEquals(2, Cli.run("analyze", tmp.resolve("missing.txt").toString()).code());
    }

    @Test
    void mentionDetectionMeetsTheBarOnTheAnnotatedSet() throws Exception {
        Run run = Cli.run("eval", "mentions", EVAL.resolve("mentions.tsv").toString(), "--format", "json");
        assertEquals(0, run.code(), run.toString());
        JsonNode r = JSON.readTree(run.out());
        assertTrue(r.get("n").asInt() >= 200, "at least 200 annotated sentences");
        assertTrue(r.get("precision").asDouble() >= 0.97, run.out());
        assertTrue(r.get("recall").asDouble() >= 0.97, run.out());
        assertTrue(r.has("f1") && r.has("errors"));
    }

    @Test
    void evalSentimentReadsBothFormatsAndScoresPredictions() throws Exception {
        Path labeled = tmp.resolve("labeled.tsv");
        Files.writeString(labeled, "# comment\npositive\tKubernetes is great.\nnegative\tMesos is terrible.\nneutral\tThe talk was at ten.\n");
        JsonNode r = JSON.readTree(Cli.run("eval", "sentiment", labeled.toString(), "--format", "json").out());
        assertEquals(3, r.get("n").asInt());
        assertEquals(1.0, r.get("accuracy").asDouble());
        assertEquals(1.0, r.get("macro_f1").asDouble());

        Path vader = tmp.resolve("vader.txt");
        Files.writeString(vader, "1\t2.5\tI love it\r\n2\t-3.0\tI hate it\r\n3\t0.1\tIt is a table\r\n");
        Path predictions = tmp.resolve("p.txt");
        Files.writeString(predictions, "0.5\n0.5\n0\n");
        JsonNode p = JSON.readTree(Cli.run("eval", "sentiment", vader.toString(), "--predictions", predictions.toString(),
                "--format", "json").out());
        assertEquals(2.0 / 3, p.get("accuracy").asDouble(), 1e-3, "gold: positive, negative, neutral (0.1/4 < 0.05)");
        assertTrue(p.has("pearson_r"));

        Files.writeString(labeled, "positive only one field\n");
        Run bad = Cli.run("eval", "sentiment", labeled.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("labeled.tsv:1:"), bad.err());
    }

    /** Our figures on the test halves must stay at or above the reference VADER's, measured by bench/sentiment-vs-vader. */
    @Test
    void beatsVaderOnLongFormTestHalvesWhenTheDataIsPresent() throws Exception {
        Path data = Paths.get("..", "shared", "eval", "vader");
        assumeTrue(Files.isDirectory(data), "VADER ground truth not present");
        // name, VADER macro-F1, VADER r (npm vader-sentiment@1.1.3 on the same test halves)
        Object[][] reference = {{"nytEditorialSnippets", 0.528, 0.479}, {"movieReviewSnippets", 0.404, 0.404},
                {"amazonReviewSnippets", 0.528, 0.580}};
        for (Object[] ref : reference) {
            Run run = Cli.run("eval", "sentiment", data.resolve(ref[0] + "_GroundTruth.txt").toString(), "--half", "test", "--format", "json");
            JsonNode r = JSON.readTree(run.out());
            assertTrue(r.get("macro_f1").asDouble() >= (double) ref[1], ref[0] + ": " + run.out());
            assertTrue(r.get("pearson_r").asDouble() >= (double) ref[2], ref[0] + ": " + run.out());
        }
        // tweets: the sentence model brings macro-F1 from 0.703 (the rules alone) to 0.726, past VADER's 0.711 (its weighted F1 and r are not)
        Run tweets = Cli.run("eval", "sentiment", data.resolve("tweets_GroundTruth.txt").toString(), "--half", "test", "--format", "json");
        assertTrue(JSON.readTree(tweets.out()).get("macro_f1").asDouble() >= 0.711, tweets.out());
    }

    /**
     * Per-technology polarity on the held-out test half of the hand-labeled set: the target model was trained on the
     * dev half and on training-only files, never on the test half. The bar is 0.85; the model reaches 0.770
     * today (the rules alone 0.624; see the README). This guards against regressions.
     */
    @Test
    void targetPolarityOnTheHeldOutHalfDoesNotRegress() throws Exception {
        JsonNode r = targetFigures(EVAL.resolve("targets.tsv"), "--half", "test");
        assertTrue(r.get("n").asInt() >= 300);
        assertTrue(r.get("accuracy").asDouble() >= 0.75, r.toString());
    }

    /**
     * The same on the held-out part of the set written blind to the rules and labels (written to be full of
     * comparisons, concessions, negation and irony). Measured 0.798 (the rules alone: 0.429).
     */
    @Test
    void targetPolarityOnTheBlindWrittenSetDoesNotRegress() throws Exception {
        JsonNode r = targetFigures(EVAL.resolve("targets-written-test.tsv"));
        assertTrue(r.get("n").asInt() >= 1000);
        assertTrue(r.get("accuracy").asDouble() >= 0.77, r.toString());
    }

    /**
     * Sentence tone in trip reports, on the held-out test half of the sample corpus' sentences (labeled blind; the
     * sentence model never saw them): measured 0.681 accuracy, 0.661 macro-F1 (the rules alone 0.563, 0.539).
     */
    @Test
    void sentenceToneOnTripReportsBeatsTheRulesAlone() throws Exception {
        JsonNode model = sentenceFigures("--half", "test");
        JsonNode rules = sentenceFigures("--half", "test", "--rules-only");
        assertTrue(model.get("n").asInt() >= 700);
        assertTrue(model.get("accuracy").asDouble() >= 0.65, model.toString());
        assertTrue(model.get("macro_f1").asDouble() >= rules.get("macro_f1").asDouble() + 0.05, model + " vs " + rules);
    }

    /**
     * What the model was trained on, it has learned: a check that training and use read sentences alike (measured
     * 0.944; 0.893 when fold 0 was held out to choose the base).
     */
    @Test
    void theTargetModelFitsItsTrainingHalf() throws Exception {
        assertTrue(targetFigures(EVAL.resolve("targets.tsv"), "--half", "dev").get("accuracy").asDouble() >= 0.92);
    }

    private static JsonNode targetFigures(Path file, String... options) throws Exception {
        return evalFigures("targets", file, options);
    }

    private static JsonNode sentenceFigures(String... options) throws Exception {
        return evalFigures("sentiment", EVAL.resolve("sentences.tsv"), options);
    }

    /** {@code reportstats eval KIND FILE --format json OPTIONS}, which must succeed, as JSON. */
    private static JsonNode evalFigures(String kind, Path file, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("eval", kind, file.toString(), "--format", "json"));
        args.addAll(List.of(options));
        Run run = Cli.run(args.toArray(new String[0]));
        assertEquals(0, run.code(), run.toString());
        return JSON.readTree(run.out());
    }

    @Test
    void theHalvesOfTheTargetSetSplitItBySentence() throws Exception {
        int[] n = new int[3];
        String[] halves = {"all", "dev", "test"};
        for (int h = 0; h < 3; h++) {
            Run run = Cli.run("eval", "targets", EVAL.resolve("targets.tsv").toString(), "--half", halves[h], "--format", "json");
            n[h] = JSON.readTree(run.out()).get("n").asInt();
        }
        assertEquals(n[0], n[1] + n[2]);
        assertTrue(n[1] > n[0] / 3 && n[2] > n[0] / 3, n[1] + " / " + n[2]);
        Path file = Files.writeString(tmp.resolve("t.tsv"), "positive\tKubernetes\tKubernetes is winning.\n"
                + "neutral\tMesos\tKubernetes is winning.\n");
        JsonNode dev = JSON.readTree(Cli.run("eval", "targets", file.toString(), "--half", "dev", "--format", "json").out());
        JsonNode test = JSON.readTree(Cli.run("eval", "targets", file.toString(), "--half", "test", "--format", "json").out());
        assertEquals(2, (dev == null || dev.get("n") == null ? 0 : dev.get("n").asInt())
                + (test == null || test.get("n") == null ? 0 : test.get("n").asInt()), "both lines of one sentence in one half");
    }

    @Test
    void searchFiltersByTheToneAboutATechnology() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("c"));
        Files.writeString(corpus.resolve("a.md"), "---\nevent: KubeCon Europe 2017\n---\n"
                + "Kubernetes is winning while Mesos is fading out. Mesos is rock solid for data.\n");
        Run run = Cli.run("search", "", "--tech", "Mesos", "--sentiment", "negative", "--corpus", corpus.toString(),
                "--index", tmp.resolve("i").toString(), "--format", "json");
        JsonNode r = JSON.readTree(run.out());
        assertEquals(1, r.get("total").asInt(), run.out());
        assertTrue(r.get("hits").get(0).get("sentence").asText().startsWith("Kubernetes is winning"));
    }
}
