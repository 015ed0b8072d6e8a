package io.github.classicml.examples;

import io.github.classicml.algorithms.preprocessing.BoxCox;
import io.github.classicml.algorithms.preprocessing.PowerTransformerModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

import java.io.PrintStream;

/**
 * The Box-Cox transformation on a right-skewed column: breast cancer's {@code worst_area}.
 *
 * <p>The example fits λ by maximum likelihood, shows the skewness before and after, and plots the
 * profile log-likelihood ℓ(λ) with its maximum and the approximate 95 % confidence interval (the λ
 * whose ℓ lies within χ²₁(0.95)/2 = 1.92 of the maximum, Box and Cox's interval), which says whether the
 * simple choices λ = 0 (log) or λ = 0.5 (square root) would do.
 */
public final class BoxCoxExample implements Example {

    /** Half the 95 % quantile of χ² with one degree of freedom: 3.841459 / 2. */
    static final double HALF_CHI2_95 = 3.841458820694124 / 2;

    @Override
    public String name() {
        return "box-cox";
    }

    @Override
    public String question() {
        return "What is a Box-Cox transformation, and how is its lambda chosen?";
    }

    static double skewness(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double m2 = 0;
        double m3 = 0;
        for (double v : x) {
            m2 += (v - mean) * (v - mean) / x.length;
            m3 += (v - mean) * (v - mean) * (v - mean) / x.length;
        }
        return m3 / Math.pow(m2, 1.5);
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset cancer = Datasets.breastCancer();
        Dataset area = cancer.selectColumns(cancer.columnIndex("worst_area")).withoutTargets();
        double[] x = area.column(0);
        PowerTransformerModel model = BoxCox.of().withStandardize(false).fit(area);
        double lambda = model.lambdas()[0];
        double[] y = model.transform(area).column(0);
        double before = skewness(x);
        double after = skewness(y);

        int points = context.fast() ? 61 : 241;
        double[] grid = new double[points];
        double[] ll = new double[points];
        for (int k = 0; k < points; k++) {
            grid[k] = -1.5 + 3.0 * k / (points - 1);
            ll[k] = BoxCox.profileLogLikelihood(x, grid[k]);
        }
        double best = BoxCox.profileLogLikelihood(x, lambda);
        double lower = bisect(x, best, lambda - 3, lambda);
        double upper = bisect(x, best, lambda, lambda + 3);
        out.printf("breast cancer worst_area: %d rows from %.0f to %.0f, skewness %.2f.%n", x.length,
                min(x), max(x), before);
        out.printf("maximum likelihood lambda = %.4f (log-likelihood %.2f); 95%% interval [%.3f, %.3f].%n", lambda, best,
                lower, upper);
        out.printf("After the transformation the skewness is %.3f.%n", after);
        out.printf("log (lambda 0) is %s the interval: l(0) = %.2f, %.2f below the maximum;%n",
                lower <= 0 && 0 <= upper ? "inside" : "outside", BoxCox.profileLogLikelihood(x, 0),
                best - BoxCox.profileLogLikelihood(x, 0));
        out.printf("square root (lambda 0.5) is %s it, %.2f below.%n", lower <= 0.5 && 0.5 <= upper ? "inside" : "outside",
                best - BoxCox.profileLogLikelihood(x, 0.5));

        XYChart chart = new XYChartBuilder().width(640).height(420)
                .title("Box-Cox profile log-likelihood, breast cancer worst_area").xAxisTitle("lambda")
                .yAxisTitle("profile log-likelihood").build();
        chart.addSeries("l(lambda)", grid, ll).setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
        chart.addSeries("maximum", new double[] {lambda}, new double[] {best})
                .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.addSeries("95% interval", new double[] {lower, upper}, new double[] {best - HALF_CHI2_95, best - HALF_CHI2_95});
        return Report.builder()
                .figure("lambda", lambda)
                .figure("skewnessBefore", before)
                .figure("skewnessAfter", after)
                .figure("intervalLower", lower)
                .figure("intervalUpper", upper)
                .file(Plots.savePng(chart, context, "box-cox"))
                .build();
    }

    /** The λ between a and b where ℓ crosses {@code best - 1.92}, by bisection (ℓ is monotone there). */
    private static double bisect(double[] x, double best, double a, double b) {
        double target = best - HALF_CHI2_95;
        boolean increasing = BoxCox.profileLogLikelihood(x, a) < BoxCox.profileLogLikelihood(x, b);
        for (int i = 0; i < 60; i++) {
            double m = 0.5 * (a + b);
            if ((BoxCox.profileLogLikelihood(x, m) < target) == increasing) {
                a = m;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }

    private static double min(double[] x) {
        double m = x[0];
        for (double v : x) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] x) {
        double m = x[0];
        for (double v : x) {
            m = Math.max(m, v);
        }
        return m;
    }
}
