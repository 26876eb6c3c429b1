import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reportstats.analysis.Period;
import org.reportstats.analysis.TrendAnalyzer;
import org.reportstats.analysis.TrendRequest;
import org.reportstats.analysis.TrendResult;
import org.reportstats.index.ReportSearcher;
import org.reportstats.tech.Taxonomy;
import org.reportstats.tech.TaxonomyLoader;

/**
 * In-process time of TrendAnalyzer.analyze (Kubernetes, Mesos, Docker Swarm, Nomad by event) on a committed index.
 *
 * <pre>java -cp reportstats.jar bench/TrendsLatency.java INDEXDIR [RUNS]</pre>
 *
 * Prints the first (cold JIT) call and the median/min/max of RUNS (default 5) further calls, in ms.
 */
public final class TrendsLatency {
    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Taxonomy taxonomy = TaxonomyLoader.loadDefault();
        TrendRequest request = new TrendRequest(List.of("Kubernetes", "Mesos", "Docker Swarm", "Nomad"), false,
                Period.EVENT, Optional.empty(), Optional.empty());
        try (ReportSearcher searcher = ReportSearcher.open(index)) {
            long t = System.nanoTime();
            TrendResult first = TrendAnalyzer.analyze(searcher, taxonomy, request);
            double firstMs = (System.nanoTime() - t) / 1e6;
            double[] ms = new double[runs];
            int h = first.hashCode();
            for (int i = 0; i < runs; i++) {
                t = System.nanoTime();
                TrendResult r = TrendAnalyzer.analyze(searcher, taxonomy, request);
                ms[i] = (System.nanoTime() - t) / 1e6;
                h ^= r.hashCode();
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "trends-latency first_ms=%.1f median_ms=%.1f min_ms=%.1f max_ms=%.1f runs=%d (sink %d)%n",
                    firstMs, ms[runs / 2], ms[0], ms[runs - 1], runs, h & 0xff);
        }
    }
}
