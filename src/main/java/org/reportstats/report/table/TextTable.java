package org.reportstats.report.table;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** An aligned plain-text table: text columns left-aligned, numeric columns right-aligned. */
public final class TextTable {
    private final List<String> headers;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();
    private int maxCellWidth = 60;

    public TextTable(List<String> headers, boolean... numericColumns) {
        this.headers = List.copyOf(headers);
        this.numeric = new boolean[headers.size()];
        for (int i = 0; i < numericColumns.length && i < numeric.length; i++) {
            numeric[i] = numericColumns[i];
        }
    }

    /** Cells longer than this are cut with an ellipsis. */
    public TextTable maxCellWidth(int width) {
        this.maxCellWidth = width;
        return this;
    }

    public TextTable row(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, table has " + headers.size() + " columns");
        }
        rows.add(cells.stream().map(this::fit).toList());
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        printRow(out, headers, widths);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        out.println(rule);
        rows.forEach(r -> printRow(out, r, widths));
        out.flush();
    }

    private void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            if (c > 0) {
                line.append("  ");
            }
            line.append(numeric[c] ? pad + cell : (c == cells.size() - 1 ? cell : cell + pad));
        }
        out.println(line.toString().stripTrailing());
    }

    private String fit(String cell) {
        String flat = cell == null ? "" : cell.replaceAll("\\s+", " ");
        return flat.length() <= maxCellWidth ? flat : flat.substring(0, maxCellWidth - 1) + "…";
    }
}
