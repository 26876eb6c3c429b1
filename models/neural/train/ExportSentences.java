import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.reportstats.analysis.SentimentEvaluation;
import org.reportstats.analysis.SentimentEvaluation.Half;
import org.reportstats.nlp.NeuralTargets;

/**
 * Writes the development halves of sentence-labeled files (the VADER ground truth, or {@code label<TAB>text}) as
 * the sentence model reads them, with reportstats' own word-piece tokenizer:
 * {@code set<TAB>id<TAB>label<TAB>fold<TAB>ids<TAB>text}. The test halves (the split of
 * {@code reportstats eval sentiment --half}) are never written. {@code fold} (0–4, the second byte of the SHA-256 of
 * the id) sets aside fold 0 for choosing settings.
 *
 * <p>Usage: {@code java -cp target/reportstats.jar models/neural/train/ExportSentences.java OUT FILE ...}
 */
public class ExportSentences {
    public static void main(String[] args) throws Exception {
        int written = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
                Path file = Path.of(arg);
                String set = file.getFileName().toString().replaceAll("(_GroundTruth)?\\.(txt|tsv)$", "");
                for (SentimentEvaluation.Item item : SentimentEvaluation.read(file, Half.DEV)) {
                    byte[] hash = MessageDigest.getInstance("SHA-256").digest(item.id().strip().getBytes(StandardCharsets.UTF_8));
                    long[] ids = NeuralTargets.input(item.text(), List.of()).ids();
                    out.println(String.join("\t", set, item.id().replaceAll("\\s+", " "), item.gold(), Integer.toString((hash[1] & 0xff) % 5),
                            Arrays.stream(ids).mapToObj(Long::toString).collect(Collectors.joining(" ")),
                            item.text().replaceAll("\\s+", " ").strip()));
                    written++;
                }
            }
        }
        System.out.printf("%d sentences written%n", written);
    }
}
