package io.github.classicml.examples;

import io.github.classicml.core.Check;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes XChart charts as PNG files, headless, into an example's output directory.
 */
public final class Plots {

    private Plots() {
    }

    /**
     * A confusion matrix as grouped bars: one group per actual class, one bar per predicted class.
     *
     * @param title the chart's title
     * @param classNames the class names, in index order
     * @param counts {@code counts[actual][predicted]}
     * @return the chart
     */
    public static CategoryChart confusionBars(String title, List<String> classNames, long[][] counts) {
        CategoryChart chart = new CategoryChartBuilder().width(640).height(420).title(title)
                .xAxisTitle("actual class").yAxisTitle("rows").build();
        for (int p = 0; p < classNames.size(); p++) {
            List<Double> column = new ArrayList<>();
            for (long[] row : counts) {
                column.add((double) row[p]);
            }
            chart.addSeries("predicted " + classNames.get(p), classNames, column);
        }
        return chart;
    }

    /**
     * Saves a chart as {@code <outputDirectory>/<fileName>.png}, creating the directory if needed.
     *
     * @param chart the chart
     * @param context the example's context, which says where pictures go
     * @param fileName the file name without extension
     * @return the path written
     */
    public static Path savePng(Chart<?, ?> chart, ExampleContext context, String fileName) {
        Check.notNull("chart", chart);
        Check.notNull("fileName", fileName);
        System.setProperty("java.awt.headless", "true");
        try {
            Files.createDirectories(context.outputDirectory());
            Path file = context.outputDirectory().resolve(fileName + ".png");
            BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + fileName + ".png to " + context.outputDirectory(), e);
        }
    }
}
