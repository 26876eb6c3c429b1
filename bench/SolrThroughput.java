import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.reportstats.cli.ReportStats;

/**
 * Indexing throughput of the local engine against an in-JVM SolrCloud (2 nodes, a 2-shard collection), on the
 * same corpus, in the same JVM, through the CLI entry point. Runs alternate (local, solr, local, …) after one
 * warm-up run of each; prints every run and the medians.
 *
 * <pre>java -cp TEST_CLASSPATH bench/SolrThroughput.java CORPUS WORKDIR [RUNS]</pre>
 */
public final class SolrThroughput {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        System.setProperty("solr.log.dir", work.resolve("solr-logs").toString());
        long bytes;
        try (var files = Files.walk(corpus)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, work.resolve("solr")).build();
        try {
            String zk = cluster.getZkServer().getZkAddress();
            String[] solr = {"index", "--corpus", corpus.toString(), "--engine", "solr", "--zk", zk, "--collection", "bench"};
            String[] local = {"index", "--corpus", corpus.toString(), "--index", work.resolve("local-index").toString()};
            run(concat(solr, "--create", "--shards", "2", "--replicas", "1", "--rebuild"));
            run(concat(local, "--rebuild"));
            List<Long> localMs = new ArrayList<>();
            List<Long> solrMs = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                localMs.add(run(concat(local, "--rebuild")));
                solrMs.add(run(concat(solr, "--rebuild")));
                System.out.printf("run %d: local %d ms, solr %d ms%n", i + 1, localMs.get(i), solrMs.get(i));
            }
            long l = median(localMs);
            long s = median(solrMs);
            System.out.printf("corpus %.1f MB; median local %d ms (%.2f MB/s), solr %d ms (%.2f MB/s), solr/local time %.2f%n",
                    bytes / 1e6, l, bytes / 1e3 / l, s, bytes / 1e3 / s, (double) s / l);
        } finally {
            cluster.shutdown();
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static long run(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = ReportStats.commandLine(new PrintWriter(out), new PrintWriter(err), false).execute(args);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (code != 0) {
            throw new IllegalStateException("exit " + code + ": " + err);
        }
        return ms;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
