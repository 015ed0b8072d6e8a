package io.github.classicml.examples;

import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.linear.LinearRegressionModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Multicollinearity on Longley's employment data: columns that move together (GNP, population, the
 * year, the price deflator) make the coefficients unstable, and variance inflation factors and the
 * condition number measure how much.
 *
 * <p>{@code VIF_j = 1/(1 − R_j²)}, with {@code R_j²} from regressing column j on the others: how many
 * times the variance of {@code b_j} exceeds what it would be with uncorrelated columns. Above 10 is the
 * usual warning; Longley's run into the hundreds and thousands. The lesson: drop the last row (one
 * year of sixteen) and refit — the fit barely changes, but individual coefficients move by large
 * fractions and can change sign, because the data cannot tell the correlated columns apart.
 */
public final class MulticollinearityExample implements Example {

    @Override
    public String name() {
        return "multicollinearity";
    }

    @Override
    public String question() {
        return "What is multicollinearity, how do VIF and the condition number detect it, and why does it matter?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset longley = Datasets.longley();
        LinearRegressionModel all = LinearRegression.of().fit(longley);
        int[] first15 = new int[longley.rows() - 1];
        for (int i = 0; i < first15.length; i++) {
            first15[i] = i;
        }
        LinearRegressionModel fewer = LinearRegression.of().fit(longley.select(first15));
        double[] vif = all.varianceInflationFactors();
        double[] b = all.coefficients();
        double[] b15 = fewer.coefficients();
        out.printf("Longley (%d years, %d columns), OLS with intercept: R² %.4f, condition number %.3g%n",
                longley.rows(), longley.columns(), all.rSquared(), all.conditionNumber());
        out.println("  column               VIF   coefficient (16 years)   (first 15 years)   change");
        double maxVif = 0;
        String maxName = "";
        double maxChange = 0;
        String changeName = "";
        List<String> names = new ArrayList<>();
        List<Double> logVif = new ArrayList<>();
        for (int j = 0; j < vif.length; j++) {
            String name = longley.columnName(j);
            double change = Math.abs(b15[j] - b[j]) / Math.abs(b[j]);
            out.printf("  %-14s %9.1f   %22.6g   %16.6g   %5.0f %%%n", name, vif[j], b[j], b15[j], 100 * change);
            if (vif[j] > maxVif) {
                maxVif = vif[j];
                maxName = name;
            }
            if (change > maxChange) {
                maxChange = change;
                changeName = name;
            }
            names.add(name);
            logVif.add(Math.log10(vif[j]));
        }
        out.println();
        out.printf("The largest VIF is %.0f (%s): its coefficient's variance is %.0f times what uncorrelated%n",
                maxVif, maxName, maxVif);
        out.printf("columns would give. Dropping one year of sixteen moves R² from %.4f to %.4f but changes the%n",
                all.rSquared(), fewer.rSquared());
        out.printf("coefficient of %s by %.0f %%: with collinear columns, the individual coefficients are not%n",
                changeName, 100 * maxChange);
        out.println("identified by the data, even though the predictions are. Remedies: drop or combine columns,");
        out.println("centre and scale, or a penalty (ridge).");
        int above10 = 0;
        int below5 = 0;
        for (double v : vif) {
            above10 += v > 10 ? 1 : 0;
            below5 += v < 5 ? 1 : 0;
        }
        out.printf("A VIF above 5-10 (tolerance = 1/VIF below 0.2-0.1), not below, signals multicollinearity: here %d of"
                + " %d columns have VIF > 10 (tolerance < 0.1), %d below 5; the smallest tolerance is 1/%.0f = %.5f.%n",
                above10, vif.length, below5, maxVif, 1 / maxVif);

        CategoryChart chart = new CategoryChartBuilder().width(640).height(420).title("Longley: variance inflation factors")
                .xAxisTitle("column").yAxisTitle("log10 VIF (1 = 10, 2 = 100, 3 = 1000)").build();
        chart.addSeries("log10 VIF", names, logVif);
        return Report.builder()
                .figure("maxVif", maxVif)
                .figure("columnsAboveVif10", above10)
                .figure("conditionNumber", all.conditionNumber())
                .figure("largestRelativeChange", maxChange)
                .figure("rSquared", all.rSquared())
                .file(Plots.savePng(chart, context, "multicollinearity"))
                .build();
    }
}
