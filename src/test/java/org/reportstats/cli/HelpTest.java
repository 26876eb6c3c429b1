package org.reportstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportstats.testing.Cli;
import org.reportstats.testing.Cli.Run;

class HelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "index", "search", "techs", "trends", "analyze", "eval", "eval mentions", "eval sentiment",
            "eval targets"})
    void everyCommandTeachesItsUse(String command) {
        String[] args = (command + " --help").strip().split(" ");
        Run run = Cli.run(args);
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().startsWith(command.isEmpty() ? "Search conference trip reports" : ""), run.out());
        assertTrue(run.out().contains("Usage: reportstats"), run.out());
        assertFalse(run.err().contains("WARN"), "no picocli warnings: " + run.err());
        if (!command.isEmpty() && !command.equals("eval")) {
            assertTrue(run.out().contains("Example"), "an example in --help of " + command);
        }
    }
}
