package io.github.classicml.examples;

import io.github.classicml.algorithms.linear.LogisticRegression;
import io.github.classicml.algorithms.linear.LogisticRegressionModel;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.algorithms.preprocessing.StandardScalerModel;
import io.github.classicml.algorithms.selection.TrainTestSplit;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.metrics.ConfusionMatrix;
import io.github.classicml.metrics.ProbabilityMetrics;
import io.github.classicml.metrics.Ratio;
import io.github.classicml.metrics.RocAuc;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How to evaluate a logistic regression: log loss and deviance (the likelihood the model was fitted
 * to), AUC (ranking), a calibration table (are the probabilities honest?), and confusion matrices at two
 * thresholds (the decision, which the probabilities leave open).
 *
 * <p>Breast cancer, split 70/30 stratified (seed 0); the columns are standardised with the training
 * rows' means and deviations only; L2 logistic regression with scikit-learn's defaults ({@code C = 1}).
 * Malignant (class 1) is positive. The deviance is {@code -2 log L = 2 n × log loss}; the null model
 * predicts the training share of malignant rows for everyone, so the drop from its deviance to the
 * model's is what the columns explain (McFadden's pseudo-R² is one minus their ratio). The calibration
 * table groups the test rows into five bins of predicted probability and compares each bin's mean
 * prediction with its share of malignant rows; the PNG plots the same (a reliability diagram).
 */
public final class LogisticRegressionEvaluationExample implements Example {

    /** The lower threshold, for a screening test where a missed cancer costs more than a false alarm. */
    static final double LOW_THRESHOLD = 0.3;
    /** Bins of the calibration table. */
    static final int BINS = 5;

    @Override
    public String name() {
        return "logistic-evaluation";
    }

    @Override
    public String question() {
        return "How do you evaluate a logistic regression: log loss, deviance, AUC, calibration, and the threshold?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset data = Datasets.breastCancer();
        TrainTestSplit.Indices split = TrainTestSplit.of(0.3).withStratification().withSeed(0).split(data);
        Dataset rawTrain = split.trainData(data);
        StandardScalerModel scaler = StandardScaler.of().fit(rawTrain);
        Dataset train = scaler.transform(rawTrain);
        Dataset test = scaler.transform(split.testData(data));
        LogisticRegressionModel model = LogisticRegression.of().fit(train);

        int n = test.rows();
        boolean[] malignant = new boolean[n];
        double[] p = new double[n];
        double[][] probabilities = model.predictProbabilities(test);
        for (int i = 0; i < n; i++) {
            malignant[i] = test.classOf(i) == 1;
            p[i] = probabilities[i][1];
        }
        double trainShare = 0;
        for (int i = 0; i < train.rows(); i++) {
            trainShare += train.classOf(i);
        }
        trainShare /= train.rows();
        double[] nullP = new double[n];
        java.util.Arrays.fill(nullP, trainShare);

        double logLoss = ProbabilityMetrics.logLoss(malignant, p).value();
        double deviance = 2 * n * logLoss;
        double nullDeviance = 2 * n * ProbabilityMetrics.logLoss(malignant, nullP).value();
        Ratio auc = RocAuc.binary(malignant, p);

        out.printf(Locale.ROOT, "breast cancer: %d training rows, %d test rows; %s%n", train.rows(), n, model);
        out.println(model.convergenceReason());
        out.println();
        out.println("1. Likelihood: how probable the model found what happened.");
        out.printf(Locale.ROOT, "   log loss = -mean log P(actual class) = %.4f (a coin flip scores log 2 = 0.6931)%n", logLoss);
        out.printf(Locale.ROOT, "   deviance = -2 log L = 2 n x log loss = 2 x %d x %.4f = %.2f%n", n, logLoss, deviance);
        out.printf(Locale.ROOT, "   null deviance (everyone gets the training share %.3f) = %.2f; McFadden R^2 = 1 - %.2f / %.2f = %.3f%n",
                trainShare, nullDeviance, deviance, nullDeviance, 1 - deviance / nullDeviance);
        out.println();
        out.println("2. Ranking: " + auc);
        out.println();
        out.println("3. Calibration: of the rows given about p, does a share p turn out malignant?");
        out.println("   predicted     rows  mean predicted  share malignant");
        int[] count = new int[BINS];
        double[] meanPredicted = new double[BINS];
        double[] shareMalignant = new double[BINS];
        for (int i = 0; i < n; i++) {
            int bin = Math.min(BINS - 1, (int) (p[i] * BINS));
            count[bin]++;
            meanPredicted[bin] += p[i];
            shareMalignant[bin] += malignant[i] ? 1 : 0;
        }
        double worstGap = 0;
        int used = 0;
        int binned = 0;
        double testShare = 0;
        for (boolean m : malignant) {
            testShare += m ? 1 : 0;
        }
        testShare /= n;
        for (int b = 0; b < BINS; b++) {
            binned += count[b];
            if (count[b] > 0) {
                meanPredicted[b] /= count[b];
                shareMalignant[b] /= count[b];
                worstGap = Math.max(worstGap, Math.abs(meanPredicted[b] - shareMalignant[b]));
                used++;
            }
            out.printf(Locale.ROOT, "   [%.1f, %.1f)  %5d  %14s  %15s%n", (double) b / BINS, (double) (b + 1) / BINS, count[b],
                    count[b] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", meanPredicted[b]),
                    count[b] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", shareMalignant[b]));
        }
        out.printf(Locale.ROOT, "   the largest gap between a bin's mean prediction and its share is %.3f;%n", worstGap);
        out.printf(Locale.ROOT, "   over all test rows the mean prediction is %.3f and the share malignant %.3f%n",
                mean(p), testShare);
        out.println();
        out.println("4. The decision: a threshold turns probabilities into calls.");
        ConfusionMatrix atHalf = confusion(test, p, 0.5);
        ConfusionMatrix atLow = confusion(test, p, LOW_THRESHOLD);
        out.println("   at 0.5:");
        out.println(atHalf);
        out.println("   " + atHalf.positive().recall());
        out.println("   " + atHalf.positive().precision());
        out.printf(Locale.ROOT, "   at %.1f (screening: a missed cancer costs more than a second look):%n", LOW_THRESHOLD);
        out.println(atLow);
        out.println("   " + atLow.positive().recall());
        out.println("   " + atLow.positive().precision());
        long gained = atHalf.positive().falseNegatives() - atLow.positive().falseNegatives();
        long extra = atLow.positive().falsePositives() - atHalf.positive().falsePositives();
        out.printf(Locale.ROOT, "   lowering the threshold finds %d more malignant rows at the cost of %d more false alarms;%n",
                gained, extra);
        out.println("   log loss, deviance, AUC and calibration do not change: they judge the probabilities, not the cut.");

        Path png = Plots.savePng(reliabilityChart(meanPredicted, shareMalignant, count), context,
                "logistic-calibration-breast-cancer");
        return Report.builder()
                .figure("testRows", n)
                .figure("logLoss", logLoss)
                .figure("deviance", deviance)
                .figure("nullDeviance", nullDeviance)
                .figure("auc", auc.value())
                .figure("calibrationBinsUsed", used)
                .figure("calibrationRows", binned)
                .figure("testShareMalignant", testShare)
                .figure("largestCalibrationGap", worstGap)
                .figure("recallAtHalf", atHalf.positive().recall().value())
                .figure("recallAtLow", atLow.positive().recall().value())
                .figure("falsePositivesAtHalf", atHalf.positive().falsePositives())
                .figure("falsePositivesAtLow", atLow.positive().falsePositives())
                .file(png)
                .build();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The confusion matrix when a row is called malignant at probability {@code >= threshold}. */
    static ConfusionMatrix confusion(Dataset test, double[] p, double threshold) {
        int[] predicted = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            predicted[i] = p[i] >= threshold ? 1 : 0;
        }
        return ConfusionMatrix.of(test.classes(), predicted, test.classNames());
    }

    private static XYChart reliabilityChart(double[] meanPredicted, double[] share, int[] count) {
        XYChart chart = new XYChartBuilder().width(640).height(560)
                .title("Calibration of logistic regression, breast cancer test rows")
                .xAxisTitle("mean predicted probability of malignant (per bin)").yAxisTitle("share malignant").build();
        int used = 0;
        for (int c : count) {
            used += c > 0 ? 1 : 0;
        }
        double[] x = new double[used];
        double[] y = new double[used];
        for (int b = 0, k = 0; b < count.length; b++) {
            if (count[b] > 0) {
                x[k] = meanPredicted[b];
                y[k++] = share[b];
            }
        }
        chart.addSeries("model (" + BINS + " bins)", x, y);
        chart.addSeries("perfect calibration", new double[] {0, 1}, new double[] {0, 1}).setMarker(SeriesMarkers.NONE);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        return chart;
    }
}
