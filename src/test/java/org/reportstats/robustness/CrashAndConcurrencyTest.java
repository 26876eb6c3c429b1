package org.reportstats.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportstats.index.CorpusIndex;
import org.reportstats.index.IndexListener;
import org.reportstats.index.ReportIndexer;
import org.reportstats.index.ReportSearcher;
import org.reportstats.index.SearchRequest;
import org.reportstats.ingest.CorpusWalker;
import org.reportstats.ingest.ReportReader;
import org.reportstats.nlp.Pipeline;
import org.reportstats.testing.Cli;
import org.reportstats.testing.Cli.Run;

class CrashAndConcurrencyTest {
    @TempDir
    Path tmp;
    Path corpus;
    Path index;

    @BeforeEach
    void smallCorpusIndexed() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        index = tmp.resolve("index");
        for (int i = 0; i < 3; i++) {
            Files.writeString(corpus.resolve("base" + i + ".md"), "---\nevent: DockerCon 2017\n---\nKubernetes is steady number " + i + ".\n");
        }
        assertEquals(0, cli("index").code());
    }

    private Run cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--corpus", corpus.toString(), "--index", index.toString()));
        return Cli.run(all.toArray(String[]::new));
    }

    private int total(String query) throws Exception {
        Run run = cli("search", query, "--format", "json");
        assertEquals(0, run.code(), run.toString());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("total").asInt();
    }

    /** Enough prose for a few seconds of indexing in a fresh JVM. */
    private void addManyReports(int count) throws Exception {
        Random random = new Random(7);
        String[] techs = {"Kubernetes", "Mesos", "Docker Swarm", "Nomad", "Helm", "Istio", "containerd"};
        String[] claims = {"is winning while %s is fading out", "seems harder to run than %s", "is a better fit than %s for us",
                "replaced %s in our stack", "is not production ready, unlike %s"};
        for (int f = 0; f < count; f++) {
            StringBuilder text = new StringBuilder("---\nevent: KubeCon Europe 2018\n---\n");
            for (int s = 0; s < 120; s++) {
                text.append(techs[random.nextInt(techs.length)]).append(' ')
                        .append(String.format(claims[random.nextInt(claims.length)], techs[random.nextInt(techs.length)]))
                        .append(". Filler words keep the sentence realistic, number ").append(random.nextInt(100000)).append(".\n");
            }
            Files.writeString(corpus.resolve("bulk" + f + ".md"), text);
        }
    }

    @Test
    void killedIndexRunLeavesThePreviousIndexIntact() throws Exception {
        addManyReports(50); // the models read each of their 6,000 sentences: seconds of work for the child
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.reportstats.cli.ReportStats", "index", "--corpus", corpus.toString(), "--index", index.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        assertFalse(child.waitFor(2500, TimeUnit.MILLISECONDS), "the child must still be indexing when it is killed");
        child.destroyForcibly(); // SIGKILL
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));

        // read the committed state directly: a CLI search would first refresh the index
        try (ReportSearcher searcher = ReportSearcher.open(index)) {
            assertEquals(3, searcher.reports().size(), "the last committed index is intact: the 3 first reports, none of the new");
            assertEquals(3, searcher.search(new SearchRequest("steady", 10, Optional.empty(), Optional.empty(), Optional.empty(),
                    false, Optional.empty())).total());
        }
        Run again = cli("index");
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("(50 new, 0 changed, 3 unchanged"), again.out());
        assertTrue(total("fading") > 0);
    }

    @Test
    void aSecondWriterWaitsThenSaysTheIndexIsLocked() throws Exception {
        try (ReportIndexer holder = ReportIndexer.open(index, Pipeline.load(Optional.empty()).taxonomy(), Duration.ZERO)) {
            long start = System.nanoTime();
            Run second = cli("index", "--lock-wait", "1");
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(1, second.code(), second.toString());
            assertEquals("reportstats: index " + index + " is locked by another reportstats process; wait for it to finish and try again",
                    second.err().strip());
            assertTrue(waited >= 1000, "waited " + waited + " ms");
        }
        assertEquals(0, cli("index").code(), "free again once the holder is gone");
    }

    @Test
    void searchDuringAnUncommittedUpdateSeesTheLastCommit() throws Exception {
        Files.writeString(corpus.resolve("new.md"), "---\nevent: DockerCon 2019\n---\nKubernetes is steady, again.\n");
        Pipeline pipeline = Pipeline.load(Optional.empty());
        try (ReportIndexer writer = ReportIndexer.open(index, pipeline.taxonomy(), Duration.ZERO)) {
            // the writer holds the lock with work in progress; a search must neither wait nor see it
            Run search = cli("search", "steady", "--format", "json");
            assertEquals(0, search.code(), search.toString());
            assertTrue(search.err().contains("another reportstats process is updating the index"), search.err());
            assertTrue(search.out().contains("\"total\" : 3"), search.out());
        }
        assertEquals(4, total("steady"), "after the writer is gone, search refreshes the index");
    }

    @Test
    void aDamagedIndexSaysHowToRepairAndRebuildRepairs() throws Exception {
        File segments = Files.list(index).filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow().toFile();
        try (FileChannel ch = FileChannel.open(segments.toPath(), StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        }
        Run search = cli("search", "steady");
        assertEquals(1, search.code(), search.toString());
        assertEquals(1, search.err().strip().lines().count(), search.err());
        assertTrue(search.err().contains("run 'reportstats index --rebuild'"), search.err());
        Run rebuild = cli("index", "--rebuild");
        assertEquals(0, rebuild.code(), rebuild.toString());
        assertEquals(3, total("steady"));
    }

    @Test
    void anIndexPathThatIsAFileIsAUsageError() throws Exception {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Run run = Cli.run("search", "x", "--corpus", corpus.toString(), "--index", file.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("is a file, not a folder"), run.err());
    }

    @Test
    void aCurrentIndexIsNotTouchedByARefresh() throws Exception {
        assertEquals(3, CorpusWalker.walk(corpus).files().size());
        assertTrue(ReportReader.DEFAULT_MAX_FILE_BYTES > 0);
        assertTrue(new CorpusIndex(corpus, index, Pipeline.load(Optional.empty()), ReportReader.DEFAULT_MAX_FILE_BYTES)
                .ensureCurrent(IndexListener.SILENT).isEmpty(), "the index is current");
    }
}
