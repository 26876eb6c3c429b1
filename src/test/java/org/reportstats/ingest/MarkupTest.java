package org.reportstats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void htmlDropsScriptsStylesAndPageFurniture() throws Exception {
        String html = "<html><head><title>T</title><style>body{color:red} .kubernetes{}</style>"
                + "<script>var swarm = 'docker';</script></head><body><nav>Home | Kubernetes tag</nav>"
                + "<header>Site header</header><article><h1>Day one</h1><p>Mesos &amp; Marathon&nbsp;rock&ndash;mostly.</p>"
                + "<ul><li>First point</li><li>Second point</li></ul><pre><code>docker run nginx</code></pre></article>"
                + "<aside>Related: Helm</aside><footer>© 2016</footer></body></html>";
        Report r = ReportReader.parse("p.html", ReportFormat.HTML, html, new ArrayList<>());
        assertEquals("Day one\n\nMesos & Marathon rock–mostly.\n\nFirst point\n\nSecond point", r.text());
        assertEquals(4, r.paragraphs().size());
    }

    @Test
    void markdownKeepsProseAndDropsCodeBlocks() throws Exception {
        String md = "# Title\n\nWe tried **Helm** and [Istio](https://istio.io/) with `kubectl`.\nSecond line.\n\n"
                + "```\nhelm install stable/prometheus\n```\n\n- item one\n- item two\n\n![diagram](x.png)\n";
        Report r = ReportReader.parse("p.md", ReportFormat.MARKDOWN, md, new ArrayList<>());
        assertEquals("Title\n\nWe tried Helm and Istio with kubectl. Second line.\n\nitem one\n\nitem two", r.text());
    }

    @Test
    void plainTextParagraphsAndTitleLines() throws Exception {
        String txt = "My Title\r\nJonas Berg, March 2017\r\n\r\nA wrapped paragraph that goes on\r\nover two lines.\r\n\r\n\r\nLast one.";
        Report r = ReportReader.parse("p.txt", ReportFormat.TEXT, txt, new ArrayList<>());
        assertEquals("My Title\n\nJonas Berg, March 2017\n\nA wrapped paragraph that goes on over two lines.\n\nLast one.", r.text());
        for (Span s : r.paragraphs()) {
            assertFalse(s.of(r.text()).contains("\n"));
        }
    }

    @Test
    void legacyEncodingFallsBackWithAWarning() throws Exception {
        byte[] cp1252 = "Caf\u00e9 notes \u2013 Docker".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        List<String> warnings = new ArrayList<>();
        String text = TextDecoder.decode(cp1252, warnings);
        assertEquals("Caf\u00e9 notes \u2013 Docker", text);
        assertEquals(List.of("not valid UTF-8; read as Windows-1252"), warnings);
    }

    @Test
    void utf16WithBomIsDecoded() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = "Kubernetes".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 2);
        System.arraycopy(body, 0, all, 2, body.length);
        assertEquals("Kubernetes", TextDecoder.decode(all, new ArrayList<>()));
    }

    @Test
    void binaryAndEmptyFilesAreRefusedWithAReason() {
        UnreadableReportException binary = assertThrows(UnreadableReportException.class,
                () -> TextDecoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, new ArrayList<>()));
        assertTrue(binary.getMessage().contains("binary"));
        UnreadableReportException empty = assertThrows(UnreadableReportException.class,
                () -> ReportReader.parse("e.md", ReportFormat.MARKDOWN, "  \n\t\n", new ArrayList<>()));
        assertEquals("empty file", empty.getMessage());
    }
}
