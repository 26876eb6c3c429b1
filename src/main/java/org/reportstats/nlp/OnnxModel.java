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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A fine-tuned transformer shipped in the jar ({@code models/neural/}), run by ONNX Runtime: int8 weights, one thread
 * per call (indexing threads do not compete), one sentence per call. Activations are quantized per call, over the
 * whole input, so a sentence padded into a batch would get slightly different answers than alone: sentences are
 * never batched. Thread-safe.
 */
final class OnnxModel {
    static final String VOCAB_RESOURCE = "/models/neural/vocab.txt";
    /** Word pieces a model reads, as in training (with [CLS] and [SEP], 128): longer sentences are cut. */
    static final int MAX_PIECES = 126;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String name;

    private OnnxModel(OrtEnvironment environment, OrtSession session, String name) {
        this.environment = environment;
        this.session = session;
        this.name = name;
    }

    /** A model loaded on first use, once; a load that failed is tried again on the next call. */
    static final class Lazy<T> {
        private final Supplier<T> loader;
        private volatile T value;

        Lazy(Supplier<T> loader) {
            this.loader = loader;
        }

        T get() {
            T loaded = value;
            if (loaded == null) {
                synchronized (this) {
                    if (value == null) {
                        value = loader.get();
                    }
                    loaded = value;
                }
            }
            return loaded;
        }
    }

    /** The word-piece tokenizer of every model (the base model's vocabulary). */
    static WordPieceTokenizer tokenizer() {
        return Vocabulary.TOKENIZER;
    }

    private static final class Vocabulary {
        static final WordPieceTokenizer TOKENIZER = WordPieceTokenizer.read(new ByteArrayInputStream(bytes(VOCAB_RESOURCE)));
    }

    /** The pieces of {@code text} a model reads: its first {@value #MAX_PIECES}. */
    static List<WordPieceTokenizer.Piece> pieces(String text) {
        List<WordPieceTokenizer.Piece> pieces = tokenizer().tokenize(text);
        return pieces.size() > MAX_PIECES ? pieces.subList(0, MAX_PIECES) : pieces;
    }

    /** {@code [CLS]} + the pieces' ids + {@code [SEP]}. */
    static long[] ids(List<WordPieceTokenizer.Piece> pieces) {
        long[] ids = new long[pieces.size() + 2];
        ids[0] = tokenizer().classifyId();
        for (int p = 0; p < pieces.size(); p++) {
            ids[p + 1] = pieces.get(p).id();
        }
        ids[ids.length - 1] = tokenizer().separatorId();
        return ids;
    }

    /**
     * Loads the model at {@code resource}; {@code name} ("the target model") names it in errors.
     *
     * @throws ModelException when ONNX Runtime or the model cannot be loaded on this machine
     */
    static OnnxModel load(String resource, String name) {
        OrtEnvironment environment;
        try {
            environment = OrtEnvironment.getEnvironment();
        } catch (LinkageError e) {
            // ONNX Runtime unpacks its native library into java.io.tmpdir and loads it from there
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ModelException(name + " needs ONNX Runtime's native library, which did not load ("
                    + cause.getMessage() + "); if " + System.getProperty("java.io.tmpdir") + " does not allow running"
                    + " programs, point REPORTSTATS_JAVA_OPTS=-Djava.io.tmpdir=DIR at a folder that does", e);
        }
        try {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            // the embedding table is stored as int8 + DequantizeLinear: fold it into floats once, at load
            options.addConfigEntry("session.disable_quant_qdq", "1");
            return new OnnxModel(environment, environment.createSession(bytes(resource), options), name);
        } catch (OrtException e) {
            throw new ModelException("cannot load " + name + " " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The model's first output for one sentence of word-piece ids (batch of one, the batch axis dropped). */
    Object run(long[] ids) {
        long[] shape = {1, ids.length};
        long[] mask = new long[ids.length];
        Arrays.fill(mask, 1);
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                     "token_type_ids", typeTensor))) {
            return ((Object[]) result.get(0).getValue())[0];
        } catch (OrtException e) {
            throw new IllegalStateException(name + " failed: " + e.getMessage(), e);
        }
    }

    /** A model's identity without loading it: the SHA-256 written beside it when it was trained. */
    static String fingerprint(String resource) {
        return new String(bytes(resource), StandardCharsets.US_ASCII).strip();
    }

    static byte[] bytes(String resource) {
        try (InputStream in = OnnxModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
