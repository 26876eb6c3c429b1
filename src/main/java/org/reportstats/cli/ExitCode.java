package org.reportstats.cli;

/** Exit codes of every command, documented in the README. */
public final class ExitCode {
    /** Success, including "no matches". */
    public static final int OK = 0;
    /** Something failed that is not the user's input (I/O error, locked index, bug). */
    public static final int FAILURE = 1;
    /** Bad options, bad query, bad input file. */
    public static final int USAGE = 2;
    /** {@code index} found no readable report in the corpus. */
    public static final int NO_REPORTS = 3;

    private ExitCode() {
    }
}
