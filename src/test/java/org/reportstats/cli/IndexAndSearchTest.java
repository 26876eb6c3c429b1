package org.reportstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportstats.testing.Cli;
import org.reportstats.testing.Cli.Run;

class IndexAndSearchTest {
    @TempDir
    Path tmp;
    Path corpus;
    Path index;

    @BeforeEach
    void corpus() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        index = tmp.resolve("index");
        write("dc15.md", "---\ntitle: DockerCon notes\nevent: DockerCon 2015\ndate: 2015-06-23\nauthor: Ann Lee\n---\n\n"
                + "Docker Swarm looks simple. Mesos runs our big data jobs.\n");
        write("kc17.txt", "KubeCon Europe 2017 - Berlin\nby Bo Chen\n\nKubernetes is everywhere. Mesos is fading.\n");
    }

    private void write(String name, String text) throws Exception {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Run cli(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--corpus";
        all[args.length + 1] = corpus.toString();
        all[args.length + 2] = "--index";
        all[args.length + 3] = index.toString();
        return Cli.run(all);
    }

    @Test
    void indexIsIncrementalForAddChangeAndDelete() throws Exception {
        Run first = cli("index");
        assertEquals(0, first.code(), first.toString());
        assertTrue(first.out().contains("Indexed 2 reports (2 new, 0 changed, 0 unchanged, 0 removed, 0 skipped)"), first.out());
        assertTrue(first.out().contains("KubeCon Europe 2017 ?"), "guessed event is flagged:\n" + first.out());

        Run again = cli("index");
        assertTrue(again.out().contains("(0 new, 0 changed, 2 unchanged, 0 removed, 0 skipped)"), again.out());

        write("sub/ss16.md", "---\nevent: ServerlessConf 2016\n---\nAWS Lambda is great.\n");
        write("kc17.txt", "KubeCon Europe 2017 - Berlin\nby Bo Chen\n\nKubernetes is everywhere. Nomad is calm.\n");
        Files.setLastModifiedTime(corpus.resolve("kc17.txt"), FileTime.from(Instant.now().plusSeconds(5)));
        Files.delete(corpus.resolve("dc15.md"));
        Run third = cli("index");
        assertTrue(third.out().contains("Indexed 2 reports (1 new, 1 changed, 0 unchanged, 1 removed, 0 skipped)"), third.out());

        assertEquals(0, json("Mesos").get("total").asInt(), "deleted and changed text is gone");
        assertEquals(1, json("nomad").get("total").asInt());
        assertEquals("sub/ss16.md", json("lambda").get("hits").get(0).get("report").asText());
    }

    @Test
    void touchedButUnchangedFileIsNotReanalysed() throws Exception {
        cli("index");
        Files.setLastModifiedTime(corpus.resolve("dc15.md"), FileTime.from(Instant.now().plusSeconds(60)));
        Run run = cli("index");
        assertTrue(run.out().contains("(0 new, 0 changed, 2 unchanged, 0 removed, 0 skipped)"), run.out());
    }

    private JsonNode json(String query) throws Exception {
        Run run = cli("search", query, "--format", "json");
        assertEquals(0, run.code(), run.toString());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void searchBuildsTheIndexOnFirstUseAndPrintsJsonOfTheDocumentedShape() throws Exception {
        JsonNode root = json("mesos");
        assertEquals("mesos", root.get("query").asText());
        assertEquals(2, root.get("total").asInt());
        JsonNode hit = root.get("hits").get(0);
        for (String key : new String[] {"report", "title", "event", "date", "author", "score", "snippet"}) {
            assertTrue(hit.has(key), "hit has " + key + ": " + hit);
        }
        assertTrue(hit.get("snippet").asText().contains("[[Mesos]]"), hit.toString());
        assertTrue(hit.get("date").asText().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"), hit.toString());
        assertEquals(1, root.get("events").get("DockerCon 2015").asInt());
        assertEquals(1, root.get("events").get("KubeCon Europe 2017").asInt());
    }

    @Test
    void filtersByEventAndYearAndFieldSyntax() throws Exception {
        assertEquals(1, json("mesos").get("hits").size() == 2 ? cliTotal("mesos", "--event", "kubecon") : -1);
        assertEquals(1, cliTotal("mesos", "--year", "2015"));
        assertEquals(1, cliTotal("mesos AND year:2017"));
        assertEquals(2, cliTotal("mesos AND year:[2015 TO 2017]"));
        assertEquals(1, cliTotal("author:chen AND mesos"));
        assertEquals(1, cliTotal("\"docker swarm\""));
    }

    private int cliTotal(String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = "search";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--format";
        all[args.length + 2] = "json";
        Run run = cli(all);
        assertEquals(0, run.code(), run.toString());
        return new ObjectMapper().readTree(run.out()).get("total").asInt();
    }

    @Test
    void badQueriesAreOneLineUsageErrors() {
        cli("index");
        for (String q : new String[] {"kubernetes AND (", "\"unbalanced", "*kube", "year:abc"}) {
            Run run = cli("search", q);
            assertEquals(2, run.code(), q + "\n" + run);
            assertEquals(1, run.err().strip().lines().count(), q + "\n" + run.err());
            assertTrue(run.err().startsWith("reportstats: "), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void noMatchesIsNotAnError() {
        Run run = cli("search", "zookeeperish");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("No matches for 'zookeeperish'."), run.out());
    }

    @Test
    void kwicAlignsTheKeyword() {
        Run run = cli("search", "mesos", "--kwic");
        assertEquals(0, run.code(), run.toString());
        var lines = run.out().lines().filter(l -> l.contains("[[")).toList();
        assertEquals(2, lines.size(), run.out());
        assertEquals(lines.get(0).indexOf("[["), lines.get(1).indexOf("[["), run.out());
    }

    @Test
    void emptyCorpusExitsWithThree() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.pdf"), "%PDF");
        Run run = Cli.run("index", "--corpus", empty.toString(), "--index", tmp.resolve("i2").toString());
        assertEquals(3, run.code(), run.toString());
        assertTrue(run.err().contains("no readable report"), run.err());
        assertTrue(run.err().contains("skipped: notes.pdf: not a report format"), run.err());
    }

    @Test
    void missingCorpusAndBadOptionsAreUsageErrors() {
        Run missing = Cli.run("index", "--corpus", tmp.resolve("nope").toString(), "--index", index.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        Run unknown = cli("search", "x", "--bogus");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Unknown option: '--bogus'"), unknown.err());
        Run negative = cli("search", "x", "--limit", "-1");
        assertEquals(2, negative.code());
    }

    @Test
    void theInferredMetadataTableIsCappedUnlessListed() throws Exception {
        for (int i = 0; i < 30; i++) {
            write("many/r" + i + ".md", "---\nevent: KubeCon Europe 2018\n---\nKubernetes note " + i + ".\n");
        }
        Run first = cli("index");
        assertTrue(first.out().contains("… and 7 more new or changed reports (--list shows them all); 31 of all 32 have guessed values."),
                first.out());
        Run all = cli("index", "--rebuild", "--list");
        assertEquals(32, all.out().lines().filter(l -> l.startsWith("many/") || l.startsWith("dc15") || l.startsWith("kc17")).count(),
                all.out());
        assertFalse(all.out().contains("more new or changed reports"));
    }
}
