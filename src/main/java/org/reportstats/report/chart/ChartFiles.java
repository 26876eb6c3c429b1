package org.reportstats.report.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.reportstats.report.AtomicWrite;

/** Saves a chart as PNG and SVG, each written atomically. */
public final class ChartFiles {
    private ChartFiles() {
    }

    public static Path savePng(Chart<?, ?> chart, Path file) throws IOException {
        AtomicWrite.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
        return file;
    }

    public static Path saveSvg(Chart<?, ?> chart, Path file) throws IOException {
        AtomicWrite.write(file, out -> out.write(svg(chart).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return file;
    }

    /** The chart as SVG text, for embedding in an HTML page. */
    public static String svg(Chart<?, ?> chart) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, bytes, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
