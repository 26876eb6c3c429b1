package org.reportstats.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportstats.testing.Cli;
import org.reportstats.testing.Cli.Run;

/** A messy corpus folder: every bad file is skipped or read with one warning naming it; the good ones are indexed. */
class HostileCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void badFilesAreReportedAndTheRestIsIndexed() throws Exception {
        Path c = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(c.resolve("good.md"), "---\nevent: DockerCon 2017\n---\nKubernetes is great.\n");
        Files.writeString(c.resolve("empty.txt"), "");
        Files.writeString(c.resolve("blank.md"), "  \n\t \n");
        Files.write(c.resolve("nul.txt"), new byte[] {'a', 0, 'b', 0, 'c'});
        Files.write(c.resolve("picture.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.write(c.resolve("broken-utf8.txt"), new byte[] {'M', 'e', 's', 'o', 's', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'o', 'k', '.'});
        byte[] utf16 = "KubeCon Europe 2017 notes\n\nHelm is handy.".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(c.resolve("utf16.txt"), withBom);
        Files.write(c.resolve("cp1252.txt"), "Caf\u00e9 talk \u2013 Docker Swarm is \u201csimple\u201d.".getBytes(Charset.forName("windows-1252")));
        try (RandomAccessFile huge = new RandomAccessFile(c.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024); // sparse: 50 MB on a single line, written in no time
        }
        Files.writeString(c.resolve("deep.html"), "<html><body>" + "<div>".repeat(10_000) + "Nomad is calm." + "</div>".repeat(10_000) + "</body></html>");
        Files.writeString(c.resolve("bad-yaml.md"), "---\ntitle: [unclosed\n  : :\n---\nMesos is solid.\n");
        Files.writeString(c.resolve("bad-date.md"), "---\nevent: MesosCon 2017\ndate: 2017-13-45\n---\nMarathon is fine.\n");
        Files.createDirectories(c.resolve("loop"));
        Files.createSymbolicLink(c.resolve("loop/again"), c.resolve("loop"));
        Files.writeString(c.resolve("name with spaces – ü.txt"), "Istio is complex.\n");
        Files.writeString(c.resolve("new\nline.txt"), "Linkerd is light.\n");
        Files.writeString(c.resolve("notes.pdf"), "%PDF-1.4");

        Run run = Cli.run("index", "--corpus", c.toString(), "--index", tmp.resolve("index").toString());
        assertEquals(0, run.code(), run.toString());
        String err = run.err();
        assertSkipped(err, "empty.txt", "empty file");
        assertSkipped(err, "blank.md", "empty file");
        assertSkipped(err, "nul.txt", "binary");
        assertSkipped(err, "picture.md", "binary");
        assertSkipped(err, "huge.txt", "larger than the 8 MB limit");
        assertSkipped(err, "notes.pdf", "not a report format");
        assertSkipped(err, "loop/again", "symbolic link loop");
        assertTrue(err.contains("warning: broken-utf8.txt: not valid UTF-8; read as Windows-1252"), err);
        assertTrue(err.contains("warning: cp1252.txt: not valid UTF-8; read as Windows-1252"), err);
        assertTrue(err.contains("warning: bad-yaml.md: front matter is not valid YAML"), err);
        assertTrue(err.contains("warning: bad-date.md: date '2017-13-45' in front matter is not a valid YYYY-MM-DD date"), err);
        assertTrue(run.out().contains("new\\u000aline.txt"), "a newline in a file name is shown escaped: " + run.out());
        for (String line : err.split("\n")) {
            assertTrue(line.startsWith("warning: ") || line.startsWith("skipped: "), "one line per notice: " + line);
        }
        assertFalse(err.contains("Exception"), err);
        // good.md, broken-utf8, utf16, cp1252, deep.html, bad-yaml, bad-date, two odd names = 9 reports
        assertTrue(run.out().contains("Indexed 9 reports (9 new, 0 changed, 0 unchanged, 0 removed, 7 skipped)"), run.out());
        Run search = Cli.run("search", "calm OR handy OR light OR complex", "--corpus", c.toString(), "--index",
                tmp.resolve("index").toString(), "--format", "json");
        assertTrue(search.out().contains("\"total\" : 4"), "deep HTML, UTF-16 and odd file names are searchable: " + search.out());
    }

    private static void assertSkipped(String err, String file, String reason) {
        assertTrue(err.lines().anyMatch(l -> l.startsWith("skipped: " + file + ": ") && l.contains(reason)),
                file + " skipped for '" + reason + "' in:\n" + err);
    }

    @Test
    void unreadableFileIsSkippedWhenNotRoot() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every file");
        Path c = Files.createDirectories(tmp.resolve("perm"));
        Files.writeString(c.resolve("ok.txt"), "Kubernetes.\n");
        Path secret = Files.writeString(c.resolve("secret.txt"), "Mesos.\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Run run = Cli.run("index", "--corpus", c.toString(), "--index", tmp.resolve("pi").toString());
        assertEquals(0, run.code());
        assertTrue(run.err().contains("skipped: secret.txt: permission denied"), run.err());
    }

    /** Root reads every file whatever its permissions; a link to nothing cannot be read by anyone. */
    @Test
    void aFileThatCannotBeReadIsSkippedEvenForRoot() throws Exception {
        Path c = Files.createDirectories(tmp.resolve("dangling"));
        Files.writeString(c.resolve("ok.txt"), "Kubernetes.\n");
        Files.createSymbolicLink(c.resolve("gone.md"), c.resolve("deleted-long-ago.md"));
        Run run = Cli.run("index", "--corpus", c.toString(), "--index", tmp.resolve("di").toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.err().contains("skipped: gone.md: cannot be read: broken symbolic link"), run.err());
        assertTrue(run.out().contains("Indexed 1 report (1 new"), run.out());
    }

    /** A bad file is remembered: searches do not re-read it or repeat its warning; fixing it gets it indexed. */
    @Test
    void anUnchangedBadFileIsNotReadAgain() throws Exception {
        Path c = Files.createDirectories(tmp.resolve("remember"));
        Path index = tmp.resolve("ri");
        Files.writeString(c.resolve("good.txt"), "Kubernetes is fine.\n");
        Files.writeString(c.resolve("empty.md"), "");
        Run first = Cli.run("index", "--corpus", c.toString(), "--index", index.toString());
        assertTrue(first.err().contains("skipped: empty.md: empty file"), first.err());
        Run search = Cli.run("search", "fine", "--corpus", c.toString(), "--index", index.toString());
        assertEquals("", search.err(), "the index is current: no refresh, no repeated warning");
        Run again = Cli.run("index", "--corpus", c.toString(), "--index", index.toString());
        assertTrue(again.out().contains("(0 new, 0 changed, 1 unchanged, 0 removed, 1 skipped)"), again.out());
        assertTrue(again.err().contains("skipped: empty.md: empty file"), "index still lists it: " + again.err());
        Files.writeString(c.resolve("empty.md"), "Mesos is back.\n");
        Files.setLastModifiedTime(c.resolve("empty.md"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Run fixed = Cli.run("index", "--corpus", c.toString(), "--index", index.toString());
        assertTrue(fixed.out().contains("(1 new, 0 changed, 1 unchanged, 0 removed, 0 skipped)"), fixed.out());
    }

    @Test
    void aCorpusWithoutReadableReportsExitsWithThree() throws Exception {
        Path c = Files.createDirectories(tmp.resolve("none"));
        Files.writeString(c.resolve("empty.md"), "");
        Run run = Cli.run("index", "--corpus", c.toString(), "--index", tmp.resolve("ni").toString());
        assertEquals(3, run.code(), run.toString());
    }

    @Test
    void aLongFirstLineIsNotATitle() throws Exception {
        Path c = Files.createDirectories(tmp.resolve("long"));
        Files.writeString(c.resolve("kubecon-2018-notes.txt"), "Kubernetes is great ".repeat(2000) + "\n");
        Run run = Cli.run("search", "great", "--corpus", c.toString(), "--index", tmp.resolve("li").toString(), "--format", "json");
        assertTrue(run.out().contains("\"title\" : \"kubecon 2018 notes\""), run.out().substring(0, Math.min(600, run.out().length())));
    }
}
