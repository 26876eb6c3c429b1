package org.reportstats.nlp;

import java.util.List;

/**
 * The tone of a whole sentence from a small transformer fine-tuned for it: MiniLM-L6 (all-MiniLM-L6-v2, as published
 * on Maven Central by langchain4j) with a linear head over {@code [CLS]}, trained on the development halves of the
 * VADER ground truth (tweets, editorials, movie and product reviews) and on trip-report sentences (see
 * {@code models/neural/SOURCES.md}). One forward pass per sentence; its first {@value OnnxModel#MAX_PIECES} word
 * pieces. Loaded on first use; thread-safe.
 */
public final class NeuralSentences {
    static final String MODEL_RESOURCE = "/models/neural/sentences-minilm.onnx";
    static final String FINGERPRINT_RESOURCE = "/models/neural/sentences-minilm.sha256";

    private static final OnnxModel.Lazy<NeuralSentences> STANDARD =
            new OnnxModel.Lazy<>(() -> new NeuralSentences(OnnxModel.load(MODEL_RESOURCE, "the sentence model")));

    private final OnnxModel model;

    private NeuralSentences(OnnxModel model) {
        this.model = model;
    }

    /**
     * The model shipped in the jar, loaded on first use.
     *
     * @throws ModelException when ONNX Runtime or the model cannot be loaded on this machine
     */
    public static NeuralSentences standard() {
        return STANDARD.get();
    }

    /** Identifies the shipped model without loading it (its SHA-256, written beside it when it is trained). */
    public static String fingerprint() {
        return Fingerprint.VALUE;
    }

    private static final class Fingerprint {
        static final String VALUE = OnnxModel.fingerprint(FINGERPRINT_RESOURCE);
    }

    /** Which words of {@code text} carry {@code whole}, the model's verdict about it (see {@link Occlusion}). */
    public String carriers(String text, ModelVerdict whole) {
        Occlusion occlusion = new Occlusion(text, List.of());
        return occlusion.carriers(whole, occlusion.variants().stream().map(this::classify).toList());
    }

    /** The model's verdict about {@code text}. */
    public ModelVerdict classify(String text) {
        float[] logits = (float[]) model.run(OnnxModel.ids(OnnxModel.pieces(text)));
        return ModelVerdict.of(new double[] {logits[0], logits[1], logits[2]});
    }
}
