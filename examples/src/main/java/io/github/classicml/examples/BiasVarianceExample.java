package io.github.classicml.examples;

import io.github.classicml.algorithms.neighbors.KnnRegressor;
import io.github.classicml.algorithms.selection.BiasVariance;
import io.github.classicml.algorithms.selection.DataSource;
import io.github.classicml.core.Dataset;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import java.io.PrintStream;

/**
 * The bias–variance trade-off, measured: kNN regression of a noisy sine as k grows.
 *
 * <p>The data come from a known process, {@code y = sin(2 pi x) + e} with {@code x} uniform on [0, 1]
 * and noise standard deviation {@value #NOISE_SD}, so the decomposition can draw as many training sets
 * and test targets as it likes. Small k follows each training set's noise (low bias, high variance);
 * large k averages over half the curve (high bias, low variance); the expected error, their sum plus
 * the irreducible noise, is lowest in between. The example prints the three terms for each k, checks
 * that they add up to the measured error, and draws the curves.
 */
public final class BiasVarianceExample implements Example {

    /** The noise's standard deviation: the irreducible error is its square. */
    static final double NOISE_SD = 0.3;

    /** The neighbourhood sizes, from the most flexible model to the most rigid. */
    static final int[] KS = {1, 2, 3, 5, 8, 12, 18, 27, 40, 60};

    @Override
    public String name() {
        return "bias-variance-knn";
    }

    @Override
    public String question() {
        return "What is the bias-variance trade-off, and how does model complexity move it?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        int rounds = context.fast() ? 40 : 200;
        int draws = context.fast() ? 100 : 400;
        DataSource source = DataSource.regression(100, rng -> new double[] {rng.nextDouble()},
                x -> Math.sin(2 * Math.PI * x[0]), NOISE_SD);
        double[][] grid = new double[50][];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = new double[] {(i + 0.5) / grid.length};
        }
        Dataset test = Dataset.of(grid);
        double[] bias2 = new double[KS.length];
        double[] variance = new double[KS.length];
        double[] noise = new double[KS.length];
        double[] loss = new double[KS.length];
        double[] ks = new double[KS.length];
        double worstGap = 0;
        int best = 0;
        out.printf("y = sin(2 pi x) + noise (sd %.1f, so noise variance %.2f); 100 training rows per draw, %d draws,"
                + " %d targets per test point.%n", NOISE_SD, NOISE_SD * NOISE_SD, rounds, draws);
        out.println("   k      bias²   variance     noise   bias²+var+noise   measured error");
        for (int i = 0; i < KS.length; i++) {
            BiasVariance.SquaredLoss d = BiasVariance.decompose(KnnRegressor.of(KS[i]), source, test, rounds, draws, 1);
            ks[i] = KS[i];
            bias2[i] = d.bias2();
            variance[i] = d.variance();
            noise[i] = d.noise();
            loss[i] = d.expectedLoss();
            double sum = d.bias2() + d.variance() + d.noise();
            worstGap = Math.max(worstGap, Math.abs(sum - d.expectedLoss()));
            out.printf("  %2d   %8.4f   %8.4f  %8.4f   %15.4f   %14.4f%n", KS[i], d.bias2(), d.variance(), d.noise(),
                    sum, d.expectedLoss());
            if (loss[i] < loss[best]) {
                best = i;
            }
        }
        out.println();
        out.printf("The error is lowest at k = %d (%.4f). Below it variance dominates (k = 1: variance %.4f, bias² %.4f);"
                + " above it bias does (k = %d: bias² %.4f, variance %.4f).%n", KS[best], loss[best], variance[0],
                bias2[0], KS[KS.length - 1], bias2[KS.length - 1], variance[KS.length - 1]);
        int last = KS.length - 1;
        out.printf("High bias means underfitting, not overfitting: at k = %d the fit is too smooth (bias² %.4f is %.1f"
                + " times its variance). Overfitting is the high-variance end: at k = %d the variance %.4f is %.0f times"
                + " the bias².%n", KS[last], bias2[last], bias2[last] / variance[last], KS[0], variance[0],
                variance[0] / bias2[0]);
        out.printf("The three terms add up to the measured error within %.1e at every k, and the estimated noise"
                + " stays near %.2f whatever k is.%n", worstGap, NOISE_SD * NOISE_SD);

        XYChart chart = new XYChartBuilder().width(640).height(420).title("Bias-variance trade-off, kNN regression")
                .xAxisTitle("k (larger = simpler model)").yAxisTitle("squared error").build();
        chart.addSeries("bias²", ks, bias2);
        chart.addSeries("variance", ks, variance);
        chart.addSeries("noise", ks, noise);
        chart.addSeries("expected error", ks, loss);
        return Report.builder()
                .figure("bestK", KS[best])
                .figure("worstGap", worstGap)
                .figure("varianceK1", variance[0])
                .figure("varianceKMax", variance[KS.length - 1])
                .figure("bias2K1", bias2[0])
                .figure("bias2KMax", bias2[KS.length - 1])
                .figure("noiseK1", noise[0])
                .figure("draws", draws)
                .file(Plots.savePng(chart, context, "bias-variance-knn"))
                .build();
    }
}
