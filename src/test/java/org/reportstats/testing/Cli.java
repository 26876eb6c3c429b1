package org.reportstats.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.reportstats.cli.ReportStats;

/** Runs reportstats commands in-process and captures what a user would see. */
public final class Cli {
    private Cli() {
    }

    /** The outcome of one command. */
    public record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ReportStats.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), false).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The bundled sample corpus. */
    public static Path bundledCorpus() {
        return Paths.get("corpus").toAbsolutePath();
    }

    /** The seed report in ../shared/corpus, when this checkout has it beside it. */
    public static Path seedReport() {
        return Paths.get("..", "shared", "corpus", "kubecon-eu-2017-berlin.txt").toAbsolutePath().normalize();
    }
}
