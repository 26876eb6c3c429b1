package org.reportstats.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportstats.report.AtomicWrite;
import org.reportstats.report.csv.SafeCsv;
import org.reportstats.testing.Cli;
import org.reportstats.testing.Cli.Run;

class BadInputTest {
    @TempDir
    Path tmp;
    Path corpus;

    @BeforeEach
    void corpus() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("c"));
        Files.writeString(corpus.resolve("a.md"), "---\nevent: DockerCon 2017\n---\nKubernetes is steady.\n");
    }

    private Run search(String query, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("search", query, "--corpus", corpus.toString(), "--index", tmp.resolve("i").toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void assertOneLineUsageError(Run run) {
        assertEquals(2, run.code(), run.toString());
        List<String> lines = run.err().strip().lines().filter(l -> !l.startsWith("Index refreshed")).toList();
        assertTrue(lines.size() <= 2 && lines.get(0).startsWith("reportstats: "), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    /** ONNX Runtime's native library cannot load (here: pointed at an empty folder; in life: a noexec /tmp). */
    @Test
    void aMachineWhereTheModelsCannotRunGetsOneLineAndNoIndex() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path index = tmp.resolve("i");
        Process child = new ProcessBuilder(java, "-Donnxruntime.native.path=" + Files.createDirectories(tmp.resolve("none")),
                "-cp", System.getProperty("java.class.path"), "org.reportstats.cli.ReportStats", "index", "--corpus",
                corpus.toString(), "--index", index.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, child.waitFor(), output);
        assertTrue(output.strip().matches("reportstats: the (sentence|target) model needs ONNX Runtime.s native library.*"), output);
        assertEquals(1, output.strip().lines().count(), output);
        try (var files = Files.list(index)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("segments")), "nothing was committed");
        }
    }

    @Test
    void badQueriesAndOptions() {
        assertOneLineUsageError(search("\"unbalanced quote"));
        assertOneLineUsageError(search("(kubernetes AND mesos"));
        assertOneLineUsageError(search("kube".repeat(25_000)));
        assertOneLineUsageError(search("x", "--limit", "-1"));
        assertOneLineUsageError(search("x", "--limit", "lots"));
        assertOneLineUsageError(search("x", "--frobnicate"));
        assertOneLineUsageError(search("x", "--sentiment", "angry"));
        assertOneLineUsageError(Cli.run("index", "--corpus", tmp.resolve("missing").toString()));
        assertOneLineUsageError(Cli.run("trends", "--corpus", corpus.toString(), "--index", tmp.resolve("i").toString(), "--from", "2019", "--to", "2015"));
        assertOneLineUsageError(Cli.run("nonsense"));
        Run star = search("*");
        assertEquals(0, star.code(), "a lone * matches every sentence: " + star);
        assertTrue(star.out().contains("Kubernetes is steady."));
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralised() throws IOException {
        StringWriter out = new StringWriter();
        try (SafeCsv csv = new SafeCsv(out, List.of("text", "number"))) {
            for (String evil : List.of("=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tlead", "\rlead", "ok")) {
                csv.row(List.of(evil, -0.5));
            }
        }
        List<String> lines = out.toString().lines().toList();
        assertEquals(List.of("text,number", "'=1+1,-0.5", "'+cmd,-0.5", "'-2+3,-0.5", "'@SUM(A1),-0.5", "'\tlead,-0.5"), lines.subList(0, 6));
        assertTrue(out.toString().contains("\"'\rlead\",-0.5\r\n"), "CR is neutralised and quoted (RFC 4180)");
        assertTrue(out.toString().endsWith("ok,-0.5\r\n"), "CRLF record ends, numbers stay numbers");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(tmp.resolve("trends.csv"), "old complete content\n");
        assertThrows(IOException.class, () -> AtomicWrite.write(target, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("old complete content\n", Files.readString(target));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of("c", "trends.csv"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void outputsStayInsideOut() throws Exception {
        Files.writeString(corpus.resolve("b.md"), "---\nevent: ../../etc/passwd 2017\ndate: 2017-01-01\n---\nMesos is fine.\n");
        Path out = tmp.resolve("out");
        Run run = Cli.run("trends", "--corpus", corpus.toString(), "--index", tmp.resolve("i").toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.toString());
        for (String line : run.out().lines().filter(l -> l.startsWith("wrote ")).toList()) {
            assertTrue(Path.of(line.substring(6)).toAbsolutePath().normalize().startsWith(out.toAbsolutePath()), line);
        }
    }
}
