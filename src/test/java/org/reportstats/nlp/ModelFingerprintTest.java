package org.reportstats.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Each model's .sha256 (written beside it by its export script) is the model's hash: indexes built by another model are rebuilt. */
class ModelFingerprintTest {
    @Test
    void theTargetModelsFingerprintIsItsHash() throws Exception {
        assertEquals(sha256("targets-bge-small.onnx"), NeuralTargets.fingerprint(), "models/neural/targets-bge-small.sha256 must be the SHA-256 of the model (export.py writes both)");
    }

    @Test
    void theSentenceModelsFingerprintIsItsHash() throws Exception {
        assertEquals(sha256("sentences-minilm.onnx"), NeuralSentences.fingerprint(),
                "models/neural/sentences-minilm.sha256 must be the SHA-256 of the model (export_sentences.py writes both)");
    }

    private static String sha256(String model) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("models", "neural", model));
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
