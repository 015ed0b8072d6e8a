package io.github.classicml.examples;

import io.github.classicml.algorithms.linear.ClassWeights;
import io.github.classicml.algorithms.linear.LogisticRegression;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.metrics.ClassCounts;
import io.github.classicml.metrics.ConfusionMatrix;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * F1 against accuracy on an imbalanced task: which diabetes patients are in the top 10 % of disease
 * progression?
 *
 * <p>With 10 % positives, a model that always answers "no" is right 90 % of the time and finds no one.
 * Accuracy counts the many easy negatives; F1, the harmonic mean of precision and recall,
 * {@code 2·TP / (2·TP + FP + FN)}, ignores the true negatives and so measures only how well the rare class
 * is found. The example compares the always-no baseline, a logistic regression, and the same logistic
 * regression with balanced class weights (each class weighted by {@code n / (classes · count)}), on the
 * every-third-row split of {@code learning-curves}.
 */
public final class F1VsAccuracyExample implements Example {

    @Override
    public String name() {
        return "f1-vs-accuracy";
    }

    @Override
    public String question() {
        return "What is F1, and when does accuracy mislead (imbalanced classes)?";
    }

    /** The q-quantile with linear interpolation between order statistics (numpy's default). */
    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset raw = Datasets.diabetes();
        double threshold = quantile(raw.targets(), 0.9);
        int[] classes = new int[raw.rows()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = raw.target(i) > threshold ? 1 : 0;
        }
        List<String> names = List.of("rest", "top 10 %");
        Dataset data = raw.withClasses(classes, names, "progression above " + threshold);
        Dataset train = data.select(LearningCurvesExample.everyThird(data.rows(), false));
        Dataset test = data.select(LearningCurvesExample.everyThird(data.rows(), true));

        LogisticRegression logistic = LogisticRegression.of().withPenalty(LogisticRegression.Penalty.NONE)
                .withMaxIterations(1000);
        Classifier plain = logistic.fit(train);
        Classifier balanced = logistic.withClassWeights(ClassWeights.balanced()).fit(train);
        int[] none = new int[test.rows()];
        String[] models = {"always \"rest\"", "logistic regression", "logistic, balanced weights"};
        int[][] predictions = {none, plain.predict(test), balanced.predict(test)};
        int positives = test.classCounts()[1];
        out.printf(Locale.ROOT, "diabetes: is the progression above its 90th percentile (%.1f)? %d of %d patients are;"
                + " %d of the %d test rows.%n%n", threshold, data.classCounts()[1], data.rows(), positives, test.rows());
        out.println("  model                        TP   FP   FN    TN   accuracy  precision  recall     F1");
        double[] accuracy = new double[models.length];
        double[] f1 = new double[models.length];
        for (int m = 0; m < models.length; m++) {
            ConfusionMatrix matrix = ConfusionMatrix.of(test.classes(), predictions[m], names);
            ClassCounts top = matrix.positive();
            accuracy[m] = matrix.accuracy().value();
            f1[m] = top.f1().value();
            out.printf(Locale.ROOT, "  %-26s %4d %4d %4d %5d   %8.3f  %9.3f  %6.3f  %5.3f%n", models[m], top.truePositives(),
                    top.falsePositives(), top.falseNegatives(), top.trueNegatives(), accuracy[m],
                    top.precision().value(), top.recall().value(), f1[m]);
        }
        out.println();
        out.printf(Locale.ROOT, "Always answering \"rest\" is right on %d / %d = %.3f of the test rows and finds none of the"
                + " %d: its F1 is %.3f.%n", test.rows() - positives, test.rows(), accuracy[0], positives, f1[0]);
        out.printf(Locale.ROOT, "The plain logistic regression %s (%.3f) and has F1 %.3f; with balanced weights"
                + " accuracy %s to %.3f%nwhile F1 %s to %.3f. Accuracy %s.%n",
                accuracy[1] > accuracy[0] ? "beats that accuracy" : accuracy[1] == accuracy[0] ? "only ties that accuracy"
                        : "does not even reach that accuracy",
                accuracy[1], f1[1], accuracy[2] < accuracy[1] ? "falls" : "rises", accuracy[2],
                f1[2] > f1[1] ? "rises" : "falls", f1[2],
                accuracy[2] < accuracy[1] && f1[2] > f1[1] ? "ranks the models the wrong way round for finding the rare"
                        + " class" : "and F1 agree here");
        out.println("F1 = 2·TP / (2·TP + FP + FN) leaves out the true negatives, so the easy majority cannot inflate"
                + " it; report it (or precision and recall) when the class you care about is rare.");

        CategoryChart chart = new CategoryChartBuilder().width(680).height(420)
                .title("Top 10 % of diabetes progression: accuracy vs F1").xAxisTitle("model").yAxisTitle("score").build();
        chart.addSeries("accuracy", Arrays.asList(models), Arrays.stream(accuracy).boxed().toList());
        chart.addSeries("F1", Arrays.asList(models), Arrays.stream(f1).boxed().toList());
        return Report.builder()
                .figure("threshold", threshold)
                .figure("testPositives", positives)
                .figure("baselineAccuracy", accuracy[0])
                .figure("baselineF1", f1[0])
                .figure("logisticAccuracy", accuracy[1])
                .figure("logisticF1", f1[1])
                .figure("balancedAccuracy", accuracy[2])
                .figure("balancedF1", f1[2])
                .file(Plots.savePng(chart, context, "f1-vs-accuracy"))
                .build();
    }
}
