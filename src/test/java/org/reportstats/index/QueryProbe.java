package org.reportstats.index;

/** Lets tests outside the package reach the query parser. */
public final class QueryProbe {
    private QueryProbe() {
    }

    /** Null when the query parses, else the one-line message a user would see. */
    public static String parseOrMessage(String query) {
        try {
            ReportQueryParser.parseUserQuery(query);
            return null;
        } catch (QuerySyntaxException e) {
            return e.getMessage();
        }
    }
}
