package io.github.classicml.examples;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.metrics.ConfusionMatrix;
import io.github.classicml.metrics.PrecisionRecallCurve;
import io.github.classicml.metrics.Ratio;
import io.github.classicml.metrics.RocAuc;
import io.github.classicml.metrics.RocCurve;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * ROC curves and the AUC on the Wisconsin breast cancer data, with two scorers simple enough to
 * compute by hand: one standardised feature, and the mean of three standardised features.
 *
 * <p>No model is fitted. A feature is standardised as {@code z = (x - mean) / sd} over all 569 rows
 * (population sd), which uses no labels. But the three features were chosen by looking at all the rows
 * and their labels, so their AUCs are optimistic: the last part measures by how much, by choosing the
 * best feature on one half of the rows and scoring it on the other. The single-feature score is z of
 * {@code worst_concave_points}; the linear score gives equal weight to the z of {@code worst_radius},
 * {@code worst_texture} and {@code worst_concave_points}. Malignant (class 1) is positive. The
 * example prints each AUC with its working (the share of malignant-benign pairs ranked correctly), a
 * confusion matrix at one threshold, and writes the ROC and precision-recall curves as PNGs.
 */
public final class RocAucExample implements Example {

    static final String SINGLE_FEATURE = "worst_concave_points";
    static final String[] LINEAR_FEATURES = {"worst_radius", "worst_texture", "worst_concave_points"};

    @Override
    public String name() {
        return "roc-auc";
    }

    @Override
    public String question() {
        return "What do the ROC curve and the AUC measure, and how do they differ from precision-recall?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset data = Datasets.breastCancer();
        // classes are sorted by name: benign 0, malignant 1
        boolean[] malignant = new boolean[data.rows()];
        for (int i = 0; i < malignant.length; i++) {
            malignant[i] = data.classOf(i) == 1;
        }
        double[] single = standardised(data, SINGLE_FEATURE);
        double[] linear = new double[data.rows()];
        for (String feature : LINEAR_FEATURES) {
            double[] z = standardised(data, feature);
            for (int i = 0; i < linear.length; i++) {
                linear[i] += z[i] / LINEAR_FEATURES.length;
            }
        }

        Ratio singleAuc = RocAuc.binary(malignant, single);
        Ratio linearAuc = RocAuc.binary(malignant, linear);
        RocCurve singleRoc = RocCurve.of(malignant, single);
        RocCurve linearRoc = RocCurve.of(malignant, linear);
        PrecisionRecallCurve linearPr = PrecisionRecallCurve.of(malignant, linear);
        PrecisionRecallCurve singlePr = PrecisionRecallCurve.of(malignant, single);

        out.printf("breast cancer: %d rows, %d malignant (positive), %d benign%n", data.rows(),
                linearRoc.positives(), linearRoc.negatives());
        out.println("The AUC is the chance that a random malignant row scores above a random benign one");
        out.println("(ties count one half): U counts the correctly ordered pairs out of positives x negatives.");
        out.println();
        out.println("z(" + SINGLE_FEATURE + "):");
        out.println("  " + singleAuc);
        out.println("mean of z(" + String.join("), z(", LINEAR_FEATURES) + "):");
        out.println("  " + linearAuc);
        out.println();
        out.println("The ROC curve sweeps the threshold down through the scores; each point is one threshold:");
        out.println("x = false positive rate (benign called malignant), y = true positive rate (malignant found).");
        out.printf(Locale.ROOT, "The linear score's curve has %d points (collinear ones dropped).%n", linearRoc.size());
        out.printf(Locale.ROOT, "A ROC curve has two axes, TPR and FPR, not two thresholds: the threshold is not drawn at"
                + " all;%nit runs along the curve, one threshold per point (these %d points are %d thresholds).%n",
                linearRoc.size(), linearRoc.size());
        out.println();
        int[] predicted = new int[linear.length];
        for (int i = 0; i < linear.length; i++) {
            predicted[i] = linear[i] >= 0 ? 1 : 0;
        }
        ConfusionMatrix atZero = ConfusionMatrix.of(data.classes(), predicted, data.classNames());
        out.println("One point of it: call a row malignant when its linear score is >= 0 (above the average):");
        out.println(atZero);
        out.println("  " + atZero.positive().recall());
        out.println("  " + atZero.positive().falsePositiveRate());
        out.println("  " + atZero.positive().precision());
        out.println();
        out.printf(Locale.ROOT, "Average precision (step-wise area under precision-recall): single %.4f, linear %.4f%n",
                singlePr.averagePrecision().value(), linearPr.averagePrecision().value());
        out.println("ROC ignores how rare the positives are; precision-recall does not, which is why it is the");
        out.println("curve to look at when positives are scarce (fraud, rare disease, search results).");

        // Honest selection: the features above were picked by looking at every row's label. Pick the best
        // single feature on one random half and score it on the other half, many times.
        int repeats = context.fast() ? 10 : 50;
        double chosenOnSelectionHalf = 0;
        double chosenOnOtherHalf = 0;
        SplittableRandom rng = new SplittableRandom(5);
        for (int r = 0; r < repeats; r++) {
            int[] order = shuffled(data.rows(), rng);
            int half = data.rows() / 2;
            int[] selectRows = Arrays.copyOf(order, half);
            int[] scoreRows = Arrays.copyOfRange(order, half, data.rows());
            int best = -1;
            double bestAuc = -1;
            for (int j = 0; j < data.columns(); j++) {
                double auc = RocAuc.binary(subset(malignant, selectRows), subset(data.column(j), selectRows)).value();
                if (auc > bestAuc) {
                    bestAuc = auc;
                    best = j;
                }
            }
            chosenOnSelectionHalf += bestAuc / repeats;
            chosenOnOtherHalf += RocAuc.binary(subset(malignant, scoreRows), subset(data.column(best), scoreRows))
                    .value() / repeats;
        }
        double optimism = chosenOnSelectionHalf - chosenOnOtherHalf;
        out.println();
        out.printf(Locale.ROOT, "How honest are these AUCs? The features above were chosen by looking at all %d rows.%n",
                data.rows());
        out.printf(Locale.ROOT, "Choosing the best of the %d features on a random half and scoring it on the other half"
                + " (%d times):%n  mean AUC on the half that chose it %.4f, on the other half %.4f: %s%n",
                data.columns(), repeats, chosenOnSelectionHalf, chosenOnOtherHalf,
                optimism > 0 ? String.format(Locale.ROOT, "choosing and scoring on the same rows adds %.4f.", optimism)
                        : "no optimism measurable here.");
        out.println("Choosing features (or thresholds, or models) is fitting: do it on rows the final score never sees.");

        Path roc = Plots.savePng(rocChart(singleRoc, linearRoc, singleAuc, linearAuc), context, "roc-breast-cancer");
        double prevalence = (double) linearRoc.positives() / data.rows();
        Path pr = Plots.savePng(prChart(singlePr, linearPr, prevalence), context, "precision-recall-breast-cancer");
        return Report.builder()
                .figure("aucSingleFeature", singleAuc.value())
                .figure("aucLinearScore", linearAuc.value())
                .figure("averagePrecisionLinearScore", linearPr.averagePrecision().value())
                .figure("positives", linearRoc.positives())
                .figure("negatives", linearRoc.negatives())
                .figure("selectionHalfAuc", chosenOnSelectionHalf)
                .figure("otherHalfAuc", chosenOnOtherHalf)
                .file(roc)
                .file(pr)
                .build();
    }

    /** @return a seeded random permutation of {@code 0..n-1} (Fisher-Yates) */
    private static int[] shuffled(int n, SplittableRandom rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static boolean[] subset(boolean[] values, int[] rows) {
        boolean[] out = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    private static double[] subset(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    /** z = (x - mean) / sd of one column, sd with divisor n. */
    static double[] standardised(Dataset data, String column) {
        double[] x = data.column(data.columnIndex(column));
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / x.length);
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = (x[i] - mean) / sd;
        }
        return z;
    }

    private static XYChart rocChart(RocCurve single, RocCurve linear, Ratio singleAuc, Ratio linearAuc) {
        XYChart chart = unitSquare("ROC curves, breast cancer (malignant positive)",
                "false positive rate (1 - specificity)", "true positive rate (recall)");
        chart.addSeries(String.format(Locale.ROOT, "z(%s), AUC %.3f", SINGLE_FEATURE, singleAuc.value()),
                single.falsePositiveRates(), single.truePositiveRates());
        chart.addSeries(String.format(Locale.ROOT, "mean of 3 z-scores, AUC %.3f", linearAuc.value()),
                linear.falsePositiveRates(), linear.truePositiveRates());
        chart.addSeries("chance, AUC 0.5", new double[] {0, 1}, new double[] {0, 1}).setMarker(SeriesMarkers.NONE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        return chart;
    }

    private static XYChart prChart(PrecisionRecallCurve single, PrecisionRecallCurve linear, double prevalence) {
        XYChart chart = unitSquare("Precision-recall, breast cancer", "recall", "precision");
        chart.addSeries(String.format(Locale.ROOT, "z(%s), AP %.3f", SINGLE_FEATURE, single.averagePrecision().value()),
                single.recall(), single.precision());
        chart.addSeries(String.format(Locale.ROOT, "mean of 3 z-scores, AP %.3f", linear.averagePrecision().value()),
                linear.recall(), linear.precision());
        chart.addSeries(String.format(Locale.ROOT, "chance, precision %.3f (the share of malignant rows)", prevalence),
                new double[] {0, 1}, new double[] {prevalence, prevalence}).setMarker(SeriesMarkers.NONE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        return chart;
    }

    /** A line chart with both axes from 0 to 1. */
    private static XYChart unitSquare(String title, String xAxis, String yAxis) {
        XYChart chart = new XYChartBuilder().width(640).height(560).title(title).xAxisTitle(xAxis).yAxisTitle(yAxis)
                .build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        return chart;
    }
}
