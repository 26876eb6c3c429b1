package org.reportstats.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportstats.testing.Cli;
import org.reportstats.testing.Cli.Run;

/**
 * The Solr engine against an in-JVM SolrCloud of two nodes with embedded ZooKeeper: the bundled corpus is
 * indexed through the CLI into a two-shard collection, and search hits and the trends CSV must equal the
 * local engine's on the same corpus.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double EPSILON = 1e-9;

    @TempDir
    static Path tmp;

    private static MiniSolrCloudCluster cluster;
    private static String zk;

    @BeforeAll
    static void startCluster() throws Exception {
        System.setProperty("solr.log.dir", tmp.resolve("solr-logs").toString());
        cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("solr")).build();
        zk = cluster.getZkServer().getZkAddress();
        Run created = Cli.run("index", "--corpus", Cli.bundledCorpus().toString(), "--engine", "solr", "--zk", zk,
                "--collection", "reports", "--create", "--shards", "2", "--replicas", "1");
        assertEquals(0, created.code(), created.toString());
        assertTrue(created.err().contains("Created collection 'reports'"), created.err());
        assertTrue(created.out().contains("(14 new, 0 changed, 0 unchanged"), created.out());
    }

    @AfterAll
    static void stopCluster() {
        SolrClusters.shutDown(cluster);
    }

    private static Run local(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--corpus", Cli.bundledCorpus().toString(), "--index", tmp.resolve("local-index").toString()));
        return Cli.run(all.toArray(String[]::new));
    }

    private static Run solr(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--engine", "solr", "--zk", zk, "--collection", "reports"));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void searchHitsEqualTheLocalEngines() throws Exception {
        String[][] searches = {
                {"kubernetes", "--limit", "25"},
                {"\"docker swarm\" OR mesos", "--limit", "40"},
                {"", "--tech", "Mesos", "--sentiment", "negative", "--limit", "50"},
                {"kube* AND NOT docker", "--limit", "30"},
                {"orchestration", "--event", "kubecon", "--limit", "20"},
                {"serverless", "--year", "2016"},
                {"author:jensen AND container*", "--limit", "15"},
        };
        for (String[] search : searches) {
            List<String> args = new ArrayList<>(List.of("search"));
            args.addAll(List.of(search));
            args.addAll(List.of("--format", "json"));
            Run a = local(args.toArray(String[]::new));
            Run b = solr(args.toArray(String[]::new));
            assertEquals(0, a.code(), a.toString());
            assertEquals(0, b.code(), b.toString());
            JsonNode x = JSON.readTree(a.out());
            JsonNode y = JSON.readTree(b.out());
            String what = String.join(" ", search);
            assertTrue(x.get("total").asLong() > 0, what + " finds something");
            assertEquals(x.get("total"), y.get("total"), what);
            assertEquals(x.get("events"), y.get("events"), what);
            assertEquals(x.get("hits").size(), y.get("hits").size(), what);
            for (int i = 0; i < x.get("hits").size(); i++) {
                JsonNode h = x.get("hits").get(i);
                JsonNode g = y.get("hits").get(i);
                assertEquals(h.get("score").asDouble(), g.get("score").asDouble(), 1e-4 * Math.max(1, h.get("score").asDouble()),
                        what + " hit " + i);
                ((com.fasterxml.jackson.databind.node.ObjectNode) h).remove("score");
                ((com.fasterxml.jackson.databind.node.ObjectNode) g).remove("score");
                assertEquals(h, g, what + " hit " + i);
            }
        }
    }

    @Test
    void trendsCsvEqualsTheLocalEngines() throws Exception {
        String[][] variants = {{}, {"--families", "--by", "year", "--no-charts"}, {"--group", "runtimes", "--from", "2016", "--no-charts"}};
        for (String[] variant : variants) {
            Path localOut = tmp.resolve("local-out-" + variant.length);
            Path solrOut = tmp.resolve("solr-out-" + variant.length);
            List<String> args = new ArrayList<>(List.of("trends"));
            args.addAll(List.of(variant));
            List<String> a = new ArrayList<>(args);
            a.addAll(List.of("--out", localOut.toString()));
            List<String> b = new ArrayList<>(args);
            b.addAll(List.of("--out", solrOut.toString()));
            Run x = local(a.toArray(String[]::new));
            Run y = solr(b.toArray(String[]::new));
            assertEquals(0, x.code(), x.toString());
            assertEquals(0, y.code(), y.toString());
            assertSameTable(csv(localOut.resolve("trends.csv")), csv(solrOut.resolve("trends.csv")), String.join(" ", variant));
            assertSameTable(csv(localOut.resolve("trends_wide.csv")), csv(solrOut.resolve("trends_wide.csv")), String.join(" ", variant));
            if (variant.length == 0) {
                // integer sums make the numbers bit for bit the same, so the report and the charts are too
                assertEquals(Files.readString(localOut.resolve("report.html")), Files.readString(solrOut.resolve("report.html")));
                for (String chart : List.of("share_of_voice", "mentions_per_10k", "sentiment", "co_mentions")) {
                    assertEquals(Files.readString(localOut.resolve("charts/" + chart + ".svg")),
                            Files.readString(solrOut.resolve("charts/" + chart + ".svg")), chart);
                }
            }
        }
    }

    @Test
    void incrementalIndexingSkipsUnchangedReportsAndReplacesChangedOnes() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("edits"));
        Files.writeString(corpus.resolve("a.md"), "---\nevent: KubeCon Europe 2017\n---\nKubernetes is winning while Mesos is fading out.\n");
        Files.writeString(corpus.resolve("b.md"), "---\nevent: DockerCon 2017\n---\nDocker Swarm is simple. Nomad is quiet.\n");
        Files.writeString(corpus.resolve("c.txt"), "MesosCon 2016\n\nMarathon runs our batch jobs.\n");
        String[] target = {"--engine", "solr", "--zk", zk, "--collection", "edits"};
        Run first = index(corpus, target, "--create");
        assertEquals(0, first.code(), first.toString());
        assertTrue(first.out().contains("(3 new, 0 changed, 0 unchanged, 0 removed"), first.out());

        Run again = index(corpus, target);
        assertTrue(again.out().contains("(0 new, 0 changed, 3 unchanged, 0 removed"), again.out());

        Files.writeString(corpus.resolve("b.md"), "---\nevent: DockerCon 2017\n---\nDocker Swarm is steady.\n");
        Files.delete(corpus.resolve("c.txt"));
        Run edited = index(corpus, target);
        assertTrue(edited.out().contains("(0 new, 1 changed, 1 unchanged, 1 removed"), edited.out());
        assertEquals(0, total(solrSearch("edits", "nomad OR marathon")), "the old sentences are gone");
        assertEquals(1, total(solrSearch("edits", "steady")));

        Run rebuilt = index(corpus, target, "--rebuild");
        assertTrue(rebuilt.out().contains("(2 new, 0 changed, 0 unchanged") && rebuilt.out().contains("(full rebuild)"), rebuilt.out());
    }

    @Test
    void mistakesAndMissingPiecesAreOneLineErrors() {
        Run missing = Cli.run("search", "kubernetes", "--engine", "solr", "--zk", zk, "--collection", "nope");
        assertEquals(1, missing.code(), missing.toString());
        assertEquals("reportstats: collection 'nope' does not exist on ZooKeeper at " + zk
                + "; create it with 'reportstats index --engine solr --create' (and --shards/--replicas)", missing.err().strip());

        Run noHost = Cli.run("trends", "--engine", "solr");
        assertEquals(2, noHost.code(), noHost.toString());
        assertTrue(noHost.err().startsWith("reportstats: --engine solr needs --zk HOST:PORT or --solr-url URL"), noHost.err());

        Run both = Cli.run("search", "x", "--engine", "solr", "--zk", zk, "--solr-url", "http://localhost:1/solr");
        assertEquals(2, both.code(), both.toString());

        Run localWithZk = Cli.run("search", "x", "--zk", zk, "--corpus", Cli.bundledCorpus().toString(),
                "--index", tmp.resolve("local-index").toString());
        assertEquals(2, localWithZk.code(), localWithZk.toString());
        assertEquals("reportstats: --zk needs --engine solr", localWithZk.err().strip());

        Run createLocally = Cli.run("index", "--create", "--corpus", Cli.bundledCorpus().toString(),
                "--index", tmp.resolve("local-index").toString());
        assertEquals(2, createLocally.code(), createLocally.toString());

        Run badQuery = solr("search", "kubernetes AND (");
        assertEquals(2, badQuery.code(), badQuery.toString());
        assertTrue(badQuery.err().startsWith("reportstats: cannot parse query"), badQuery.err());

        Run emerging = solr("trends", "--emerging");
        assertEquals(2, emerging.code(), emerging.toString());
    }

    @Test
    void anEmptyCollectionSaysToIndexFirst() throws Exception {
        Path nothing = Files.createDirectories(tmp.resolve("no-reports"));
        Run created = Cli.run("index", "--corpus", nothing.toString(), "--engine", "solr", "--zk", zk, "--collection", "empty", "--create");
        assertEquals(3, created.code(), "no readable report: " + created);
        Run trends = Cli.run("trends", "--engine", "solr", "--zk", zk, "--collection", "empty", "--out", tmp.resolve("empty-out").toString());
        assertEquals(2, trends.code(), trends.toString());
        assertTrue(trends.err().contains("the index holds no report yet"), trends.err());
        Run search = Cli.run("search", "kubernetes", "--engine", "solr", "--zk", zk, "--collection", "empty", "--format", "json");
        assertEquals(0, total(search));
    }

    @Test
    void unreachableZooKeeperOrSolrIsSaidPlainly() {
        Run zkDown = Cli.run("search", "kubernetes", "--engine", "solr", "--zk", "127.0.0.1:1");
        assertEquals(1, zkDown.code(), zkDown.toString());
        assertEquals(1, zkDown.err().strip().lines().count(), zkDown.err());
        assertTrue(zkDown.err().startsWith("reportstats: cannot reach ZooKeeper at 127.0.0.1:1"), zkDown.err());

        Run solrDown = Cli.run("search", "kubernetes", "--engine", "solr", "--solr-url", "http://127.0.0.1:1/solr");
        assertEquals(1, solrDown.code(), solrDown.toString());
        assertEquals(1, solrDown.err().strip().lines().count(), solrDown.err());
        assertTrue(solrDown.err().startsWith("reportstats: cannot reach Solr at http://127.0.0.1:1/solr"), solrDown.err());
    }

    @Test
    void aSolrUrlWorksWithoutZooKeeper() throws Exception {
        String url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
        Run viaUrl = Cli.run("search", "kubernetes", "--engine", "solr", "--solr-url", url, "--collection", "reports", "--format", "json");
        assertEquals(0, viaUrl.code(), viaUrl.toString());
        assertEquals(total(solr("search", "kubernetes", "--format", "json")), total(viaUrl));
    }

    /**
     * Runs last (it takes a node away): with two replicas of every shard, losing one of the two nodes between
     * searches changes nothing in the answers.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void searchAndTrendsStillAnswerWhenANodeDies() throws Exception {
        String[] target = {"--engine", "solr", "--zk", zk, "--collection", "replicated"};
        Run created = index(Cli.bundledCorpus(), target, "--create", "--shards", "2", "--replicas", "2");
        assertEquals(0, created.code(), created.toString());
        Run before = solrSearch("replicated", "kubernetes AND mesos");
        Path beforeOut = tmp.resolve("ha-before");
        Path afterOut = tmp.resolve("ha-after");
        assertEquals(0, Cli.run(with(target, "trends", "--no-charts", "--out", beforeOut.toString())).code());

        var stopped = cluster.stopJettySolrRunner(1);
        try {
            Run after = solrSearch("replicated", "kubernetes AND mesos");
            assertEquals(0, after.code(), after.toString());
            assertEquals(JSON.readTree(before.out()), JSON.readTree(after.out()), "the surviving replicas answer alike");
            Run trends = Cli.run(with(target, "trends", "--no-charts", "--out", afterOut.toString()));
            assertEquals(0, trends.code(), trends.toString());
            assertSameTable(csv(beforeOut.resolve("trends.csv")), csv(afterOut.resolve("trends.csv")), "one node down");
        } finally {
            cluster.startJettySolrRunner(stopped);
            cluster.waitForAllNodes(30);
            // every replica back in step before the cluster is shut down (a recovering replica fails the shutdown)
            for (String collection : List.of("reports", "edits", "replicated")) {
                cluster.waitForActiveCollection(collection, 60, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }

    private static String[] with(String[] target, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(target));
        return all.toArray(String[]::new);
    }

    private static Run index(Path corpus, String[] target, String... more) {
        List<String> args = new ArrayList<>(List.of("index", "--corpus", corpus.toString()));
        args.addAll(List.of(target));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static Run solrSearch(String collection, String query) {
        return Cli.run("search", query, "--engine", "solr", "--zk", zk, "--collection", collection, "--format", "json");
    }

    private static long total(Run run) {
        assertEquals(0, run.code(), run.toString());
        try {
            return JSON.readTree(run.out()).get("total").asLong();
        } catch (java.io.IOException e) {
            throw new AssertionError(run.out(), e);
        }
    }

    @Test
    void techsCountsEqualTheLocalEngines() throws Exception {
        for (String[] variant : new String[][] {{}, {"--families"}}) {
            List<String> args = new ArrayList<>(List.of("techs", "--format", "csv"));
            args.addAll(List.of(variant));
            Run a = local(args.toArray(String[]::new));
            Run b = solr(args.toArray(String[]::new));
            assertEquals(0, a.code(), a.toString());
            assertEquals(0, b.code(), b.toString());
            assertTrue(a.out().lines().count() > 20, a.out());
            assertEquals(a.out(), b.out(), String.join(" ", variant));
        }
    }

    /** Same rows in the same order; numbers equal to 1e-9, text exactly. */
    private static void assertSameTable(List<CSVRecord> expected, List<CSVRecord> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        assertTrue(expected.size() > 1, what);
        for (int r = 0; r < expected.size(); r++) {
            CSVRecord e = expected.get(r);
            CSVRecord a = actual.get(r);
            assertEquals(e.size(), a.size(), what + " row " + r);
            for (int c = 0; c < e.size(); c++) {
                String u = e.get(c);
                String v = a.get(c);
                if (isNumber(u) && isNumber(v)) {
                    assertEquals(Double.parseDouble(u), Double.parseDouble(v), EPSILON, what + " row " + r + " column " + c);
                } else {
                    assertEquals(u, v, what + " row " + r + " column " + c);
                }
            }
        }
    }

    private static boolean isNumber(String s) {
        return s.matches("-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?");
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.parse(in).getRecords();
        }
    }
}
