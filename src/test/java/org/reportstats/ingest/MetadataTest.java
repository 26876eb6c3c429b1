package org.reportstats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportstats.testing.Cli;

class MetadataTest {

    private static Report parse(String id, String text) throws UnreadableReportException {
        return ReportReader.parse(id, ReportFormat.of(id).orElseThrow(), text, new ArrayList<>());
    }

    @Test
    void frontMatterIsTrustedAndNotGuessed() throws Exception {
        Report r = parse("a/b.md", "---\ntitle: \"Notes: Copenhagen\"\nevent: KubeCon + CloudNativeCon Europe 2018\n"
                + "date: 2018-05-04\nlocation: Copenhagen, Denmark\nauthor: Jonas Berg\n---\n\n# Heading\n\nBody text here.\n");
        ReportMetadata m = r.metadata();
        assertEquals("Notes: Copenhagen", m.title());
        assertEquals("KubeCon Europe 2018", m.event().name());
        assertEquals("kubecon-europe-2018", m.event().key());
        assertEquals("2018-05-04", m.dateText());
        assertEquals("Copenhagen, Denmark", m.location());
        assertEquals("Jonas Berg", m.author());
        assertTrue(m.guessed().isEmpty(), "nothing guessed: " + m.guessed());
        assertFalse(r.text().contains("title:"), "front matter is not prose");
    }

    @Test
    void htmlTitleAndMetaTags() throws Exception {
        Report r = parse("x.html", "<html><head><title>MesosCon North America 2016 in Denver – a trip report</title>"
                + "<meta name=\"author\" content=\"Priya Raman\"><meta name=\"date\" content=\"2016-06-02\"></head>"
                + "<body><p>Mesos 1.0 shipped.</p></body></html>");
        ReportMetadata m = r.metadata();
        assertEquals("MesosCon North America 2016 in Denver – a trip report", m.title());
        assertEquals("MesosCon 2016", m.event().name(), "North America is MesosCon's home edition");
        assertEquals("Priya Raman", m.author());
        assertEquals("2016-06-02", m.dateText());
        assertEquals("Denver, CO", m.location());
        assertEquals(java.util.Set.of("event", "location"), m.guessed());
    }

    @Test
    void plainTextTitleBylineAndDateAreGuessed() throws Exception {
        Report r = parse("notes.txt", "DockerCon EU 2015 – Barcelona: my notes\nby Tom Okafor\nNovember 2015\n\nThe first day.\n");
        ReportMetadata m = r.metadata();
        assertEquals("DockerCon EU 2015 – Barcelona: my notes", m.title());
        assertEquals("DockerCon Europe 2015", m.event().name());
        assertEquals("2015-11", m.dateText());
        assertEquals("Tom Okafor", m.author());
        assertEquals("Barcelona, Spain", m.location());
        assertTrue(m.guessed().containsAll(List.of("title", "event", "date", "author", "location")));
    }

    @Test
    void signatureAtTheEndNamesTheAuthor() throws Exception {
        Report r = parse("r.txt", "KubeCon NA 2018 Seattle - what I saw\n\nIt was big.\n\n– Maria Jensen, December 2018\n");
        assertEquals("Maria Jensen", r.metadata().author());
        assertEquals("KubeCon North America 2018", r.metadata().event().name());
        assertEquals("2018-12", r.metadata().dateText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kubecon 2017 – Berlin: a personal report|KubeCon Europe 2017",
            "KubeCon Europe 2017|KubeCon Europe 2017",
            "Kubecon EMEA 2017|KubeCon Europe 2017",
            "KubeCon + CloudNativeCon Europe 2017|KubeCon Europe 2017",
            "CloudNativeCon EU 2017 notes|KubeCon Europe 2017",
            "Dockercon 16 in Seattle|DockerCon 2016",
            "DockerCon '17|DockerCon 2017",
            "dockercon eu 2015 barcelona|DockerCon Europe 2015",
            "Serverlessconf 2016|ServerlessConf 2016"})
    void spellingVariantsAreOneEvent(String text, String expected) {
        assertEquals(expected, EventCatalog.recognise(text, Optional.empty(), null).orElseThrow().name());
    }

    @Test
    void eventFromFileNameWhenTheTextSaysNothing() throws Exception {
        Report r = parse("2019/dockercon-2019-sf.txt", "Some thoughts\n\nThe keynote was long.\n");
        assertEquals("DockerCon 2019", r.metadata().event().name());
        assertEquals("2019", r.metadata().dateText());
    }

    @Test
    void impossibleFrontMatterDateIsRejectedWithAWarning() throws Exception {
        List<String> warnings = new ArrayList<>();
        Report r = ReportReader.parse("d.md", ReportFormat.MARKDOWN,
                "---\ntitle: Bad date\nevent: DockerCon 2017\ndate: 2017-13-45\n---\nText.\n", warnings);
        assertEquals("2017", r.metadata().dateText(), "falls back to the event's year");
        assertTrue(warnings.stream().anyMatch(w -> w.contains("2017-13-45")), warnings.toString());
    }

    @Test
    void malformedFrontMatterIsIgnoredWithAWarning() throws Exception {
        List<String> warnings = new ArrayList<>();
        Report r = ReportReader.parse("m.md", ReportFormat.MARKDOWN,
                "---\ntitle: [unclosed\nevent: : :\n---\nKubeCon Europe 2019 was fun.\n", warnings);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("front matter is not valid YAML"), warnings.get(0));
        assertEquals("KubeCon Europe 2019 was fun.", r.text());
    }

    @Test
    void seedReportTitleFormWhenPresent() throws Exception {
        Path seed = Cli.seedReport();
        assumeTrue(Files.isRegularFile(seed), "seed report not present");
        Report r = ReportReader.read(new CorpusFile("kubecon-eu-2017-berlin.txt", seed, ReportFormat.TEXT,
                Files.size(seed), 0));
        assertEquals("Kubecon 2017 – Berlin: a personal report", r.metadata().title());
        assertEquals("KubeCon Europe 2017", r.metadata().event().name());
        assertEquals("Berlin, Germany", r.metadata().location());
        assertEquals(2017, r.metadata().date().orElseThrow().year());
    }
}
