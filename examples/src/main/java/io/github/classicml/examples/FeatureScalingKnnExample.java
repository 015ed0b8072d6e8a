package io.github.classicml.examples;

import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.algorithms.preprocessing.StandardScalerModel;
import io.github.classicml.algorithms.selection.TrainTestSplit;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.metrics.ConfusionMatrix;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import java.io.PrintStream;

/**
 * Feature scaling and k-nearest neighbours on wine: why distances need standardised columns.
 *
 * <p>Wine's 13 measurements live on very different scales: proline is in the hundreds, hue near 1. An
 * unscaled Euclidean distance is then almost the proline difference alone. The example fits kNN on the
 * raw columns and on columns standardised with the training rows' means and standard deviations
 * ({@link StandardScaler}, fitted on the training part only), compares test accuracies for k = 1..15,
 * and plots them.
 */
public final class FeatureScalingKnnExample implements Example {

    @Override
    public String name() {
        return "feature-scaling-knn";
    }

    @Override
    public String question() {
        return "Why must features be scaled before k-nearest neighbours?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset wine = Datasets.wine();
        TrainTestSplit.Indices split = TrainTestSplit.of(0.3).withStratification().withSeed(42).split(wine);
        Dataset train = split.trainData(wine);
        Dataset test = split.testData(wine);
        StandardScalerModel scaler = StandardScaler.of().fit(train);
        Dataset trainScaled = scaler.transform(train);
        Dataset testScaled = scaler.transform(test);

        double[] sd = scaler.scales();
        int widest = 0;
        int narrowest = 0;
        for (int j = 1; j < sd.length; j++) {
            widest = sd[j] > sd[widest] ? j : widest;
            narrowest = sd[j] < sd[narrowest] ? j : narrowest;
        }
        out.printf("wine: %d training rows, %d test rows, %d columns%n", train.rows(), test.rows(), wine.columns());
        out.printf("standard deviations range from %.3f (%s) to %.1f (%s): a ratio of %.0f,%n", sd[narrowest],
                wine.columnName(narrowest), sd[widest], wine.columnName(widest), sd[widest] / sd[narrowest]);
        out.println("so unscaled Euclidean distance is decided almost entirely by " + wine.columnName(widest) + ".");
        out.println();
        out.println("   k   accuracy unscaled   accuracy standardised");
        int maxK = 15;
        double[] ks = new double[maxK];
        double[] raw = new double[maxK];
        double[] scaled = new double[maxK];
        for (int k = 1; k <= maxK; k++) {
            ks[k - 1] = k;
            raw[k - 1] = accuracy(KnnClassifier.of(k).fit(train).predict(test), test);
            scaled[k - 1] = accuracy(KnnClassifier.of(k).fit(trainScaled).predict(testScaled), testScaled);
            out.printf("  %2d   %17.3f   %21.3f%n", k, raw[k - 1], scaled[k - 1]);
        }
        out.println();
        out.printf("k = 5: %.3f unscaled, %.3f standardised. Fit the scaler on the training rows only, then%n",
                raw[4], scaled[4]);
        out.println("apply it to both parts: the test rows must not influence the model.");

        XYChart chart = new XYChartBuilder().width(640).height(420).title("kNN on wine: test accuracy against k")
                .xAxisTitle("k (neighbours)").yAxisTitle("test accuracy").build();
        chart.addSeries("standardised", ks, scaled);
        chart.addSeries("unscaled", ks, raw);
        return Report.builder()
                .figure("accuracyUnscaled", raw[4])
                .figure("accuracyScaled", scaled[4])
                .figure("scaleRatio", sd[widest] / sd[narrowest])
                .file(Plots.savePng(chart, context, "feature-scaling-knn"))
                .build();
    }

    private static double accuracy(int[] predicted, Dataset test) {
        return ConfusionMatrix.of(test.classes(), predicted, test.classNames()).accuracy().value();
    }
}
