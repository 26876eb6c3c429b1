package org.reportstats.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.reportstats.analysis.TrendResult;
import org.reportstats.analysis.TrendRow;

/** The four trend charts, 1200×700, one colour per technology across all of them. */
public final class TrendCharts {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 700;
    /** Tableau 10: distinguishable, colour-blind-friendlier than AWT defaults. */
    private static final Color[] PALETTE = {new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759),
            new Color(0x76B7B2), new Color(0x59A14F), new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7),
            new Color(0x9C755F), new Color(0xBAB0AC)};

    /** A chart and the file name (without extension) it is saved under. */
    public record Named(String name, Chart<?, ?> chart) {
    }

    private TrendCharts() {
    }

    public static Color colorOf(int techIndex) {
        return PALETTE[techIndex % PALETTE.length];
    }

    public static List<Named> all(TrendResult r) {
        return List.of(new Named("share_of_voice", shareOfVoice(r)), new Named("mentions_per_10k", mentionsPer10k(r)),
                new Named("sentiment", sentiment(r)), new Named("co_mentions", coMentions(r)));
    }

    static CategoryChart shareOfVoice(TrendResult r) {
        CategoryChart chart = categoryChart("Share of voice by " + r.request().by().column(), "Share of all mentions of the compared technologies (%)");
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0);
        forEachTech(r, (tech, i) -> {
            CategorySeries s = chart.addSeries(tech, r.periods(), values(r, tech, row -> row.shareOfVoice() * 100));
            s.setMarkerColor(colorOf(i));
            s.setLineColor(colorOf(i));
            s.setLineStyle(new BasicStroke(3f));
        });
        return chart;
    }

    static CategoryChart mentionsPer10k(TrendResult r) {
        CategoryChart chart = categoryChart("Mentions per 10,000 words by " + r.request().by().column(), "Mentions per 10,000 words");
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Bar);
        chart.getStyler().setOverlapped(false);
        forEachTech(r, (tech, i) -> chart.addSeries(tech, r.periods(), values(r, tech, TrendRow::mentionsPer10kWords))
                .setFillColor(colorOf(i)));
        return chart;
    }

    /**
     * Mean tone about each technology with its 95 % t interval, as diverging bars with whiskers, grouped by
     * period. A period without a mention has no bar (NaN: XChart skips it; null would break its error bars).
     */
    static CategoryChart sentiment(TrendResult r) {
        CategoryChart chart = categoryChart("Sentiment about each technology (mean, 95 % CI) by " + r.request().by().column(),
                "Mean sentiment (-1 negative … +1 positive)");
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Bar);
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setYAxisMin(-1.0).setYAxisMax(1.0).setErrorBarsColor(Color.DARK_GRAY);
        forEachTech(r, (tech, i) -> {
            List<Double> means = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (String p : r.periods()) {
                TrendRow row = r.row(p, tech);
                means.add(row.sentimentMean());
                errors.add(Double.isNaN(row.sentimentCiHigh()) ? 0.0 : (row.sentimentCiHigh() - row.sentimentCiLow()) / 2);
            }
            chart.addSeries(tech, r.periods(), means, errors).setFillColor(colorOf(i));
        });
        return chart;
    }

    /** How often two technologies share a sentence; the diagonal is how many sentences name each. */
    static HeatMapChart coMentions(TrendResult r) {
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Co-mentions: sentences naming both technologies").xAxisTitle("Technology").yAxisTitle("Technology")
                .build();
        chart.getStyler().setShowValue(true).setChartBackgroundColor(Color.WHITE).setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setRangeColors(new Color[] {new Color(0xF7FBFF), new Color(0x6BAED6), new Color(0x08306B)});
        chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        List<Number[]> heat = new ArrayList<>();
        int n = r.technologies().size();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                heat.add(new Number[] {a, b, r.coMentions()[a][b]});
            }
        }
        chart.addSeries("sentences", r.technologies(), r.technologies(), heat);
        return chart;
    }

    private static CategoryChart categoryChart(String title, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("")
                .yAxisTitle(yTitle).build();
        styleAxes(chart.getStyler());
        return chart;
    }

    private static void styleAxes(org.knowm.xchart.style.AxesChartStyler styler) {
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setXAxisLabelRotation(30);
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    }

    private interface TechVisitor {
        void visit(String tech, int index);
    }

    private static void forEachTech(TrendResult r, TechVisitor visitor) {
        for (int i = 0; i < r.technologies().size(); i++) {
            visitor.visit(r.technologies().get(i), i);
        }
    }

    private static List<Double> values(TrendResult r, String tech, java.util.function.ToDoubleFunction<TrendRow> f) {
        List<Double> out = new ArrayList<>();
        for (String p : r.periods()) {
            double v = f.applyAsDouble(r.row(p, tech));
            out.add(Double.isNaN(v) ? null : v);
        }
        return out;
    }
}
