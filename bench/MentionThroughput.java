import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.reportstats.tech.MentionDetector;
import org.reportstats.tech.Taxonomy;
import org.reportstats.tech.TaxonomyLoader;

/**
 * Single-threaded throughput of MentionDetector.detect over every line of every file of a corpus (markup
 * included, as grep sees it), for comparison with {@code grep -c -i -E}.
 *
 * <pre>java -cp reportstats.jar bench/MentionThroughput.java CORPUS</pre>
 *
 * The clock covers reading (UTF-8 decode), splitting into lines and detection; not the taxonomy load, which is
 * reported separately. Prints bytes, lines, mentions, lines with a mention, seconds and MB/s (MB = 10^6 bytes).
 */
public final class MentionThroughput {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        long l0 = System.nanoTime();
        Taxonomy taxonomy = TaxonomyLoader.loadDefault();
        MentionDetector detector = new MentionDetector(taxonomy);
        double loadMs = (System.nanoTime() - l0) / 1e6;
        long bytes = 0;
        long lines = 0;
        long mentions = 0;
        long linesWith = 0;
        long t0 = System.nanoTime();
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            bytes += b.length;
            String text = new String(b, StandardCharsets.UTF_8);
            for (String line : (Iterable<String>) text.lines()::iterator) {
                lines++;
                if (line.isEmpty()) {
                    continue;
                }
                int n = detector.detect(line).size();
                mentions += n;
                if (n > 0) {
                    linesWith++;
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "mention-throughput files=%d bytes=%d lines=%d mentions=%d lines_with_mention=%d load_ms=%.0f seconds=%.3f MB/s=%.2f%n",
                files.size(), bytes, lines, mentions, linesWith, loadMs, secs, bytes / 1e6 / secs);
    }
}
