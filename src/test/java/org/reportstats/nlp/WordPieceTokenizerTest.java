package org.reportstats.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {
    /** A small vocabulary: the line number is the id. */
    private static final WordPieceTokenizer TOKENIZER = WordPieceTokenizer.read(new ByteArrayInputStream(String.join("\n",
            "[PAD]", "[UNK]", "[CLS]", "[SEP]", "k8s", "is", "great", "!", "cafe", "kube", "##rnetes", "##s", ",", "的").getBytes(StandardCharsets.UTF_8)));

    private static List<String> pieces(String text) {
        return TOKENIZER.tokenize(text).stream().map(p -> p.id() + "@" + p.start() + "-" + p.end()).toList();
    }

    @Test
    void splitsOnSpaceAndPunctuationLowerCasedWithOffsets() {
        assertEquals(List.of("4@0-3", "5@4-6", "6@7-12", "7@12-13"), pieces("K8s is GREAT!"));
    }

    @Test
    void continuesLongWordsWithHashPieces() {
        assertEquals(List.of("9@0-4", "10@4-10", "11@10-11"), pieces("Kubernetess"));
    }

    @Test
    void stripsAccentsAndKeepsOffsetsOfTheWordAsWritten() {
        assertEquals(List.of("8@0-4"), pieces("café"));
    }

    @Test
    void unknownWordsAndIdeographsStandAlone() {
        assertEquals(List.of("1@0-5", "12@5-6", "13@7-8"), pieces("zzzzz, 的"));
        assertEquals(2, TOKENIZER.classifyId());
        assertEquals(3, TOKENIZER.separatorId());
    }
}
