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
import java.util.SplittableRandom;

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
        // k is a hyperparameter: choose it on the training rows (5-fold cross-validation, the scaler refitted
        // inside each fold), never on the test rows, which are used once at the end
        int maxK = 15;
        int[] fold = folds(train.rows(), 5, new SplittableRandom(0));
        out.println("5-fold cross-validated accuracy on the training rows (the test rows stay unseen):");
        out.println("   k   unscaled   standardised");
        double[] ks = new double[maxK];
        double[] raw = new double[maxK];
        double[] scaled = new double[maxK];
        int bestRaw = 1;
        int bestScaled = 1;
        for (int k = 1; k <= maxK; k++) {
            ks[k - 1] = k;
            raw[k - 1] = crossValidated(train, fold, 5, k, false);
            scaled[k - 1] = crossValidated(train, fold, 5, k, true);
            bestRaw = raw[k - 1] > raw[bestRaw - 1] ? k : bestRaw;
            bestScaled = scaled[k - 1] > scaled[bestScaled - 1] ? k : bestScaled;
            out.printf("  %2d   %8.3f   %12.3f%n", k, raw[k - 1], scaled[k - 1]);
        }
        double testRaw = accuracy(KnnClassifier.of(bestRaw).fit(train).predict(test), test);
        double testScaledAccuracy = accuracy(KnnClassifier.of(bestScaled).fit(trainScaled).predict(testScaled), testScaled);
        out.println();
        out.printf("chosen by cross-validation: k = %d unscaled, k = %d standardised (the smallest k on ties).%n",
                bestRaw, bestScaled);
        out.printf("test accuracy, measured once with the chosen k: %.3f unscaled, %.3f standardised.%n", testRaw,
                testScaledAccuracy);
        out.println("Fit the scaler on the training rows only (and inside each fold), then apply it to the rows it");
        out.println("scores: test rows must not influence the model, and choosing k on them would do exactly that.");

        XYChart chart = new XYChartBuilder().width(640).height(420).title("kNN on wine: cross-validated accuracy against k")
                .xAxisTitle("k (neighbours)").yAxisTitle("5-fold CV accuracy (training rows)").build();
        chart.addSeries("standardised", ks, scaled);
        chart.addSeries("unscaled", ks, raw);
        return Report.builder()
                .figure("accuracyUnscaled", testRaw)
                .figure("accuracyScaled", testScaledAccuracy)
                .figure("chosenKUnscaled", bestRaw)
                .figure("chosenKScaled", bestScaled)
                .figure("scaleRatio", sd[widest] / sd[narrowest])
                .file(Plots.savePng(chart, context, "feature-scaling-knn"))
                .build();
    }

    /** Assigns each row to one of {@code k} folds of equal size (within one), in a seeded random order. */
    static int[] folds(int rows, int k, SplittableRandom rng) {
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        for (int i = rows - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] fold = new int[rows];
        for (int i = 0; i < rows; i++) {
            fold[order[i]] = i % k;
        }
        return fold;
    }

    /** Mean accuracy of kNN over the folds; with {@code scale}, the scaler is fitted on each fold's training part. */
    static double crossValidated(Dataset data, int[] fold, int folds, int k, boolean scale) {
        double sum = 0;
        for (int f = 0; f < folds; f++) {
            int size = 0;
            for (int v : fold) {
                size += v == f ? 1 : 0;
            }
            int[] fit = new int[data.rows() - size];
            int[] held = new int[size];
            for (int i = 0, a = 0, b = 0; i < data.rows(); i++) {
                if (fold[i] == f) {
                    held[b++] = i;
                } else {
                    fit[a++] = i;
                }
            }
            Dataset fitRows = data.select(fit);
            Dataset heldRows = data.select(held);
            if (scale) {
                StandardScalerModel scaler = StandardScaler.of().fit(fitRows);
                fitRows = scaler.transform(fitRows);
                heldRows = scaler.transform(heldRows);
            }
            sum += accuracy(KnnClassifier.of(k).fit(fitRows).predict(heldRows), heldRows);
        }
        return sum / folds;
    }

    private static double accuracy(int[] predicted, Dataset test) {
        return ConfusionMatrix.of(test.classes(), predicted, test.classNames()).accuracy().value();
    }
}
