import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reportstats.analysis.LabeledFile;
import org.reportstats.nlp.NeuralTargets;
import org.reportstats.nlp.Pipeline;
import org.reportstats.tech.Mention;
import org.reportstats.tech.Technology;

/**
 * Writes labeled (sentence, technology) pairs as the target model reads them, with reportstats' own mention
 * detector and word-piece tokenizer, so that training and use see the same pieces:
 * {@code label<TAB>technology<TAB>ids<TAB>positions<TAB>sentence}. Pairs whose technology the detector does not
 * find teach nothing about tone and are left out (and counted).
 *
 * <p>Usage: {@code java -cp target/reportstats.jar models/neural/train/ExportPieces.java OUT FILE[:dev] ...};
 * {@code :dev} keeps only the development half of a file (the split of {@code reportstats eval --half}).
 */
public class ExportPieces {
    public static void main(String[] args) throws Exception {
        Pipeline pipeline = Pipeline.load(Optional.empty());
        int written = 0;
        int missed = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
                boolean devOnly = arg.endsWith(":dev");
                Path file = Path.of(devOnly ? arg.substring(0, arg.length() - 4) : arg);
                for (LabeledFile.Line line : LabeledFile.read(file, 3, 3)) {
                    String sentence = line.fields().get(2);
                    if (devOnly && inTestHalf(sentence)) {
                        continue;
                    }
                    String technology = pipeline.taxonomy().find(line.fields().get(1).strip()).map(Technology::name)
                            .orElseThrow(() -> new IllegalArgumentException(file + ":" + line.number() + ": unknown technology"));
                    List<Mention> mentions = pipeline.mentionDetector().detect(sentence);
                    NeuralTargets.Input input = NeuralTargets.input(sentence, mentions);
                    int[] positions = input.targets().get(technology);
                    if (positions == null) {
                        missed++;
                        continue;
                    }
                    out.println(String.join("\t", line.fields().get(0).strip().toLowerCase(Locale.ROOT), technology,
                            Arrays.stream(input.ids()).mapToObj(Long::toString).collect(Collectors.joining(" ")),
                            Arrays.stream(positions).mapToObj(Integer::toString).collect(Collectors.joining(" ")),
                            sentence.strip()));
                    written++;
                }
            }
        }
        System.out.printf("%d pairs written, %d left out (technology not detected)%n", written, missed);
    }

    /** The split of {@code eval --half}: the lowest bit of the first byte of the sentence's SHA-256. */
    static boolean inTestHalf(String sentence) throws Exception {
        byte[] h = MessageDigest.getInstance("SHA-256").digest(sentence.strip().getBytes(StandardCharsets.UTF_8));
        return (h[0] & 1) == 1;
    }
}
