package io.github.classicml.examples;

import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.neighbors.KnnRegressor;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Parametric against non-parametric: a straight line and k-nearest neighbours fitted to the Mauna Loa
 * CO2 record (ppm against time) as the training set grows.
 *
 * <p>A parametric model fixes the form of the function and hence the number of its parameters before it
 * sees the data: a straight line keeps 2 numbers whatever n is, so once they are estimated well, more
 * rows do not help, and the error stops at the model's bias (the curvature and the seasonal cycle it
 * cannot draw). A non-parametric model lets the data decide the shape: k-nearest neighbours keeps all n
 * training rows, and its error keeps falling as they fill in the curve. Non-parametric does not mean
 * "without parameters": it means their number grows with the data.
 *
 * <p>The missing weeks are dropped; every fourth remaining week is a fixed test set, and training sets
 * of growing size are drawn from the others (the mean of several draws; the last is the whole pool).
 */
public final class ParametricVsNonParametricExample implements Example {

    static final int[] SIZES = {10, 30, 100, 300, 1000};
    static final int K = 4;

    @Override
    public String name() {
        return "parametric-vs-non-parametric";
    }

    @Override
    public String question() {
        return "Parametric or non-parametric: what is the difference, and when does each win?";
    }

    /** @return the weekly CO2 record without its missing weeks */
    static Dataset co2Observed() {
        Dataset co2 = Datasets.co2Weekly();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < co2.rows(); i++) {
            if (!Double.isNaN(co2.target(i))) {
                rows.add(i);
            }
        }
        return co2.select(rows.stream().mapToInt(Integer::intValue).toArray());
    }

    static int[] everyFourth(int rows, boolean test) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            if ((i % 4 == 0) == test) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static double rmse(Regressor model, Dataset test) {
        double[] p = model.predict(test);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += (p[i] - test.target(i)) * (p[i] - test.target(i));
        }
        return Math.sqrt(sum / p.length);
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset data = co2Observed();
        Dataset pool = data.select(everyFourth(data.rows(), false));
        Dataset test = data.select(everyFourth(data.rows(), true));
        int repeats = context.fast() ? 4 : 10;
        double[] sizes = new double[SIZES.length + 1];
        double[] line = new double[sizes.length];
        double[] knn = new double[sizes.length];
        SplittableRandom rng = new SplittableRandom(11);
        for (int s = 0; s < sizes.length; s++) {
            boolean whole = s == SIZES.length;
            int n = whole ? pool.rows() : SIZES[s];
            sizes[s] = n;
            int draws = whole ? 1 : repeats;
            for (int r = 0; r < draws; r++) {
                Dataset train = whole ? pool : pool.select(sample(pool.rows(), n, rng));
                line[s] += rmse(LinearRegression.of().fit(train), test) / draws;
                knn[s] += rmse(KnnRegressor.of(K).fit(train), test) / draws;
            }
        }
        int last = sizes.length - 1;
        out.printf(Locale.ROOT, "Mauna Loa CO2, %d observed weeks: every fourth (%d) is the test set, training sets drawn"
                + " from the other %d (%d draws per size).%n", data.rows(), test.rows(), pool.rows(), repeats);
        out.println("  training rows   straight line: numbers kept, test RMSE   kNN (k = 4): numbers kept, test RMSE");
        for (int s = 0; s < sizes.length; s++) {
            out.printf(Locale.ROOT, "  %13.0f   %20d   %9.2f ppm   %18.0f   %9.2f ppm%n", sizes[s], 2, line[s],
                    2 * sizes[s], knn[s]);
        }
        out.println();
        out.printf(Locale.ROOT, "Parametric: the line keeps 2 numbers (slope, intercept) at every n. From %.0f to %.0f rows"
                + " its error moves from %.2f to %.2f ppm:%nthe floor is its bias, the curve and the seasons a line"
                + " cannot draw.%n", sizes[1], sizes[last], line[1], line[last]);
        out.printf(Locale.ROOT, "Non-parametric: kNN keeps every training row (%.0f numbers at n = %.0f), and its error"
                + " falls from %.2f to %.2f ppm (%.0f times smaller)%nas the rows fill in the shape. Non-parametric"
                + " does not mean no parameters: their number grows with the data.%n", 2 * sizes[last], sizes[last],
                knn[0], knn[last], knn[0] / knn[last]);
        // the first size from which kNN is ahead at every larger size too
        int firstKnnWin = sizes.length;
        while (firstKnnWin > 0 && knn[firstKnnWin - 1] < line[firstKnnWin - 1]) {
            firstKnnWin--;
        }
        if (firstKnnWin == sizes.length) {
            firstKnnWin = -1;
        }
        out.printf(Locale.ROOT, "%s%n", firstKnnWin == 0
                ? String.format(Locale.ROOT, "Here kNN is ahead from the smallest size on (n = %.0f: %.2f against %.2f ppm).",
                        sizes[0], knn[0], line[0])
                : firstKnnWin > 0
                ? String.format(Locale.ROOT, "With few rows the line's assumption pays (n = %.0f: %.2f against %.2f ppm);"
                        + " from n = %.0f on, kNN is ahead.", sizes[0], line[0], knn[0], sizes[firstKnnWin])
                : "The line stays ahead at every size here.");

        XYChart chart = new XYChartBuilder().width(640).height(420).title("Parametric vs non-parametric (CO2 at Mauna Loa)")
                .xAxisTitle("training rows").yAxisTitle("test RMSE (ppm)").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.addSeries("straight line (2 parameters)", sizes, line);
        chart.addSeries("kNN, k = 4 (keeps every row)", sizes, knn);
        return Report.builder()
                .figure("observedWeeks", data.rows())
                .figure("testRows", test.rows())
                .figure("poolRows", pool.rows())
                .figure("lineRmseWhole", line[last])
                .figure("knnRmseWhole", knn[last])
                .figure("lineRmseSmallest", line[0])
                .figure("knnRmseSmallest", knn[0])
                .figure("firstKnnWinIndex", firstKnnWin)
                .file(Plots.savePng(chart, context, "parametric-vs-non-parametric"))
                .build();
    }

    /** n distinct rows out of {@code rows}, in increasing order. */
    private static int[] sample(int rows, int n, SplittableRandom rng) {
        int[] all = new int[rows];
        for (int i = 0; i < rows; i++) {
            all[i] = i;
        }
        for (int i = 0; i < n; i++) {
            int j = i + rng.nextInt(rows - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = java.util.Arrays.copyOf(all, n);
        java.util.Arrays.sort(out);
        return out;
    }
}
