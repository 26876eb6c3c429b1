package org.reportstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportstats.testing.Cli;
import org.reportstats.testing.Cli.Run;

class TechsCommandTest {
    @TempDir
    Path tmp;

    /** Mention counts of one report, through the CLI on a corpus holding only that report. */
    private Map<String, Integer> countsOf(Path report) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("c-" + report.getFileName()));
        Files.copy(report, corpus.resolve(report.getFileName()));
        Run run = Cli.run("techs", "--corpus", corpus.toString(), "--index", tmp.resolve("i-" + report.getFileName()).toString(),
                "--format", "json");
        assertEquals(0, run.code(), run.toString());
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode n : new ObjectMapper().readTree(run.out())) {
            counts.put(n.get("technology").asText(), n.get("mentions").asInt());
        }
        return counts;
    }

    private static void assertCounts(Map<String, Integer> actual, Object... expected) {
        for (int i = 0; i < expected.length; i += 2) {
            assertEquals(expected[i + 1], actual.getOrDefault((String) expected[i], 0), (String) expected[i]);
        }
    }

    /** Counts verified by reading each report: URLs, code blocks and planted traps ("a swarm of tourists") excluded. */
    @Test
    void bundledReportsMatchHandCounts() throws Exception {
        assertCounts(countsOf(Cli.bundledCorpus().resolve("mesoscon-eu-2017-prague.md")),
                "Kubernetes", 31, "Mesos", 27, "DC/OS", 17, "Marathon", 9, "Docker Swarm", 1, "Helm", 2, "Docker", 6);
        assertCounts(countsOf(Cli.bundledCorpus().resolve("kubecon-seattle-2018.txt")),
                "Kubernetes", 19, "Mesos", 3, "DC/OS", 2, "Docker Swarm", 1, "Helm", 9, "Docker", 5);
        assertCounts(countsOf(Cli.bundledCorpus().resolve("kubecon-eu-2019-barcelona.md")),
                "Kubernetes", 22, "Helm", 7, "Istio", 11, "Linkerd", 7, "containerd", 5, "rkt", 3, "Docker Swarm", 1, "Mesos", 2);
    }

    /** Counts verified by reading the seed report; two more grep hits are inside URLs. */
    @Test
    void seedReportMatchesHandCounts() throws Exception {
        assumeTrue(Files.isRegularFile(Cli.seedReport()), "seed report not present");
        assertCounts(countsOf(Cli.seedReport()),
                "Kubernetes", 42, "Mesos", 4, "Docker Swarm", 1, "containerd", 12, "rkt", 2, "Helm", 6);
    }

    @Test
    void familiesRollUpIntoMesos() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("fam"));
        Files.writeString(corpus.resolve("a.md"), "---\nevent: MesosCon 2016\n---\nMesos, DC/OS and Marathon. Kubernetes too.\n");
        Run run = Cli.run("techs", "--corpus", corpus.toString(), "--index", tmp.resolve("fi").toString(), "--families", "--format", "csv");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("Mesos,orchestration,3,1,1"), run.out());
    }

    @Test
    void taxonomyListingAndGroups() {
        Run all = Cli.run("techs");
        assertEquals(0, all.code());
        assertTrue(all.out().contains("Kubernetes"), all.out());
        Run group = Cli.run("techs", "--group", "orchestrators", "--format", "csv");
        assertTrue(group.out().startsWith("name,category,company,family,aliases,groups"), group.out());
        assertTrue(group.out().contains("Docker Swarm"));
        Run bad = Cli.run("techs", "--group", "orchestrator");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown group 'orchestrator'"), bad.err());
    }

    @Test
    void searchFiltersByTechnologyThroughAnyAlias() {
        Run run = Cli.run("search", "", "--tech", "swarm mode", "--corpus", Cli.bundledCorpus().toString(),
                "--index", tmp.resolve("si").toString(), "--limit", "200", "--format", "json");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("\"total\" : 91"), "91 sentences name Docker Swarm (checked by reading the lowercase ones)");
        Run unknown = Cli.run("search", "x", "--tech", "Kubernets", "--corpus", Cli.bundledCorpus().toString(),
                "--index", tmp.resolve("si").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("closest: Kubernetes"), unknown.err());
    }
}
