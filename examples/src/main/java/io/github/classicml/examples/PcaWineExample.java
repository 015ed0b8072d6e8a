package io.github.classicml.examples;

import io.github.classicml.algorithms.preprocessing.Pca;
import io.github.classicml.algorithms.preprocessing.PcaModel;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Principal component analysis on wine: how many directions carry the 13 measurements?
 *
 * <p>The columns are standardised first (PCA on raw wine would find proline's scale, not structure),
 * then factored by SVD. The example prints each component's share of the variance and the cumulative
 * share, says how many components reach 90 % and 95 %, names the measurements that weigh most in the
 * first two axes, and plots the rows on those two axes, coloured by cultivar: the three cultivars,
 * which PCA never saw, separate almost entirely in two dimensions.
 */
public final class PcaWineExample implements Example {

    @Override
    public String name() {
        return "pca-wine";
    }

    @Override
    public String question() {
        return "What does PCA do, and how many components do you keep?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset wine = Datasets.wine();
        Dataset z = StandardScaler.of().fit(wine).transform(wine);
        PcaModel pca = Pca.of().fit(z);
        double[] ratio = pca.explainedVarianceRatio();
        out.printf("wine: %d rows, %d standardised measurements.%n", wine.rows(), wine.columns());
        out.println("component   share of variance   cumulative");
        double cumulative = 0;
        int for90 = 0;
        int for95 = 0;
        for (int c = 0; c < ratio.length; c++) {
            cumulative += ratio[c];
            for90 = for90 == 0 && cumulative >= 0.9 ? c + 1 : for90;
            for95 = for95 == 0 && cumulative >= 0.95 ? c + 1 : for95;
            out.printf("   %2d        %10.3f        %10.3f%n", c + 1, ratio[c], cumulative);
        }
        out.printf("%d of %d components keep 90 %% of the variance, %d keep 95 %%.%n", for90, ratio.length, for95);
        double[][] axes = pca.components();
        for (int c = 0; c < 2; c++) {
            int top = 0;
            for (int j = 1; j < axes[c].length; j++) {
                top = Math.abs(axes[c][j]) > Math.abs(axes[c][top]) ? j : top;
            }
            out.printf("axis %d weighs %s most (%.3f).%n", c + 1, wine.columnName(top), axes[c][top]);
        }

        Dataset projected = Pca.of(2).fit(z).transform(z);
        XYChart chart = new XYChartBuilder().width(640).height(480).title("Wine on its first two principal axes")
                .xAxisTitle(String.format("PC1 (%.0f %% of variance)", 100 * ratio[0]))
                .yAxisTitle(String.format("PC2 (%.0f %% of variance)", 100 * ratio[1])).build();
        for (int k = 0; k < wine.classCount(); k++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < wine.rows(); i++) {
                if (wine.classOf(i) == k) {
                    xs.add(projected.get(i, 0));
                    ys.add(projected.get(i, 1));
                }
            }
            chart.addSeries("cultivar " + wine.classNames().get(k), xs, ys)
                    .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
        return Report.builder()
                .figure("ratio1", ratio[0])
                .figure("ratio2", ratio[1])
                .figure("componentsFor95", for95)
                .figure("firstRowPc1", projected.get(0, 0))
                .figure("firstRowPc2", projected.get(0, 1))
                .file(Plots.savePng(chart, context, "pca-wine"))
                .build();
    }
}
