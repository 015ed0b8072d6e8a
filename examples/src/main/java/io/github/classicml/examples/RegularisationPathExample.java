package io.github.classicml.examples;

import io.github.classicml.algorithms.linear.ElasticNetModel;
import io.github.classicml.algorithms.linear.Lasso;
import io.github.classicml.algorithms.linear.Ridge;
import io.github.classicml.algorithms.linear.RidgeModel;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The lasso and ridge regularisation paths on the standardised diabetes data: as the penalty falls,
 * lasso coefficients leave zero one column at a time (feature selection), while ridge coefficients all
 * grow smoothly from zero together and none is ever exactly zero.
 *
 * <p>The lasso's penalty {@code alpha ||b||_1} has a corner at zero, so a coefficient stays exactly 0
 * until the correlation of its column with the residual exceeds {@code alpha}; at
 * {@code alpha_max = max_j |x_j^T (y - ybar)| / n} every coefficient is 0, and the first to enter is the
 * column most correlated with the target. Ridge's {@code alpha ||b||^2} is smooth at zero and only shrinks.
 */
public final class RegularisationPathExample implements Example {

    @Override
    public String name() {
        return "regularisation-path";
    }

    @Override
    public String question() {
        return "How do lasso and ridge differ along their regularisation paths, and why does the lasso select features?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset raw = Datasets.diabetes();
        Dataset data = StandardScaler.of().fit(raw).transform(raw).withTargets(raw.targets(), raw.targetName());
        int length = context.fast() ? 30 : 100;
        List<ElasticNetModel> lasso = Lasso.of().path(data, length, 1e-3, ProgressListener.NONE);
        double alphaMax = lasso.get(0).alpha();
        out.printf("Lasso path on standardised diabetes: %d penalties from alpha_max = %.4g down to %.4g%n", length,
                alphaMax, lasso.get(length - 1).alpha());
        out.println("  columns in the order they leave zero:");
        List<String> order = new ArrayList<>();
        boolean[] seen = new boolean[data.columns()];
        for (ElasticNetModel m : lasso) {
            double[] b = m.coefficients();
            for (int j = 0; j < b.length; j++) {
                if (b[j] != 0 && !seen[j]) {
                    seen[j] = true;
                    order.add(data.columnName(j));
                    out.printf("    %-8s enters at alpha = %.4g (%d non-zero)%n", data.columnName(j), m.alpha(), m.nonZeroCount());
                }
            }
        }
        double[] ridgeAlphas = new double[length];
        for (int k = 0; k < length; k++) {
            // the same grid in ridge's units: ridge sums the loss, so n alpha matches the lasso's mean loss
            ridgeAlphas[k] = lasso.get(k).alpha() * data.rows();
        }
        List<RidgeModel> ridge = Ridge.of().path(data, null, ridgeAlphas);
        int ridgeZeros = 0;
        for (RidgeModel m : ridge) {
            for (double b : m.coefficients()) {
                ridgeZeros += b == 0 ? 1 : 0;
            }
        }
        out.println();
        out.printf("The first column to enter is %s, the column most correlated with the target. Along the same%n",
                order.isEmpty() ? "none" : order.get(0));
        out.printf("grid ridge has %d zero coefficients out of %d: it shrinks every column but removes none.%n",
                ridgeZeros, length * data.columns());

        XYChart chart = new XYChartBuilder().width(720).height(460).title("Lasso path, standardised diabetes")
                .xAxisTitle("log10 alpha").yAxisTitle("coefficient").build();
        double[] logAlpha = new double[length];
        for (int k = 0; k < length; k++) {
            logAlpha[k] = Math.log10(lasso.get(k).alpha());
        }
        for (int j = 0; j < data.columns(); j++) {
            double[] path = new double[length];
            for (int k = 0; k < length; k++) {
                path[k] = lasso.get(k).coefficients()[j];
            }
            chart.addSeries(data.columnName(j), logAlpha, path);
        }
        XYChart ridgeChart = new XYChartBuilder().width(720).height(460).title("Ridge path, standardised diabetes")
                .xAxisTitle("log10 alpha (ridge's units: n times the lasso's)").yAxisTitle("coefficient").build();
        double[] logRidge = new double[length];
        for (int k = 0; k < length; k++) {
            logRidge[k] = Math.log10(ridgeAlphas[k]);
        }
        for (int j = 0; j < data.columns(); j++) {
            double[] path = new double[length];
            for (int k = 0; k < length; k++) {
                path[k] = ridge.get(k).coefficients()[j];
            }
            ridgeChart.addSeries(data.columnName(j), logRidge, path);
        }
        return Report.builder()
                .figure("alphaMax", alphaMax)
                .figure("firstColumn", data.columnIndex(order.get(0)))
                .figure("finalNonZero", lasso.get(length - 1).nonZeroCount())
                .figure("ridgeZeros", ridgeZeros)
                .file(Plots.savePng(chart, context, "regularisation-path-lasso"))
                .file(Plots.savePng(ridgeChart, context, "regularisation-path-ridge"))
                .build();
    }
}
