package io.github.classicml.examples;

import io.github.classicml.algorithms.neighbors.KnnRegressor;
import io.github.classicml.algorithms.selection.CrossValidation;
import io.github.classicml.algorithms.selection.CrossValidationResult;
import io.github.classicml.algorithms.selection.Fold;
import io.github.classicml.algorithms.selection.Folds;
import io.github.classicml.algorithms.selection.KFold;
import io.github.classicml.algorithms.selection.Scorer;
import io.github.classicml.algorithms.selection.TimeSeriesSplit;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.metrics.RegressionMetrics;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import java.io.PrintStream;
import java.util.List;

/**
 * Cross-validating a forecaster on the yearly sunspot numbers: forward chaining against a shuffled
 * k-fold that lets every model train on the future it is tested on.
 *
 * <p>Each row holds the previous {@value #LAGS} years' sunspot numbers and the target is the next
 * year's; a 5-nearest-neighbour regressor forecasts by finding past stretches that looked alike. A
 * shuffled 5-fold scatters the test years among training years, so the neighbours of a test year are
 * often its own neighbours in time — rows that overlap it in all but one lag and contain its target as
 * a feature. Forward chaining ({@code TimeSeriesSplit}) only ever trains on earlier years, as a real
 * forecaster must. The example prints both cross-validated errors, how much too good the leaked one is,
 * and the error of the model on the truly unseen last fold, and draws the per-fold errors.
 */
public final class ForwardChainingExample implements Example {

    /** How many past years each row holds. */
    static final int LAGS = 6;

    @Override
    public String name() {
        return "forward-chaining-sunspots";
    }

    @Override
    public String question() {
        return "How do you cross-validate a time series, and what goes wrong with a shuffled k-fold?";
    }

    /**
     * @param series the series, in time order
     * @param lags how many past values each row holds
     * @return rows of {@code lags} past values (oldest first) with the next value as target
     */
    static Dataset lagged(double[] series, int lags) {
        int n = series.length - lags;
        double[][] x = new double[n][lags];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(series, i, x[i], 0, lags);
            y[i] = series[i + lags];
        }
        return Dataset.of(x).withTargets(y, "next_year");
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset sunspots = Datasets.sunspots();
        Dataset data = lagged(sunspots.targets(), LAGS);
        KnnRegressor knn = KnnRegressor.of(5);
        Scorer<Regressor> rmse = Scorer.regression("rmse", false,
                (a, p) -> Math.sqrt(RegressionMetrics.meanSquaredError(a, p).value()));

        List<Fold> forward = TimeSeriesSplit.of(5).splits(data);
        List<Fold> shuffled = KFold.of(5).withShuffle(0).splits(data);
        CrossValidationResult honest = CrossValidation.crossValidate(knn, data, forward, List.of(rmse), 0);
        CrossValidationResult leaked = CrossValidation.crossValidate(knn, data, shuffled, List.of(rmse), 0);
        boolean forwardOk = Folds.isForwardChaining(forward, 0);
        boolean shuffledOk = Folds.isForwardChaining(shuffled, 0);

        out.printf("Sunspots %d-%d: %d rows of the previous %d years, target the next year; kNN regression, k = 5.%n",
                (int) sunspots.get(0, 0), (int) sunspots.get(sunspots.rows() - 1, 0), data.rows(), LAGS);
        out.println();
        out.println("Forward chaining (TimeSeriesSplit, 5 folds): every fold trains on the past only.");
        out.print(Folds.diagram(forward, data.rows(), 60));
        out.println();
        out.println("Shuffled 5-fold: test years are scattered among training years.");
        out.print(Folds.diagram(shuffled.subList(0, 2), data.rows(), 60));
        out.println();
        out.printf("No-look-ahead check: forward chaining %s, shuffled k-fold %s.%n", forwardOk ? "passes" : "FAILS",
                shuffledOk ? "passes" : "fails (it trains on the future)");
        double honestRmse = honest.mean(0);
        double leakedRmse = leaked.mean(0);
        double lastFold = honest.scores(0)[4];
        out.printf("Cross-validated RMSE: forward chaining %.2f ± %.2f, shuffled k-fold %.2f ± %.2f.%n", honestRmse,
                honest.standardDeviation(0), leakedRmse, leaked.standardDeviation(0));
        double optimism = 1 - leakedRmse / honestRmse;
        out.printf("The shuffled k-fold reports an error %.0f%% %s than forward chaining%s.%n",
                Math.abs(optimism) * 100, optimism > 0 ? "lower" : "higher",
                optimism > 0 ? ": it is too good, because its models saw the years around each test year" : "");
        out.printf("The last forward fold (the %d most recent years, never seen in training) has RMSE %.2f.%n",
                forward.get(4).testSize(), lastFold);

        XYChart chart = new XYChartBuilder().width(640).height(400).title("Sunspots: RMSE per fold")
                .xAxisTitle("fold").yAxisTitle("RMSE (sunspot number)").build();
        double[] folds = {1, 2, 3, 4, 5};
        chart.addSeries("forward chaining", folds, honest.scores(0));
        chart.addSeries("shuffled 5-fold (leaks)", folds, leaked.scores(0));
        return Report.builder()
                .figure("forwardRmse", honestRmse)
                .figure("shuffledRmse", leakedRmse)
                .figure("optimism", optimism)
                .figure("forwardFold0Rmse", honest.scores(0)[0])
                .figure("forwardPasses", forwardOk ? 1 : 0)
                .figure("shuffledPasses", shuffledOk ? 1 : 0)
                .file(Plots.savePng(chart, context, "forward-chaining-sunspots"))
                .build();
    }
}
