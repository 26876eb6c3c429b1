package org.reportstats.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns every failure into one line on stderr and an exit code; the stack trace only with -v / REPORTSTATS_DEBUG. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof UserError u) {
            err.println("reportstats: " + u.getMessage());
            err.flush();
            return u.exitCode();
        }
        // failures of the machine or a service, already said in one line
        if (e instanceof org.reportstats.nlp.ModelException || e instanceof org.reportstats.index.solr.SolrEngineException) {
            err.println("reportstats: " + e.getMessage());
            err.flush();
            return ExitCode.FAILURE;
        }
        err.println("reportstats: unexpected error: " + e);
        if (debug()) {
            e.printStackTrace(err);
        } else {
            err.println("reportstats: set REPORTSTATS_DEBUG=1 to see the stack trace, and please report it");
        }
        err.flush();
        return ExitCode.FAILURE;
    }

    /** Unknown option, bad value, missing argument: what is wrong, and where help is. */
    static int onBadUsage(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("reportstats: " + e.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return ExitCode.USAGE;
    }

    static int exitCodeOf(Throwable t) {
        return t instanceof UserError u ? u.exitCode() : ExitCode.FAILURE;
    }

    private static boolean debug() {
        return System.getenv("REPORTSTATS_DEBUG") != null || Arrays.asList("true", "1").contains(System.getProperty("reportstats.debug"));
    }
}
