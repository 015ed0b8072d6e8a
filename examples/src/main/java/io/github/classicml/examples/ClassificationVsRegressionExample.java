package io.github.classicml.examples;

import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.linear.LogisticRegression;
import io.github.classicml.algorithms.linear.LogisticRegressionModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Classification against regression on the same rows: diabetes' disease progression predicted as a number
 * (linear regression) and as a class, above the median or not (logistic regression).
 *
 * <p>Regression predicts a quantity on a continuous scale and is judged by how far it misses (RMSE, R²);
 * classification predicts one of a finite set of labels and is judged by how often it is right
 * (accuracy, precision, recall). The features, the split and even the linear form are the same here; what
 * differs is the target and therefore the loss (squared error against log loss) and the metric. Logistic
 * regression, despite its name, is a classifier: it models the probability of a class. A regression can
 * be turned into a classifier by thresholding its prediction, which the example does to compare.
 * Every third row is a test row, as in {@code learning-curves}.
 */
public final class ClassificationVsRegressionExample implements Example {

    @Override
    public String name() {
        return "classification-vs-regression";
    }

    @Override
    public String question() {
        return "Classification or regression: what changes when the target is a label instead of a number?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset numeric = Datasets.diabetes();
        Dataset labelled = LearningCurvesExample.diabetesAboveMedian();
        int[] testRows = LearningCurvesExample.everyThird(numeric.rows(), true);
        int[] trainRows = LearningCurvesExample.everyThird(numeric.rows(), false);
        Dataset test = numeric.select(testRows);
        Dataset labelledTest = labelled.select(testRows);
        double median = median(numeric.targets());

        Regressor regression = LinearRegression.of().fit(numeric.select(trainRows));
        double[] predicted = regression.predict(test);
        double sse = 0;
        double sst = 0;
        double mean = 0;
        for (int i = 0; i < test.rows(); i++) {
            mean += test.target(i) / test.rows();
        }
        Set<Double> distinct = new HashSet<>();
        int thresholdCorrect = 0;
        for (int i = 0; i < test.rows(); i++) {
            sse += (predicted[i] - test.target(i)) * (predicted[i] - test.target(i));
            sst += (test.target(i) - mean) * (test.target(i) - mean);
            distinct.add(predicted[i]);
            thresholdCorrect += (predicted[i] > median ? 1 : 0) == labelledTest.classOf(i) ? 1 : 0;
        }
        double rmse = Math.sqrt(sse / test.rows());
        double r2 = 1 - sse / sst;

        LogisticRegressionModel classifier = LogisticRegression.of().withPenalty(LogisticRegression.Penalty.NONE)
                .withMaxIterations(1000).fit(labelled.select(trainRows));
        int[] classes = classifier.predict(labelledTest);
        int correct = 0;
        Set<Integer> distinctClasses = new HashSet<>();
        for (int i = 0; i < classes.length; i++) {
            correct += classes[i] == labelledTest.classOf(i) ? 1 : 0;
            distinctClasses.add(classes[i]);
        }
        double accuracy = correct / (double) classes.length;
        double thresholdAccuracy = thresholdCorrect / (double) classes.length;

        out.printf(Locale.ROOT, "diabetes: %d training rows, %d test rows (every third), the same 10 features.%n",
                trainRows.length, test.rows());
        out.printf(Locale.ROOT, "Regression: the target is the progression, a number (%.0f to %.0f on the test rows).%n",
                min(test.targets()), max(test.targets()));
        out.printf(Locale.ROOT, "  linear regression, squared-error loss: %d distinct predictions, from %.1f to %.1f;%n",
                distinct.size(), min(predicted), max(predicted));
        out.printf(Locale.ROOT, "  judged by how far it misses: RMSE = sqrt(%.0f / %d) = %.1f, R² = 1 - %.0f / %.0f = %.3f%n",
                sse, test.rows(), rmse, sse, sst, r2);
        out.printf(Locale.ROOT, "Classification: the target is a label, progression above the median %.1f or not.%n", median);
        out.printf(Locale.ROOT, "  logistic regression (a classifier, despite its name), log loss: %d distinct predictions,"
                + " the labels %s;%n", distinctClasses.size(), labelled.classNames());
        out.printf(Locale.ROOT, "  judged by how often it is right: accuracy = %d / %d = %.3f%n", correct, classes.length,
                accuracy);
        out.printf(Locale.ROOT, "A regression becomes a classifier by a threshold: calling \"high\" when the predicted"
                + " progression is above %.1f%nis right on %d / %d = %.3f of the test rows, %s the classifier fitted"
                + " to the labels (%.3f).%n", median, thresholdCorrect, classes.length, thresholdAccuracy,
                thresholdAccuracy > accuracy ? "more than" : thresholdAccuracy < accuracy ? "less than" : "as many as",
                accuracy);
        out.println("The question decides the kind: how much (regression) or which one (classification); the metric"
                + " follows from it.");

        XYChart chart = new XYChartBuilder().width(640).height(480)
                .title("Diabetes: the regression's number and the classifier's label")
                .xAxisTitle("actual progression").yAxisTitle("predicted progression (linear regression)").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        for (int c = 0; c < 2; c++) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < test.rows(); i++) {
                if (classes[i] == c) {
                    x.add(test.target(i));
                    y.add(predicted[i]);
                }
            }
            if (!x.isEmpty()) {
                chart.addSeries("classifier says " + labelled.classNames().get(c), x, y).setMarker(SeriesMarkers.CIRCLE);
            }
        }
        return Report.builder()
                .figure("testRows", test.rows())
                .figure("median", median)
                .figure("rmse", rmse)
                .figure("rSquared", r2)
                .figure("distinctRegressionPredictions", distinct.size())
                .figure("distinctClassPredictions", distinctClasses.size())
                .figure("accuracy", accuracy)
                .figure("thresholdAccuracy", thresholdAccuracy)
                .file(Plots.savePng(chart, context, "classification-vs-regression"))
                .build();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
