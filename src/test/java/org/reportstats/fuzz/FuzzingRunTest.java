package org.reportstats.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A short, bounded fuzzing run of every target in the normal test suite: each fuzz test runs for a few
 * seconds in a JVM of its own, instrumented, coverage-guided. Longer runs: see the README ("Fuzzing").
 */
class FuzzingRunTest {
    private static final String SECONDS = "4";

    @TempDir
    Path workDir;

    @ParameterizedTest
    @ValueSource(strings = {"frontMatterAndMetadata", "markupStripping", "sentencesMentionsAndSentiment", "queryFrontEnd"})
    void fuzzBriefly(String method) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                FuzzLauncher.class.getName(), ParsingFuzzTest.class.getName() + "#" + method)
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(workDir.resolve("fuzz.log").toFile());
        pb.environment().put("JAZZER_FUZZ", "1");
        pb.environment().put("JAZZER_MAX_DURATION", SECONDS + "s");
        pb.environment().put("JAZZER_INSTRUMENTATION_INCLUDES", "org.reportstats.**");
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), method + " did not stop");
        String log = Files.readString(workDir.resolve("fuzz.log"));
        assertEquals(0, p.exitValue(), method + " found a crash (the input is saved under the path in the log):\n" + tail(log));
        assertTrue(log.matches("(?s).*Done \\d+ runs in \\d+ second.*"), "it really fuzzed:\n" + tail(log));
    }

    private static String tail(String log) {
        return log.length() <= 6000 ? log : log.substring(log.length() - 6000);
    }
}
