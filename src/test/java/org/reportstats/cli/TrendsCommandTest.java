package org.reportstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportstats.testing.Cli;
import org.reportstats.testing.Cli.Run;

class TrendsCommandTest {
    @TempDir
    Path tmp;
    Path corpus;
    Path out;

    /** A corpus small enough to compute by hand: 13 words and 9 words. */
    @BeforeEach
    void corpus() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        out = tmp.resolve("out");
        Files.writeString(corpus.resolve("a.md"), "---\ntitle: A\nevent: DockerCon 2015\ndate: 2015-06-01\nauthor: Ann\n---\n"
                + "Kubernetes is great. Mesos is fading out. Kubernetes and Docker Swarm were discussed.\n");
        Files.writeString(corpus.resolve("b.md"), "---\ntitle: B\nevent: KubeCon Europe 2017\ndate: 2017-03-29\nauthor: Bo\n---\n"
                + "Kubernetes won. Kubernetes is everywhere and Kubernetes is stable.\n");
    }

    private Run trends(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("trends", "--corpus", corpus.toString(), "--index",
                tmp.resolve("index").toString(), "--out", out.toString(), "--techs", "Kubernetes,Mesos,Docker Swarm"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void tidyCsvHasTheContractColumnsAndHandComputedNumbers() throws Exception {
        Run run = trends();
        assertEquals(0, run.code(), run.toString());
        List<CSVRecord> rows = csv(out.resolve("trends.csv"));
        assertEquals(List.of("event", "event_date", "technology", "reports", "words", "mentions", "mentions_per_10k_words",
                "share_of_voice", "sentiment_mean", "sentiment_ci_low", "sentiment_ci_high", "positive", "neutral", "negative",
                "top_positive", "top_negative"), rows.get(0).getParser().getHeaderNames());
        assertEquals(6, rows.size(), "2 events × 3 technologies, zero rows included");
        Map<String, CSVRecord> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(r.get("event") + "|" + r.get("technology"), r));

        CSVRecord k15 = byKey.get("DockerCon 2015|Kubernetes");
        assertEquals("2015-06-01", k15.get("event_date"));
        assertEquals("1", k15.get("reports"));
        assertEquals("13", k15.get("words"));
        assertEquals("2", k15.get("mentions"));
        assertEquals(1538.46, Double.parseDouble(k15.get("mentions_per_10k_words")), 1e-9);
        assertEquals(0.5, Double.parseDouble(k15.get("share_of_voice")), 1e-9);
        assertEquals("1", k15.get("positive"));
        assertEquals("1", k15.get("neutral"));
        assertEquals("0", k15.get("negative"));
        assertTrue(k15.get("top_positive").contains("Kubernetes is great.") && k15.get("top_positive").endsWith("(a.md)"));

        CSVRecord m15 = byKey.get("DockerCon 2015|Mesos");
        assertEquals(0.25, Double.parseDouble(m15.get("share_of_voice")), 1e-9);
        assertEquals("1", m15.get("negative"));
        assertEquals(0.25, Double.parseDouble(byKey.get("DockerCon 2015|Docker Swarm").get("share_of_voice")), 1e-9);

        CSVRecord k17 = byKey.get("KubeCon Europe 2017|Kubernetes");
        assertEquals("9", k17.get("words"));
        assertEquals("3", k17.get("mentions"));
        assertEquals(3333.33, Double.parseDouble(k17.get("mentions_per_10k_words")), 1e-9);
        assertEquals(1.0, Double.parseDouble(k17.get("share_of_voice")), 1e-9);
        assertEquals("2", k17.get("positive"));
        CSVRecord m17 = byKey.get("KubeCon Europe 2017|Mesos");
        assertEquals("0", m17.get("mentions"));
        assertEquals("", m17.get("sentiment_mean"), "no sentence, no mean");
        assertEquals("DockerCon 2015", rows.get(0).get("event"), "periods in date order");
    }

    @Test
    void wideCsvHasOneRowPerPeriod() throws Exception {
        trends();
        List<CSVRecord> wide = csv(out.resolve("trends_wide.csv"));
        assertEquals(2, wide.size());
        assertEquals(3333.33, Double.parseDouble(wide.get(1).get("Kubernetes mentions_per_10k_words")), 1e-9);
        assertTrue(wide.get(0).getParser().getHeaderNames().contains("Mesos sentiment_mean"));
    }

    @Test
    void chartsAreRealImagesAndWellFormedSvg() throws Exception {
        Run run = trends();
        for (String name : List.of("share_of_voice", "mentions_per_10k", "sentiment", "co_mentions")) {
            BufferedImage png = ImageIO.read(out.resolve("charts/" + name + ".png").toFile());
            assertEquals(1200, png.getWidth(), name);
            assertEquals(700, png.getHeight(), name);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            assertEquals("svg", f.newDocumentBuilder().parse(out.resolve("charts/" + name + ".svg").toFile())
                    .getDocumentElement().getNodeName(), name);
        }
        assertEquals(11, run.out().lines().filter(l -> l.startsWith("wrote ")).count(), "one line per file written");
    }

    @Test
    void hostileReportIsEscapedInHtmlAndNeutralisedInCsv() throws Exception {
        Files.writeString(corpus.resolve("evil.html"), "<html><head><title>&lt;img src=x onerror=alert(1)&gt;</title>"
                + "<meta name=\"date\" content=\"2018-01-01\"></head><body><p>Kubernetes is great &lt;script&gt;alert(2)&lt;/script&gt;.</p></body></html>");
        Files.writeString(corpus.resolve("formula.md"), "---\nevent: =HYPERLINK(\"http://x\")\ndate: 2016-01-01\n---\nMesos is solid.\n");
        Run run = trends();
        assertEquals(0, run.code(), run.toString());
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("<script"), "no script element at all");
        assertFalse(html.matches("(?s).*<(script|link)[^>]*(src|href)=\"https?:.*"), "nothing loaded from the network");
        assertFalse(html.contains("<img src=x"));
        assertTrue(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"), "report text shows as text");
        String csv = Files.readString(out.resolve("trends.csv"));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "formula neutralised with a leading quote");
        for (CSVRecord r : csv(out.resolve("trends.csv"))) {
            for (String cell : r) {
                assertFalse(!cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0, cell);
            }
        }
    }

    @Test
    void jsonAndCsvOnStdoutKeepPipesClean() throws Exception {
        Run json = trends("--format", "json", "--no-charts");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("event", root.get("by").asText());
        assertEquals(6, root.get("rows").size());
        assertTrue(json.err().contains("wrote "), "file list goes to stderr");
        Run csv = trends("--format", "csv", "--no-charts", "--by", "year");
        assertTrue(csv.out().startsWith("year,technology,reports"), csv.out());
    }

    @Test
    void familiesAndUnknownNames() throws Exception {
        Files.writeString(corpus.resolve("c.md"), "---\nevent: MesosCon 2016\ndate: 2016-06-01\n---\nDC/OS and Marathon run on Mesos.\n");
        Run run = trends("--families", "--format", "csv", "--no-charts");
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("MesosCon 2016,2016-06-01,Mesos,1,6,3,5000,")), run.out());
        Run unknown = trends("--techs", "Kubernets");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("closest: Kubernetes"), unknown.err());
        Run group = Cli.run("trends", "--corpus", corpus.toString(), "--index", tmp.resolve("index").toString(), "--group", "orchestrator");
        assertEquals(2, group.code());
        assertTrue(group.err().contains("orchestrators"), group.err());
    }

    @Test
    void summaryIsComputedFromTheData() {
        Run run = trends("--no-charts");
        assertTrue(run.out().contains("Kubernetes' share of voice rose from 50 % at DockerCon 2015 to 100 % at KubeCon Europe 2017"),
                run.out());
        assertTrue(run.out().contains("Kubernetes was mentioned most densely at KubeCon Europe 2017, with 3333.3 mentions per 10,000 words."),
                run.out());
        Run byAuthor = trends("--no-charts", "--by", "author");
        assertTrue(byAuthor.out().contains("Kubernetes' share of voice ranges from 50 % for Ann to 100 % for Bo"), byAuthor.out());
    }

    @Test
    void emergingRanksWhatEachEventSaysMore() throws Exception {
        Files.writeString(corpus.resolve("c.md"), "---\nevent: ServerlessConf 2016\ndate: 2016-05-01\n---\n"
                + "Functions everywhere. Functions are cheap. Functions scale to zero. Kubernetes was barely mentioned.\n");
        Run run = trends("--emerging", "--format", "csv");
        assertEquals(0, run.code(), run.toString());
        List<CSVRecord> rows = csv(out.resolve("emerging.csv"));
        assertEquals(List.of("event", "rank", "kind", "term", "event_count", "rest_count", "event_per_10k", "rest_per_10k",
                "log_likelihood"), rows.get(0).getParser().getHeaderNames());
        CSVRecord first = rows.stream().filter(r -> r.get("event").equals("ServerlessConf 2016")).findFirst().orElseThrow();
        assertEquals("functions", first.get("term"));
        assertEquals("3", first.get("event_count"));
        assertEquals("0", first.get("rest_count"));
    }
}
