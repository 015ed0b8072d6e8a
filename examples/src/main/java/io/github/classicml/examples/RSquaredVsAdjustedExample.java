package io.github.classicml.examples;

import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.linear.LinearRegressionModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import java.io.PrintStream;
import java.util.SplittableRandom;

/**
 * R² against adjusted R²: add columns of pure noise to the diabetes data and watch R² creep up while
 * adjusted R² (and AIC) say the model got worse.
 *
 * <p>Least squares can only lower the residual sum of squares when a column is added — at worst it
 * gives the new column a zero coefficient — so R² = 1 − RSS/TSS never falls, even for useless columns
 * (the noise columns here are nested: each model has the previous one's columns and more). A column of
 * pure noise is expected to raise R² by about (1 − R²)/(n − k). Adjusted R² = 1 − (1 − R²)(n − 1)/(n − k)
 * charges each parameter exactly that much, so for noise it wanders around its starting value instead of
 * climbing; AIC = −2 log L + 2k charges 2 units of log-likelihood per column, more than noise gains on
 * average, so it rises.
 */
public final class RSquaredVsAdjustedExample implements Example {

    private static final int[] NOISE_COLUMNS = {0, 5, 10, 20, 40, 80, 160};

    @Override
    public String name() {
        return "r2-vs-adjusted-r2";
    }

    @Override
    public String question() {
        return "Why does R² rise when useless columns are added, and what does adjusted R² do instead?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset diabetes = Datasets.diabetes();
        int[] counts = context.fast() ? new int[] {0, 10, 40, 160} : NOISE_COLUMNS;
        out.printf("diabetes (%d rows, %d columns) plus columns of standard normal noise; OLS with intercept:%n",
                diabetes.rows(), diabetes.columns());
        out.println("  noise columns        R²   adjusted R²         AIC");
        double[] x = new double[counts.length];
        double[] r2 = new double[counts.length];
        double[] adjusted = new double[counts.length];
        double[] aic = new double[counts.length];
        Dataset noisiest = withNoise(diabetes, counts[counts.length - 1], new SplittableRandom(11));
        for (int t = 0; t < counts.length; t++) {
            int[] first = new int[diabetes.columns() + counts[t]];
            for (int j = 0; j < first.length; j++) {
                first[j] = j;
            }
            LinearRegressionModel m = LinearRegression.of().fit(noisiest.selectColumns(first));
            x[t] = counts[t];
            r2[t] = m.rSquared();
            adjusted[t] = m.adjustedRSquared();
            aic[t] = m.aic();
            out.printf("  %13d   %7.4f   %11.4f   %9.1f%n", counts[t], r2[t], adjusted[t], aic[t]);
        }
        int last = counts.length - 1;
        out.println();
        out.printf("With %d useless columns R² rose by %.4f (from %.4f to %.4f); adjusted R² moved by %+.4f, and AIC %s "
                        + "by %.1f.%n", counts[last], r2[last] - r2[0], r2[0], r2[last], adjusted[last] - adjusted[0],
                aic[last] > aic[0] ? "rose" : "fell", Math.abs(aic[last] - aic[0]));
        out.println("R² rewards every column; adjusted R² charges each one its expected gain from noise, and AIC more.");

        XYChart chart = new XYChartBuilder().width(640).height(420).title("R² vs adjusted R² as noise columns are added")
                .xAxisTitle("columns of pure noise added to diabetes").yAxisTitle("fraction of variance").build();
        chart.addSeries("R²", x, r2);
        chart.addSeries("adjusted R²", x, adjusted);
        return Report.builder()
                .figure("r2NoNoise", r2[0])
                .figure("adjustedR2NoNoise", adjusted[0])
                .figure("r2MostNoise", r2[last])
                .figure("adjustedR2MostNoise", adjusted[last])
                .figure("aicNoNoise", aic[0])
                .figure("aicMostNoise", aic[last])
                .figure("r2NeverFalls", nonDecreasing(r2) ? 1 : 0)
                .file(Plots.savePng(chart, context, "r2-vs-adjusted-r2"))
                .build();
    }

    private static boolean nonDecreasing(double[] values) {
        for (int t = 1; t < values.length; t++) {
            if (values[t] < values[t - 1]) {
                return false;
            }
        }
        return true;
    }

    /** The data with {@code extra} standard normal columns appended (the same draws for every count). */
    static Dataset withNoise(Dataset data, int extra, SplittableRandom rng) {
        double[][] x = new double[data.rows()][data.columns() + extra];
        for (int i = 0; i < data.rows(); i++) {
            data.copyRow(i, x[i], 0);
            for (int j = 0; j < extra; j++) {
                x[i][data.columns() + j] = rng.nextGaussian();
            }
        }
        return Dataset.of(x).withTargets(data.targets(), data.targetName());
    }
}
