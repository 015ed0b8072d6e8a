package io.github.classicml.examples;

import io.github.classicml.algorithms.selection.TrainTestSplit;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import java.io.PrintStream;

/**
 * Why a deep decision tree overfits: training and test accuracy of Gini trees on breast cancer as
 * the depth limit grows.
 *
 * <p>A tree grown without limit splits until every leaf is pure, so it classifies its own training
 * rows without error (when no two rows are equal) whatever the noise in them; past some depth, the new
 * splits isolate single training rows and the test accuracy stops rising or falls. The example fits
 * one tree per depth limit on a stratified 70/30 split and draws both curves.
 */
public final class TreeDepthOverfittingExample implements Example {

    @Override
    public String name() {
        return "tree-depth-overfitting";
    }

    @Override
    public String question() {
        return "Why does a deep decision tree overfit, and where does its training error reach zero?";
    }

    private static double accuracy(DecisionTreeClassifierModel model, Dataset data) {
        int[] predicted = model.predict(data);
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == data.classOf(i) ? 1 : 0;
        }
        return correct / (double) predicted.length;
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset data = Datasets.breastCancer();
        TrainTestSplit.Indices split = TrainTestSplit.of(0.3).withStratification().withSeed(0).split(data);
        Dataset train = split.trainData(data);
        Dataset test = split.testData(data);
        DecisionTreeClassifierModel full = DecisionTreeClassifier.of().fit(train);
        int fullDepth = full.depth();
        double[] depths = new double[fullDepth];
        double[] trainAccuracy = new double[fullDepth];
        double[] testAccuracy = new double[fullDepth];
        out.printf("Gini trees on breast cancer: %d training rows, %d test rows, %d columns.%n", train.rows(),
                test.rows(), data.columns());
        out.println("  depth  leaves  training accuracy  test accuracy");
        int zeroErrorDepth = -1;
        int bestDepth = 1;
        for (int d = 1; d <= fullDepth; d++) {
            DecisionTreeClassifierModel model = DecisionTreeClassifier.of().withMaxDepth(d).fit(train);
            depths[d - 1] = d;
            trainAccuracy[d - 1] = accuracy(model, train);
            testAccuracy[d - 1] = accuracy(model, test);
            if (zeroErrorDepth < 0 && trainAccuracy[d - 1] == 1.0) {
                zeroErrorDepth = d;
            }
            if (testAccuracy[d - 1] > testAccuracy[bestDepth - 1]) {
                bestDepth = d;
            }
            out.printf("  %5d  %6d  %17.4f  %13.4f%n", d, model.leafCount(), trainAccuracy[d - 1],
                    testAccuracy[d - 1]);
        }
        double fullTest = testAccuracy[fullDepth - 1];
        out.println();
        out.printf("Training error reaches 0 at depth %d, where the tree stops by itself: its %d leaves are all"
                + " pure, %.1f training rows per leaf on average.%n", zeroErrorDepth, full.leafCount(),
                train.rows() / (double) full.leafCount());
        out.printf("Test accuracy peaks at depth %d (%.4f); the fully grown tree scores %.4f on the test rows,"
                + " %.1f points below its training accuracy.%n", bestDepth, testAccuracy[bestDepth - 1], fullTest,
                100 * (trainAccuracy[fullDepth - 1] - fullTest));
        out.println("The deep splits fit the noise of single training rows: limit the depth, require more rows"
                + " per leaf, prune (ccpAlpha), or average many trees.");

        XYChart chart = new XYChartBuilder().width(640).height(420).title("Tree depth: training vs test accuracy")
                .xAxisTitle("maximum depth").yAxisTitle("accuracy").build();
        chart.addSeries("training", depths, trainAccuracy);
        chart.addSeries("test", depths, testAccuracy);
        return Report.builder()
                .figure("fullDepth", fullDepth)
                .figure("zeroErrorDepth", zeroErrorDepth)
                .figure("fullTrainingAccuracy", trainAccuracy[fullDepth - 1])
                .figure("fullTestAccuracy", fullTest)
                .figure("bestTestDepth", bestDepth)
                .figure("bestTestAccuracy", testAccuracy[bestDepth - 1])
                .figure("stumpTrainingAccuracy", trainAccuracy[0])
                .figure("trainingRows", train.rows())
                .figure("monotoneTraining", monotone(trainAccuracy) ? 1 : 0)
                .file(Plots.savePng(chart, context, "tree-depth-overfitting"))
                .build();
    }

    private static boolean monotone(double[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
