package org.reportstats.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyTest {
    @TempDir
    Path tmp;

    @Test
    void bundledTaxonomyIsRichAndConsistent() {
        Taxonomy t = TaxonomyLoader.loadDefault();
        assertTrue(t.technologies().size() >= 60, "at least 60 technologies");
        for (String group : List.of("orchestrators", "runtimes", "serverless", "clouds")) {
            assertTrue(t.group(group).isPresent(), group);
        }
        assertTrue(t.group("orchestrators").orElseThrow().containsAll(List.of("Kubernetes", "Mesos", "Docker Swarm", "Nomad")));
        assertTrue(t.group("runtimes").orElseThrow().containsAll(List.of("Docker", "containerd", "rkt", "runC", "CRI-O")));
        assertEquals("Mesos", t.find("DC/OS").orElseThrow().family());
        assertEquals("Mesos", t.find("Marathon").orElseThrow().family());
        java.util.Map<List<String>, String> owner = new java.util.HashMap<>();
        for (Technology tech : t.technologies()) {
            for (Alias a : tech.aliases()) {
                String previous = owner.putIfAbsent(a.terms(), tech.name());
                assertTrue(previous == null || previous.equals(tech.name()),
                        "alias " + a.text() + " belongs to both " + previous + " and " + tech.name());
            }
        }
    }

    @Test
    void findResolvesAnyAliasIgnoringCaseAndPunctuation() {
        Taxonomy t = TaxonomyLoader.loadDefault();
        assertEquals("Kubernetes", t.find("k8s").orElseThrow().name());
        assertEquals("Docker Swarm", t.find("swarm mode").orElseThrow().name());
        assertEquals("DC/OS", t.find("dcos").orElseThrow().name());
        assertEquals("CRI-O", t.find("cri-o").orElseThrow().name());
        assertTrue(t.closest("kubernets", 3).contains("Kubernetes"));
    }

    @Test
    void userFileAddsAndOverridesEntries() throws Exception {
        Path user = tmp.resolve("mine.yaml");
        Files.writeString(user, """
                groups:
                  orchestrators: [Kubernetes, Mesos, Docker Swarm, Titus]
                technologies:
                  - name: Titus
                    category: orchestration
                    company: Netflix
                    aliases: [Titus]
                  - name: Nomad
                    category: orchestration
                    aliases: [Nomad, HashiCorp Nomad]
                """);
        Taxonomy base = TaxonomyLoader.loadDefault();
        Taxonomy t = TaxonomyLoader.load(Optional.of(user));
        assertEquals("Netflix", t.find("titus").orElseThrow().company());
        assertEquals(List.of("Kubernetes", "Mesos", "Docker Swarm", "Titus"), t.group("orchestrators").orElseThrow());
        assertEquals(2, t.find("Nomad").orElseThrow().aliases().size(), "user's entry replaces the bundled one");
        assertEquals(base.technologies().size() + 1, t.technologies().size());
        assertNotEquals(base.fingerprint(), t.fingerprint());
        assertEquals(List.of(new Mention("Titus", 0, 5, "Titus")), new MentionDetector(t).detect("Titus runs our batch jobs."));
    }

    @Test
    void malformedFilesNameTheLine() throws Exception {
        assertMessage("technologies:\n  - name: X\n    category: [unclosed\n", "mine.yaml:3:");
        assertMessage("technologies:\n  - name: X\n    categry: orchestration\n", "mine.yaml:3: unknown key 'categry'");
        assertMessage("technologies:\n  - name: X\n    aliases: [X]\n", "mine.yaml:2: 'category' is missing");
        assertMessage("technologies:\n  - name: X\n    category: c\n    aliases:\n      - text: X\n        case: shouty\n",
                "mine.yaml:6: case must be any, exact or capitalized");
        assertMessage("groups:\n  mine: [Nope]\n", "mine.yaml:2: group 'mine' names 'Nope'");
    }

    private void assertMessage(String yaml, String expectedStart) throws Exception {
        Path user = tmp.resolve("mine.yaml");
        Files.writeString(user, yaml);
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> TaxonomyLoader.load(Optional.of(user)));
        String message = e.getMessage().replace(user.toString(), "mine.yaml");
        assertTrue(message.startsWith(expectedStart), message);
        assertEquals(1, message.lines().count(), message);
    }
}
