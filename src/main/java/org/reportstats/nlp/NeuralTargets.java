package org.reportstats.nlp;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportstats.tech.Mention;

/**
 * The tone about each technology a sentence names, from a small transformer fine-tuned for it: MiniLM-L6
 * (all-MiniLM-L6-v2, as published on Maven Central by langchain4j) trained on labeled (sentence, technology)
 * pairs, with a linear head over the technology's word pieces and the sentence's {@code [CLS]} (see
 * {@code models/neural/SOURCES.md}). One forward pass reads the whole sentence; the model answers for every
 * word piece, and a technology's answer is the mean over the pieces of its mentions. Weights are int8 and run
 * in ONNX Runtime on one thread per call, so that indexing threads do not compete. Loaded on first use;
 * thread-safe.
 */
public final class NeuralTargets {
    static final String MODEL_RESOURCE = "/models/neural/targets-minilm.onnx";
    static final String VOCAB_RESOURCE = "/models/neural/vocab.txt";
    static final String FINGERPRINT_RESOURCE = "/models/neural/targets-minilm.sha256";
    /** Word pieces the model reads, as in training (with [CLS] and [SEP], 128): longer sentences are cut. */
    static final int MAX_PIECES = 126;
    /** A word for --explain's blanking: letters and digits, with inner apostrophes and hyphens. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    /** The model's answer about one technology. */
    public record Verdict(double positive, double neutral, double negative) {
        public SentimentLabel label() {
            return positive >= neutral && positive >= negative ? SentimentLabel.POSITIVE
                    : negative > neutral ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        }

        /** P(positive) − P(negative), kept inside the band of {@link #label()} so that score and label agree. */
        public double score() {
            double margin = positive - negative;
            return switch (label()) {
                case POSITIVE -> Math.max(SentimentLabel.NEUTRAL_BAND, margin);
                case NEGATIVE -> Math.min(-SentimentLabel.NEUTRAL_BAND, margin);
                default -> Math.max(-SentimentLabel.NEUTRAL_BAND / 2, Math.min(SentimentLabel.NEUTRAL_BAND / 2, margin));
            };
        }
    }

    /**
     * A sentence as the model reads it: word-piece ids ({@code [CLS]} … {@code [SEP]}) and, per technology, the
     * positions of its pieces. Training data is exported in this form, so that training and use read alike.
     */
    public record Input(long[] ids, Map<String, int[]> targets) {
    }

    private final OrtEnvironment environment;
    private final OrtSession session;

    private NeuralTargets(OrtEnvironment environment, OrtSession session) {
        this.environment = environment;
        this.session = session;
    }

    private static final class Vocabulary {
        static final WordPieceTokenizer TOKENIZER = WordPieceTokenizer.read(new ByteArrayInputStream(bytes(VOCAB_RESOURCE)));
    }

    private static volatile NeuralTargets standard;

    /**
     * The model shipped in the jar, loaded on first use.
     *
     * @throws TargetModelException when ONNX Runtime or the model cannot be loaded on this machine
     */
    public static NeuralTargets standard() {
        NeuralTargets model = standard;
        if (model == null) {
            synchronized (NeuralTargets.class) {
                if (standard == null) {
                    standard = load();
                }
                model = standard;
            }
        }
        return model;
    }

    /** Identifies the shipped model without loading it (its SHA-256, written beside it when it is trained). */
    public static String fingerprint() {
        return Fingerprint.VALUE;
    }

    private static final class Fingerprint {
        static final String VALUE = new String(bytes(FINGERPRINT_RESOURCE), StandardCharsets.US_ASCII).strip();
    }

    /** The model's verdict about every technology of {@code mentions} that it can see (not cut off). */
    public Map<String, Verdict> classify(String text, List<Mention> mentions) {
        return classify(List.of(text), List.of(mentions)).get(0);
    }

    /**
     * The same for several sentences. Each is read on its own: activations are quantized per call, over the whole
     * input, so a sentence padded into a batch would get slightly different answers than alone.
     */
    public List<Map<String, Verdict>> classify(List<String> texts, List<List<Mention>> mentions) {
        List<Map<String, Verdict>> verdicts = new ArrayList<>();
        for (int s = 0; s < texts.size(); s++) {
            Input input = input(texts.get(s), mentions.get(s));
            Map<String, Verdict> bySentence = new LinkedHashMap<>();
            if (!input.targets().isEmpty()) {
                float[][] logits = run(input.ids());
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
    public Map<String, String> carriers(String text, List<Mention> mentions, Map<String, Verdict> verdicts) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (mentions.stream().noneMatch(x -> s < x.end() && e > x.start())) {
                words.add(new int[] {s, e});
            }
        }
        List<String> variants = new ArrayList<>();
        for (int[] w : words) {
            variants.add(text.substring(0, w[0]) + " ".repeat(w[1] - w[0]) + text.substring(w[1]));
        }
        List<Map<String, Verdict>> without = classify(variants, Collections.nCopies(variants.size(), mentions));
        record Drop(String word, double drop) {
        }
        Map<String, String> carriers = new LinkedHashMap<>();
        verdicts.forEach((technology, whole) -> {
            List<Drop> drops = new ArrayList<>();
            for (int w = 0; w < words.size(); w++) {
                double drop = probability(whole, whole.label()) - probability(without.get(w).get(technology), whole.label());
                if (drop >= 0.02) {
                    drops.add(new Drop(text.substring(words.get(w)[0], words.get(w)[1]), drop));
                }
            }
            drops.sort(Comparator.comparingDouble(Drop::drop).reversed());
            carriers.put(technology, drops.isEmpty() ? "no single word carries it (the sentence as a whole does)"
                    : "carried by " + String.join(", ", drops.stream().limit(3)
                            .map(d -> String.format(Locale.ROOT, "\"%s\" %.2f", d.word(), d.drop())).toList()));
        });
        return carriers;
    }

    private static double probability(Verdict v, SentimentLabel label) {
        return switch (label) {
            case POSITIVE -> v.positive();
            case NEGATIVE -> v.negative();
            default -> v.neutral();
        };
    }

    /** What the model reads of {@code text}: its first {@value #MAX_PIECES} word pieces and where each technology is. */
    public static Input input(String text, List<Mention> mentions) {
        WordPieceTokenizer tokenizer = Vocabulary.TOKENIZER;
        List<WordPieceTokenizer.Piece> pieces = tokenizer.tokenize(text);
        if (pieces.size() > MAX_PIECES) {
            pieces = pieces.subList(0, MAX_PIECES);
        }
        long[] ids = new long[pieces.size() + 2];
        ids[0] = tokenizer.classifyId();
        ids[ids.length - 1] = tokenizer.separatorId();
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int p = 0; p < pieces.size(); p++) {
            WordPieceTokenizer.Piece piece = pieces.get(p);
            ids[p + 1] = piece.id();
            for (Mention m : mentions) {
                if (piece.start() < m.end() && piece.end() > m.start()) {
                    positions.computeIfAbsent(m.technology(), k -> new ArrayList<>()).add(p + 1);
                    break;
                }
            }
        }
        Map<String, int[]> targets = new LinkedHashMap<>();
        positions.forEach((technology, at) -> targets.put(technology, at.stream().mapToInt(Integer::intValue).toArray()));
        return new Input(ids, targets);
    }

    private float[][] run(long[] ids) {
        long[] shape = {1, ids.length};
        long[] mask = new long[ids.length];
        Arrays.fill(mask, 1);
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                     "token_type_ids", typeTensor))) {
            return ((float[][][]) result.get(0).getValue())[0];
        } catch (OrtException e) {
            throw new IllegalStateException("the target model failed: " + e.getMessage(), e);
        }
    }

    /** Softmax of the mean logits over a technology's pieces (the head is linear, so this is the head of the mean). */
    private static Verdict verdict(float[][] logits, int[] positions) {
        double[] mean = new double[3];
        for (int p : positions) {
            for (int c = 0; c < 3; c++) {
                mean[c] += logits[p][c] / positions.length;
            }
        }
        double max = Math.max(mean[0], Math.max(mean[1], mean[2]));
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            mean[c] = Math.exp(mean[c] - max);
            sum += mean[c];
        }
        return new Verdict(mean[0] / sum, mean[1] / sum, mean[2] / sum);
    }

    private static NeuralTargets load() {
        OrtEnvironment environment;
        try {
            environment = OrtEnvironment.getEnvironment();
        } catch (LinkageError e) {
            // ONNX Runtime unpacks its native library into java.io.tmpdir and loads it from there
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new TargetModelException("the target model needs ONNX Runtime's native library, which did not load ("
                    + cause.getMessage() + "); if " + System.getProperty("java.io.tmpdir") + " does not allow running"
                    + " programs, point REPORTSTATS_JAVA_OPTS=-Djava.io.tmpdir=DIR at a folder that does", e);
        }
        try {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            // the embedding table is stored as int8 + DequantizeLinear: fold it into floats once, at load
            options.addConfigEntry("session.disable_quant_qdq", "1");
            return new NeuralTargets(environment, environment.createSession(bytes(MODEL_RESOURCE), options));
        } catch (OrtException e) {
            throw new TargetModelException("cannot load the target model " + MODEL_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = NeuralTargets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
