package io.github.classicml.examples;

import io.github.classicml.algorithms.linear.LogisticRegression;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.algorithms.selection.Pipeline;
import io.github.classicml.algorithms.selection.TrainTestSplit;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "My model's training error is 0.00": what went wrong? Three models on breast cancer that reach it, and
 * one that does not.
 *
 * <p>A training error of zero says nothing about new rows. One nearest neighbour reaches it by
 * construction (each training row is its own nearest neighbour), and a fully grown tree by splitting
 * until every leaf is pure: both memorise, and their test error is what matters. When the test error is
 * zero too on a problem that should be hard, suspect leakage: here a column that copies the diagnosis
 * (as a follow-up record would) lets a one-split tree be perfect everywhere, and useless in practice,
 * where that column is not known at prediction time. A regularised logistic regression keeps a few
 * training errors and has the best honest test score.
 */
public final class ZeroTrainingErrorExample implements Example {

    @Override
    public String name() {
        return "zero-training-error";
    }

    @Override
    public String question() {
        return "Training error is 0.00: what went wrong (memorising, leakage), and what should you check?";
    }

    static double accuracy(Classifier model, Dataset data) {
        int[] predicted = model.predict(data);
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == data.classOf(i) ? 1 : 0;
        }
        return correct / (double) predicted.length;
    }

    /** The data with one more column, {@code follow_up_diagnosis}, equal to the class index. */
    static Dataset withLeak(Dataset data) {
        double[][] rows = data.toArray();
        double[][] leaked = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            leaked[i] = java.util.Arrays.copyOf(rows[i], rows[i].length + 1);
            leaked[i][rows[i].length] = data.classOf(i);
        }
        List<String> names = new ArrayList<>(data.columnNames());
        names.add("follow_up_diagnosis");
        return Dataset.of(leaked).withColumnNames(names).withClasses(data.classes(), data.classNames(), data.targetName());
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset data = Datasets.breastCancer();
        TrainTestSplit.Indices split = TrainTestSplit.of(0.3).withStratification().withSeed(0).split(data);
        Dataset train = split.trainData(data);
        Dataset test = split.testData(data);
        Dataset leaky = withLeak(data);
        Dataset leakyTrain = split.trainData(leaky);
        Dataset leakyTest = split.testData(leaky);

        Classifier oneNn = Pipeline.of(StandardScaler.of()).classifier(KnnClassifier.of(1)).fit(train);
        DecisionTreeClassifierModel tree = DecisionTreeClassifier.of().fit(train);
        DecisionTreeClassifierModel leakTree = DecisionTreeClassifier.of().fit(leakyTrain);
        Classifier logistic = Pipeline.of(StandardScaler.of()).classifier(LogisticRegression.of()).fit(train);
        String[] names = {"1-nearest neighbour", "fully grown tree", "tree + leaked column", "logistic regression (L2)"};
        double[] trainAccuracy = {accuracy(oneNn, train), accuracy(tree, train), accuracy(leakTree, leakyTrain),
            accuracy(logistic, train)};
        double[] testAccuracy = {accuracy(oneNn, test), accuracy(tree, test), accuracy(leakTree, leakyTest),
            accuracy(logistic, test)};
        out.printf(Locale.ROOT, "breast cancer: %d training rows, %d test rows (stratified 70/30).%n", train.rows(), test.rows());
        out.printf(Locale.ROOT, "  %-26s %15s %11s%n", "", "training error", "test error");
        for (int m = 0; m < names.length; m++) {
            out.printf(Locale.ROOT, "  %-26s %15.3f %11.3f%n", names[m], 1 - trainAccuracy[m], 1 - testAccuracy[m]);
        }
        out.println();
        out.printf(Locale.ROOT, "Memorising: 1-NN's training error is %.3f by construction (every training row is its own"
                + " nearest neighbour),%nand the full tree's is %.3f with %d pure leaves for %d rows; on new rows they err"
                + " %.3f and %.3f.%n", 1 - trainAccuracy[0], 1 - trainAccuracy[1], tree.leafCount(), train.rows(),
                1 - testAccuracy[0], 1 - testAccuracy[1]);
        out.printf(Locale.ROOT, "Leakage: with a column copying the diagnosis the tree needs %d split%s (depth %d) and errs"
                + " %.3f on training and %.3f on test rows:%nperfect everywhere, and worthless where that column is not"
                + " known yet. Zero test error on a hard problem is a bug report.%n", leakTree.leafCount() - 1,
                leakTree.leafCount() == 2 ? "" : "s", leakTree.depth(), 1 - trainAccuracy[2], 1 - testAccuracy[2]);
        boolean lowest = testAccuracy[3] > Math.max(testAccuracy[0], testAccuracy[1]);
        out.printf(Locale.ROOT, "The regularised logistic regression keeps %d training errors (%.3f) and has %s test"
                + " error, %.3f.%n", Math.round((1 - trainAccuracy[3]) * train.rows()), 1 - trainAccuracy[3],
                lowest ? "a lower honest" : "a comparable", 1 - testAccuracy[3]);
        out.println("What to check: the error on held-out rows or by cross-validation, the gap between the two, and any"
                + " column that would not exist at prediction time.");

        CategoryChart chart = new CategoryChartBuilder().width(700).height(420).title("Training error 0.00: what it hides")
                .xAxisTitle("model").yAxisTitle("error").build();
        List<String> labels = List.of("1-NN", "full tree", "tree + leak", "logistic (L2)");
        chart.addSeries("training error", labels, List.of(1 - trainAccuracy[0], 1 - trainAccuracy[1],
                1 - trainAccuracy[2], 1 - trainAccuracy[3]));
        chart.addSeries("test error", labels, List.of(1 - testAccuracy[0], 1 - testAccuracy[1], 1 - testAccuracy[2],
                1 - testAccuracy[3]));
        return Report.builder()
                .figure("testRows", test.rows())
                .figure("oneNnTrainingError", 1 - trainAccuracy[0])
                .figure("oneNnTestError", 1 - testAccuracy[0])
                .figure("treeTrainingError", 1 - trainAccuracy[1])
                .figure("treeTestError", 1 - testAccuracy[1])
                .figure("leakTrainingError", 1 - trainAccuracy[2])
                .figure("leakTestError", 1 - testAccuracy[2])
                .figure("leakTreeDepth", leakTree.depth())
                .figure("logisticTrainingError", 1 - trainAccuracy[3])
                .figure("logisticTestError", 1 - testAccuracy[3])
                .file(Plots.savePng(chart, context, "zero-training-error"))
                .build();
    }
}
