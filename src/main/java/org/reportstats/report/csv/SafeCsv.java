package org.reportstats.report.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes RFC 4180 CSV (comma, CRLF, quotes doubled) and neutralises text cells a spreadsheet would run as a
 * formula (OWASP CSV injection: leading {@code = + - @}, tab or carriage return) by prefixing a quote.
 * Numbers are written as numbers, so "-0.4" stays a number.
 */
public final class SafeCsv implements AutoCloseable {
    private final CSVPrinter printer;

    public SafeCsv(Writer out, List<String> header) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }

    /** Cells may be {@link Number}s (written as is) or anything else (written as neutralised text). */
    public void row(List<?> cells) throws IOException {
        Object[] values = new Object[cells.size()];
        for (int i = 0; i < values.length; i++) {
            Object cell = cells.get(i);
            values[i] = cell instanceof Number n ? number(n) : neutralise(cell == null ? "" : cell.toString());
        }
        printer.printRecord(values);
    }

    public static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return "";
            }
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
