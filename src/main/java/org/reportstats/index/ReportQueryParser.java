package org.reportstats.index;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.reportstats.text.Tokens;

/**
 * Lucene's classic syntax over sentences: bare words search the text; {@code event:}, {@code author:},
 * {@code title:}, {@code location:}, {@code tech:} and {@code year:} (numbers and ranges) search metadata.
 */
public final class ReportQueryParser extends QueryParser {
    static final int MAX_QUERY_CHARS = 10_000;
    /** Fields kept only on report documents: a query on them selects the sentences of the matching reports. */
    private static final java.util.Set<String> REPORT_FIELDS = java.util.Set.of(Fields.TITLE, Fields.AUTHOR, Fields.LOCATION);

    private final java.util.function.UnaryOperator<Query> reportJoin;

    private ReportQueryParser(java.util.function.UnaryOperator<Query> reportJoin) {
        super(Fields.TEXT, Tokens.analyzer());
        this.reportJoin = reportJoin;
        setAllowLeadingWildcard(false);
        setSplitOnWhitespace(true);
    }

    /** Parses without a join (report fields then match nothing on sentences): for tests of the syntax alone. */
    public static Query parseUserQuery(String query) throws QuerySyntaxException {
        return parseUserQuery(query, q -> q);
    }

    static Query parseUserQuery(String query, java.util.function.UnaryOperator<Query> reportJoin) throws QuerySyntaxException {
        String q = query.strip();
        if (q.isEmpty() || q.equals("*") || q.equals("*:*")) {
            return new MatchAllDocsQuery();
        }
        if (q.length() > MAX_QUERY_CHARS) {
            throw new QuerySyntaxException("query is " + q.length() + " characters long; the limit is " + MAX_QUERY_CHARS);
        }
        try {
            return new ReportQueryParser(reportJoin).parse(q);
        } catch (ParseException e) {
            throw new QuerySyntaxException("cannot parse query: " + oneLine(e.getMessage()));
        } catch (BooleanQuery.TooManyClauses e) {
            throw new QuerySyntaxException("query has too many clauses; make it shorter");
        } catch (RuntimeException e) {
            throw new QuerySyntaxException("cannot parse query: " + oneLine(String.valueOf(e.getMessage())));
        }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (REPORT_FIELDS.contains(field)) {
            Query q = super.getFieldQuery(field, queryText, quoted);
            return q == null ? null : reportJoin.apply(q);
        }
        if (Fields.YEAR.equals(field)) {
            return IntPoint.newExactQuery(Fields.YEAR, year(queryText));
        }
        if (Fields.TECH.equals(field)) {
            return new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Fields.TECH, queryText));
        }
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        if (Fields.YEAR.equals(field)) {
            int low = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : year(part1) + (startInclusive ? 0 : 1);
            int high = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : year(part2) - (endInclusive ? 0 : 1);
            return IntPoint.newRangeQuery(Fields.YEAR, low, high);
        }
        return joinIfReportField(field, super.getRangeQuery(field, part1, part2, startInclusive, endInclusive));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return joinIfReportField(field, super.getWildcardQuery(field, termStr));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return joinIfReportField(field, super.getPrefixQuery(field, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return joinIfReportField(field, super.getFuzzyQuery(field, termStr, minSimilarity));
    }

    private Query joinIfReportField(String field, Query q) {
        return q != null && REPORT_FIELDS.contains(field) ? reportJoin.apply(q) : q;
    }

    private static int year(String text) throws ParseException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ParseException("year must be a number like 2017, not '" + text + "'");
        }
    }

    /** Lucene's messages list every expected token over many lines; the first line says what and where. */
    private static String oneLine(String message) {
        String first = message.strip().split("\\R", 2)[0];
        first = first.replaceFirst("^Cannot parse '.*': ", "");
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }
}
