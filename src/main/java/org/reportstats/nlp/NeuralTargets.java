package org.reportstats.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportstats.tech.Mention;

/**
 * The tone about each technology a sentence names, from a small transformer fine-tuned for it: bge-small
 * (BAAI/bge-small-en-v1.5, 12 layers, as published on Maven Central by langchain4j) trained on labeled (sentence,
 * technology) pairs, with a linear head over the technology's word pieces and the sentence's {@code [CLS]} (see
 * {@code models/neural/SOURCES.md}). One forward pass reads the whole sentence; the model answers for every
 * word piece, and a technology's answer is the mean over the pieces of its mentions. Weights are int8 and run
 * in ONNX Runtime on one thread per call, so that indexing threads do not compete. Loaded on first use;
 * thread-safe.
 */
public final class NeuralTargets {
    static final String MODEL_RESOURCE = "/models/neural/targets-bge-small.onnx";
    static final String FINGERPRINT_RESOURCE = "/models/neural/targets-bge-small.sha256";
    /** Word pieces the model reads, as in training (with [CLS] and [SEP], 128): longer sentences are cut. */
    static final int MAX_PIECES = OnnxModel.MAX_PIECES;

    /**
     * A sentence as the model reads it: word-piece ids ({@code [CLS]} … {@code [SEP]}) and, per technology, the
     * positions of its pieces. Training data is exported in this form, so that training and use read alike.
     */
    public record Input(long[] ids, Map<String, int[]> targets) {
    }

    private final OnnxModel model;

    private NeuralTargets(OnnxModel model) {
        this.model = model;
    }

    private static final OnnxModel.Lazy<NeuralTargets> STANDARD =
            new OnnxModel.Lazy<>(() -> new NeuralTargets(OnnxModel.load(MODEL_RESOURCE, "the target model")));

    /**
     * The model shipped in the jar, loaded on first use.
     *
     * @throws ModelException when ONNX Runtime or the model cannot be loaded on this machine
     */
    public static NeuralTargets standard() {
        return STANDARD.get();
    }

    /** Identifies the shipped model without loading it (its SHA-256, written beside it when it is trained). */
    public static String fingerprint() {
        return Fingerprint.VALUE;
    }

    private static final class Fingerprint {
        static final String VALUE = OnnxModel.fingerprint(FINGERPRINT_RESOURCE);
    }

    /** The model's verdict about every technology of {@code mentions} that it can see (not cut off). */
    public Map<String, ModelVerdict> classify(String text, List<Mention> mentions) {
        return classify(List.of(text), List.of(mentions)).get(0);
    }

    /**
     * The same for several sentences. Each is read on its own: activations are quantized per call, over the whole
     * input, so a sentence padded into a batch would get slightly different answers than alone.
     */
    public List<Map<String, ModelVerdict>> classify(List<String> texts, List<List<Mention>> mentions) {
        List<Map<String, ModelVerdict>> verdicts = new ArrayList<>();
        for (int s = 0; s < texts.size(); s++) {
            Input input = input(texts.get(s), mentions.get(s));
            Map<String, ModelVerdict> bySentence = new LinkedHashMap<>();
            if (!input.targets().isEmpty()) {
                float[][] logits = (float[][]) model.run(input.ids());
                input.targets().forEach((technology, positions) -> bySentence.put(technology, verdict(logits, positions)));
            }
            verdicts.add(bySentence);
        }
        return verdicts;
    }

    /**
     * Which words carry the model's verdict about each technology of {@code verdicts} (the model's answers for
     * {@code text}): each word outside the mentions is blanked in turn (spaces, so offsets hold) and the drop in the
     * probability of the verdict's label is measured; the three largest drops are reported, e.g.
     * {@code carried by "fading" 0.58, "winning" 0.21}. One pass per word serves every technology: for --explain.
     */
    public Map<String, String> carriers(String text, List<Mention> mentions, Map<String, ModelVerdict> verdicts) {
        Occlusion occlusion = new Occlusion(text, mentions);
        List<String> variants = occlusion.variants();
        List<Map<String, ModelVerdict>> without = classify(variants, Collections.nCopies(variants.size(), mentions));
        Map<String, String> carriers = new LinkedHashMap<>();
        verdicts.forEach((technology, whole) ->
                carriers.put(technology, occlusion.carriers(whole, without.stream().map(v -> v.get(technology)).toList())));
        return carriers;
    }

    /** What the model reads of {@code text}: its first {@value #MAX_PIECES} word pieces and where each technology is. */
    public static Input input(String text, List<Mention> mentions) {
        List<WordPieceTokenizer.Piece> pieces = OnnxModel.pieces(text);
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int p = 0; p < pieces.size(); p++) {
            WordPieceTokenizer.Piece piece = pieces.get(p);
            for (Mention m : mentions) {
                if (piece.start() < m.end() && piece.end() > m.start()) {
                    positions.computeIfAbsent(m.technology(), k -> new ArrayList<>()).add(p + 1);
                    break;
                }
            }
        }
        Map<String, int[]> targets = new LinkedHashMap<>();
        positions.forEach((technology, at) -> targets.put(technology, at.stream().mapToInt(Integer::intValue).toArray()));
        return new Input(OnnxModel.ids(pieces), targets);
    }

    /** Softmax of the mean logits over a technology's pieces (the head is linear, so this is the head of the mean). */
    private static ModelVerdict verdict(float[][] logits, int[] positions) {
        double[] mean = new double[3];
        for (int p : positions) {
            for (int c = 0; c < 3; c++) {
                mean[c] += logits[p][c] / positions.length;
            }
        }
        return ModelVerdict.of(mean);
    }
}
