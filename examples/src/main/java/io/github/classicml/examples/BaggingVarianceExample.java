package io.github.classicml.examples;

import io.github.classicml.algorithms.ensemble.BaggingRegressor;
import io.github.classicml.algorithms.ensemble.SeededLearner;
import io.github.classicml.algorithms.selection.TrainTestSplit;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Why bagging reduces variance: on diabetes, many training sets drawn from the same population, one
 * fully grown regression tree and one bag of 25 such trees fitted on each; at every test row the spread
 * of the tree's predictions across training sets is compared with the spread of the bag's.
 *
 * <p>A fully grown tree memorises its training set, so its prediction at a point jumps with the data it
 * saw: high variance. The bag averages 25 trees fitted on bootstrap samples; the mean of B predictions
 * of variance {@code s^2} and correlation {@code rho} has variance {@code rho s^2 + (1 - rho) s^2 / B},
 * so the bag keeps the trees' bias but cuts the part of the variance the resampling decorrelates.
 */
public final class BaggingVarianceExample implements Example {

    @Override
    public String name() {
        return "bagging-variance";
    }

    @Override
    public String question() {
        return "Why does bagging reduce variance, and what does it not fix?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset diabetes = Datasets.diabetes();
        TrainTestSplit.Indices split = TrainTestSplit.of(0.25).withSeed(1).split(diabetes);
        Dataset pool = split.trainData(diabetes);
        Dataset test = split.testData(diabetes);
        int repeats = context.fast() ? 8 : 30;
        int m = test.rows();
        double[][] treePredictions = new double[repeats][];
        double[][] bagPredictions = new double[repeats][];
        SplittableRandom rng = new SplittableRandom(7);
        DecisionTreeRegressor tree = DecisionTreeRegressor.of();
        for (int r = 0; r < repeats; r++) {
            // a new training set from the same population: a bootstrap sample of the pool
            int[] rows = new int[pool.rows()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = rng.nextInt(pool.rows());
            }
            Dataset train = pool.select(rows);
            Regressor single = tree.withSeed(r).fit(train);
            Regressor bag = BaggingRegressor.of(SeededLearner.reseeding(tree)).withMembers(25).withSeed(r).withThreads(1).fit(train);
            treePredictions[r] = single.predict(test);
            bagPredictions[r] = bag.predict(test);
        }
        double[] treeVariance = variances(treePredictions, m);
        double[] bagVariance = variances(bagPredictions, m);
        double treeMean = mean(treeVariance);
        double bagMean = mean(bagVariance);
        double treeError = meanSquaredError(treePredictions, test);
        double bagError = meanSquaredError(bagPredictions, test);
        int fewer = 0;
        for (int i = 0; i < m; i++) {
            fewer += bagVariance[i] < treeVariance[i] ? 1 : 0;
        }
        out.printf(Locale.ROOT, "diabetes: %d training sets of %d rows drawn from the same %d rows, %d test rows.%n",
                repeats, pool.rows(), pool.rows(), m);
        out.printf(Locale.ROOT, "mean variance of the prediction at a test row, across training sets:%n");
        out.printf(Locale.ROOT, "  one fully grown tree   %9.1f%n", treeMean);
        out.printf(Locale.ROOT, "  bag of 25 such trees   %9.1f   (%.0f%% of the tree's)%n", bagMean, 100 * bagMean / treeMean);
        out.printf(Locale.ROOT, "the bag's prediction varies less at %d of the %d test rows.%n", fewer, m);
        out.printf(Locale.ROOT, "test mean squared error: tree %.0f, bag %.0f.%n", treeError, bagError);
        // the test error splits exactly into the spread of the predictions and the error of their mean
        // (bias² plus the noise of the test targets, which is the same for both models)
        double treeSystematic = treeError - treeMean;
        double bagSystematic = bagError - bagMean;
        double systematicChange = (bagSystematic - treeSystematic) / treeSystematic;
        out.printf(Locale.ROOT, "Averaging cut the variance to %.2f of the tree's; what is left is the part the%n"
                + "trees share (they are fitted on overlapping samples).%n", bagMean / treeMean);
        out.printf(Locale.ROOT, "test error = error of the mean prediction (bias² + noise) + variance:%n");
        out.printf(Locale.ROOT, "  tree %.0f = %.0f + %.0f;  bag %.0f = %.0f + %.0f%n", treeError, treeSystematic,
                treeMean, bagError, bagSystematic, bagMean);
        out.printf(Locale.ROOT, "Bagging reduces variance, not bias: the variance fell by %.0f %%, the bias² + noise part"
                + " moved by %+.0f %%.%n", 100 * (1 - bagMean / treeMean), 100 * systematicChange);

        double[] order = new double[m];
        double[] treeSpread = new double[m];
        double[] bagSpread = new double[m];
        double[] sortedTree = treeVariance.clone();
        Arrays.sort(sortedTree);
        double[] sortedBag = bagVariance.clone();
        Arrays.sort(sortedBag);
        for (int i = 0; i < m; i++) {
            order[i] = (i + 0.5) / m;
            treeSpread[i] = Math.sqrt(sortedTree[i]);
            bagSpread[i] = Math.sqrt(sortedBag[i]);
        }
        XYChart chart = new XYChartBuilder().width(640).height(420)
                .title("Spread of predictions across training sets (diabetes)")
                .xAxisTitle("test rows, sorted by spread (quantile)").yAxisTitle("standard deviation of the prediction").build();
        chart.addSeries("one tree", order, treeSpread);
        chart.addSeries("bag of 25 trees", order, bagSpread);
        return Report.builder()
                .figure("treeVariance", treeMean)
                .figure("bagVariance", bagMean)
                .figure("varianceRatio", bagMean / treeMean)
                .figure("rowsWithLessVariance", fewer)
                .figure("testRows", m)
                .figure("treeMse", treeError)
                .figure("bagMse", bagError)
                .figure("treeSystematic", treeSystematic)
                .figure("bagSystematic", bagSystematic)
                .file(Plots.savePng(chart, context, "bagging-variance"))
                .build();
    }

    /** The variance (over training sets) of the prediction at each test row, dividing by the count. */
    static double[] variances(double[][] predictions, int rows) {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            double mean = 0;
            for (double[] p : predictions) {
                mean += p[i];
            }
            mean /= predictions.length;
            double sum = 0;
            for (double[] p : predictions) {
                sum += (p[i] - mean) * (p[i] - mean);
            }
            out[i] = sum / predictions.length;
        }
        return out;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double meanSquaredError(double[][] predictions, Dataset test) {
        double sum = 0;
        for (double[] p : predictions) {
            for (int i = 0; i < p.length; i++) {
                sum += (p[i] - test.target(i)) * (p[i] - test.target(i));
            }
        }
        return sum / (predictions.length * (double) test.rows());
    }
}
