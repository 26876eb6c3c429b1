import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reportstats.analysis.SentimentEvaluation.Half;
import org.reportstats.analysis.TargetEvaluation;
import org.reportstats.nlp.NeuralTargets;
import org.reportstats.nlp.Pipeline;
import org.reportstats.tech.Mention;

/**
 * Writes labeled (sentence, technology) pairs as the target model reads them, with reportstats' own mention
 * detector and word-piece tokenizer, so that training and use see the same pieces:
 * {@code label<TAB>technology<TAB>ids<TAB>positions<TAB>sentence}. Pairs whose technology the detector does not
 * find teach nothing about tone and are left out (and counted).
 *
 * <p>Usage: {@code java -cp target/reportstats.jar models/neural/train/ExportPieces.java OUT FILE[:dev] ...};
 * {@code :dev} keeps only the development half of a file (the split of {@code reportstats eval --half}). The file is
 * read as {@code eval targets} reads it.
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
                for (TargetEvaluation.Pair pair : TargetEvaluation.read(file, devOnly ? Half.DEV : Half.ALL, pipeline.taxonomy())) {
                    List<Mention> mentions = pipeline.mentionDetector().detect(pair.sentence());
                    NeuralTargets.Input input = NeuralTargets.input(pair.sentence(), mentions);
                    int[] positions = input.targets().get(pair.technology());
                    if (positions == null) {
                        missed++;
                        continue;
                    }
                    out.println(String.join("\t", pair.gold(), pair.technology(),
                            Arrays.stream(input.ids()).mapToObj(Long::toString).collect(Collectors.joining(" ")),
                            Arrays.stream(positions).mapToObj(Integer::toString).collect(Collectors.joining(" ")),
                            pair.sentence().strip()));
                    written++;
                }
            }
        }
        System.out.printf("%d pairs written, %d left out (technology not detected)%n", written, missed);
    }
}
