package org.reportstats.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.reportstats.report.Highlight;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code reportstats} command: parses the command line and runs one subcommand. */
@Command(name = "reportstats",
        header = "Search conference trip reports and compare how technologies are mentioned and judged across events.",
        description = {"",
                "Point it at a folder of trip reports (.txt, .md with YAML front matter, .html) and ask:",
                "  reportstats trends                     Kubernetes vs Mesos vs Swarm…, event by event (tables, CSV, charts)",
                "  reportstats search 'kubernetes AND mesos'",
                "  reportstats search '' --tech Mesos --sentiment negative",
                "  reportstats analyze --text \"Mesos seems to be fading out.\" --explain",
                "The corpus defaults to ./corpus and the index to ./output/index; the index is built when needed.",
                ""},
        mixinStandardHelpOptions = true,
        versionProvider = ReportStats.Version.class,
        subcommands = {IndexCommand.class, SearchCommand.class, TechsCommand.class, TrendsCommand.class, AnalyzeCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success (also: no matches), 1 failure, 2 bad usage or input, 3 no readable report.", ""})
public final class ReportStats implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final boolean terminal;

    private ReportStats(boolean terminal) {
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        boolean terminal = System.console() != null;
        int code = commandLine(out, err, terminal).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * The command line with its writers; tests call this to run commands in-process.
     *
     * @param terminal true when output goes to a terminal (ANSI highlighting, progress bar)
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean terminal) {
        CommandLine cl = new CommandLine(new ReportStats(terminal));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(ErrorHandler::onBadUsage);
        cl.setExitCodeExceptionMapper(ErrorHandler::exitCodeOf);
        cl.getCommandSpec().usageMessage().autoWidth(true);
        return cl;
    }

    /** True when output goes to a terminal: ANSI highlighting and progress bars. */
    boolean terminal() {
        return terminal;
    }

    Highlight highlight() {
        return terminal ? Highlight.ANSI : Highlight.BRACKETS;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ReportStats.class.getPackage().getImplementationVersion();
            return new String[] {"reportstats " + (v == null ? "(development build)" : v)};
        }
    }
}
