package org.reportstats.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.security.Sha256AuthenticationProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportstats.testing.Cli;
import org.reportstats.testing.Cli.Run;

/**
 * A SolrCloud that requires a login (basic auth, unknown users blocked). The password travels only in the
 * environment, so these runs are child JVMs started with it, as a user's shell would.
 */
class SolrAuthTest {
    private static final String USER = "analyst";
    private static final String PASSWORD = "s3cret-Pa55";

    @TempDir
    static Path tmp;

    private static MiniSolrCloudCluster cluster;
    private static String zk;

    @BeforeAll
    static void startSecuredCluster() throws Exception {
        System.setProperty("solr.log.dir", tmp.resolve("solr-logs").toString());
        String security = """
                {"authentication": {"blockUnknown": true, "class": "solr.BasicAuthPlugin",
                                    "credentials": {"%s": "%s"}},
                 "authorization": {"class": "solr.RuleBasedAuthorizationPlugin",
                                   "permissions": [{"name": "all", "role": "admin"}],
                                   "user-role": {"%s": "admin"}}}
                """.formatted(USER, Sha256AuthenticationProvider.getSaltedHashedValue(PASSWORD), USER);
        cluster = new MiniSolrCloudCluster.Builder(1, tmp.resolve("solr")).withSecurityJson(security).build();
        zk = cluster.getZkServer().getZkAddress();
    }

    @AfterAll
    static void stopCluster() {
        SolrClusters.shutDown(cluster);
    }

    @Test
    void aLoginIsAskedForThenUsedFromTheEnvironment() throws Exception {
        Run anonymous = Cli.run("search", "kubernetes", "--engine", "solr", "--zk", zk);
        assertEquals(1, anonymous.code(), anonymous.toString());
        assertEquals("reportstats: ZooKeeper at " + zk + " requires a login: pass --solr-user NAME and put the password in the"
                + " REPORTSTATS_SOLR_PASSWORD environment variable", anonymous.err().strip());

        Run noPassword = Cli.run("search", "kubernetes", "--engine", "solr", "--zk", zk, "--solr-user", USER);
        assertEquals(2, noPassword.code(), noPassword.toString());
        assertTrue(noPassword.err().contains("needs the password in the REPORTSTATS_SOLR_PASSWORD environment variable"),
                noPassword.err());

        Run wrong = child("wrong-password", "search", "kubernetes", "--engine", "solr", "--zk", zk, "--solr-user", USER);
        assertEquals(1, wrong.code(), wrong.toString());
        assertTrue(wrong.err().contains("rejected the credentials of user 'analyst'"), wrong.err());

        Run created = child(PASSWORD, "index", "--corpus", Cli.bundledCorpus().toString(), "--engine", "solr", "--zk", zk,
                "--solr-user", USER, "--create");
        assertEquals(0, created.code(), created.toString());
        Run search = child(PASSWORD, "search", "kubernetes", "--engine", "solr", "--zk", zk, "--solr-user", USER, "--limit", "1");
        assertEquals(0, search.code(), search.toString());
        assertTrue(search.out().contains("Kubernetes"), search.out());
    }

    /** The CLI in its own JVM with the password in its environment. */
    private static Run child(String password, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.reportstats.cli.ReportStats"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put("REPORTSTATS_SOLR_PASSWORD", password);
        Path out = tmp.resolve("child.out");
        Path err = tmp.resolve("child.err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child finished");
        return new Run(p.exitValue(), java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
    }
}
