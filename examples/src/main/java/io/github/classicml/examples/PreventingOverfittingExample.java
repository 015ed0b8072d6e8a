package io.github.classicml.examples;

import io.github.classicml.algorithms.linear.ElasticNetModel;
import io.github.classicml.algorithms.linear.Lasso;
import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.preprocessing.PolynomialFeatures;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.algorithms.selection.CrossValidation;
import io.github.classicml.algorithms.selection.KFold;
import io.github.classicml.algorithms.selection.Pipeline;
import io.github.classicml.algorithms.selection.PipelineRegressorModel;
import io.github.classicml.algorithms.selection.Scorer;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Overfitting and three ways to prevent it, on one small regression: cross-validation to see it and
 * choose, a simpler model, and regularisation (the lasso).
 *
 * <p>111 diabetes patients (every fourth) train a least-squares fit on all 54 degree-2 terms of 9 standardised
 * measurements (squares and pairwise products; sex is left out, as its square repeats it): with 55
 * coefficients for 111 rows it fits its training
 * rows far better than new ones. Three remedies: (1) 5-fold cross-validation on the training rows
 * estimates the error on new rows without touching the test set, so it exposes the overfit and picks
 * among the models; (2) a simpler model, least squares on the 10 measurements alone; (3) the lasso on the
 * same 54 terms, its penalty chosen by that cross-validation, which shrinks most coefficients to exactly
 * zero. The 331 held-out patients confirm what cross-validation predicted.
 */
public final class PreventingOverfittingExample implements Example {

    static final double[] ALPHAS = {0.3, 1, 2, 4, 8, 16};
    private static final String[] SHORT = {"the many-term least squares", "the simpler model", "the lasso"};

    @Override
    public String name() {
        return "preventing-overfitting";
    }

    @Override
    public String question() {
        return "What is overfitting, and how do cross-validation, a simpler model and the lasso prevent it?";
    }

    private static Learner<? extends Regressor> poly(Learner<? extends Regressor> last) {
        return Pipeline.of(StandardScaler.of()).then(PolynomialFeatures.of(2).withBias(false)).then(StandardScaler.of())
                .regressor(last);
    }

    static double r2(Regressor model, Dataset data) {
        double[] p = model.predict(data);
        double mean = 0;
        for (int i = 0; i < p.length; i++) {
            mean += data.target(i) / p.length;
        }
        double sse = 0;
        double sst = 0;
        for (int i = 0; i < p.length; i++) {
            sse += (p[i] - data.target(i)) * (p[i] - data.target(i));
            sst += (data.target(i) - mean) * (data.target(i) - mean);
        }
        return 1 - sse / sst;
    }

    private static double cv(Learner<? extends Regressor> learner, Dataset train) {
        return CrossValidation.crossValidate(learner, train, KFold.of(5).withShuffle(0), Scorer.r2()).mean(0);
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        // sex takes two values, so its square is a linear function of it: least squares on the degree-2 terms
        // would be singular; leave it out
        Dataset all = Datasets.diabetes();
        int sex = all.columnIndex("sex");
        int[] kept = new int[all.columns() - 1];
        for (int j = 0, at = 0; j < all.columns(); j++) {
            if (j != sex) {
                kept[at++] = j;
            }
        }
        Dataset data = all.selectColumns(kept);
        // every fourth patient trains (111 rows), the others are held out; a rule the reference script can repeat
        int[] trainRows = IntStream.range(0, data.rows()).filter(i -> i % 4 == 0).toArray();
        int[] testRows = IntStream.range(0, data.rows()).filter(i -> i % 4 != 0).toArray();
        Dataset train = data.select(trainRows);
        Dataset test = data.select(testRows);

        Learner<? extends Regressor> overfit = poly(LinearRegression.of());
        Learner<? extends Regressor> simple = LinearRegression.of();
        double[] alphaCv = new double[ALPHAS.length];
        int bestAlpha = 0;
        for (int a = 0; a < ALPHAS.length; a++) {
            alphaCv[a] = cv(poly(Lasso.of().withAlpha(ALPHAS[a]).withMaxIterations(10_000)), train);
            if (alphaCv[a] > alphaCv[bestAlpha]) {
                bestAlpha = a;
            }
        }
        Learner<? extends Regressor> lasso = poly(Lasso.of().withAlpha(ALPHAS[bestAlpha]).withMaxIterations(10_000));
        int d = data.columns();
        int terms = 2 * d + d * (d - 1) / 2;
        String[] names = {String.format(Locale.ROOT, "least squares, %d degree-2 terms", terms),
            String.format(Locale.ROOT, "(2) simpler: least squares, %d columns", d),
            String.format(Locale.ROOT, "(3) lasso, %d terms, alpha = %s", terms, ALPHAS[bestAlpha])};
        List<Learner<? extends Regressor>> learners = List.of(overfit, simple, lasso);
        double[] trainR2 = new double[3];
        double[] cvR2 = new double[3];
        double[] testR2 = new double[3];
        Regressor[] models = new Regressor[3];
        for (int m = 0; m < 3; m++) {
            Regressor model = learners.get(m).fit(train);
            models[m] = model;
            trainR2[m] = r2(model, train);
            cvR2[m] = m == 2 ? alphaCv[bestAlpha] : cv(learners.get(m), train);
            testR2[m] = r2(model, test);
        }
        int nonZero = 0;
        double[] coefficients = ((ElasticNetModel) ((PipelineRegressorModel) models[2]).regressor()).coefficients();
        for (double c : coefficients) {
            nonZero += c != 0 ? 1 : 0;
        }

        out.printf(Locale.ROOT, "diabetes without sex (its square repeats it): %d measurements, %d training patients, %d held"
                + " out. R² of each model:%n", d, train.rows(), test.rows());
        out.printf(Locale.ROOT, "  %-42s %9s %14s %9s%n", "", "training", "(1) 5-fold CV", "test");
        for (int m = 0; m < 3; m++) {
            out.printf(Locale.ROOT, "  %-42s %9.3f %14.3f %9.3f%n", names[m], trainR2[m], cvR2[m], testR2[m]);
        }
        out.println();
        out.printf(Locale.ROOT, "Overfitting: %d coefficients for %d rows fit the training rows with R² %.3f but new rows"
                + " with %.3f; the gap of %.3f is the noise it memorised.%n", coefficients.length + 1, train.rows(),
                trainR2[0], testR2[0], trainR2[0] - testR2[0]);
        int cvBest = argMax(cvR2);
        int testBest = argMax(testR2);
        out.printf(Locale.ROOT, "(1) Cross-validation sees it without the test set: its R² for the big model is %.3f, not"
                + " %.3f. It chose the lasso's alpha%n    (CV R² %s for alpha %s) and ranks %s first (%.3f); the"
                + " test set ranks %s first (%.3f)%s.%n", cvR2[0], trainR2[0], format(alphaCv),
                java.util.Arrays.toString(ALPHAS), SHORT[cvBest], cvR2[cvBest], SHORT[testBest], testR2[testBest],
                cvBest == testBest ? "" : String.format(Locale.ROOT, ", %.3f ahead of %s", testR2[testBest] - testR2[cvBest],
                        SHORT[cvBest]));
        out.printf(Locale.ROOT, "(2) The simpler model gives up training fit (%.3f) and gains on new rows (%.3f).%n",
                trainR2[1], testR2[1]);
        out.printf(Locale.ROOT, "(3) The lasso keeps the %d terms but sets %d of their coefficients to exactly 0 (%d left):"
                + " test R² %.3f.%n", coefficients.length, coefficients.length - nonZero, nonZero, testR2[2]);

        CategoryChart chart = new CategoryChartBuilder().width(700).height(440).title("Overfitting and three cures (diabetes)")
                .xAxisTitle("model").yAxisTitle("R²").build();
        List<String> labels = List.of(terms + " terms, least squares", d + " columns", "lasso, " + terms + " terms");
        chart.addSeries("training", labels, List.of(trainR2[0], trainR2[1], trainR2[2]));
        chart.addSeries("5-fold CV", labels, List.of(cvR2[0], cvR2[1], cvR2[2]));
        chart.addSeries("test", labels, List.of(testR2[0], testR2[1], testR2[2]));
        return Report.builder()
                .figure("trainRows", train.rows())
                .figure("terms", coefficients.length)
                .figure("overfitTrainR2", trainR2[0])
                .figure("overfitCvR2", cvR2[0])
                .figure("overfitTestR2", testR2[0])
                .figure("simpleTrainR2", trainR2[1])
                .figure("simpleCvR2", cvR2[1])
                .figure("simpleTestR2", testR2[1])
                .figure("lassoTrainR2", trainR2[2])
                .figure("lassoCvR2", cvR2[2])
                .figure("lassoTestR2", testR2[2])
                .figure("lassoNonZero", nonZero)
                .figure("lassoAlpha", ALPHAS[bestAlpha])
                .file(Plots.savePng(chart, context, "preventing-overfitting"))
                .build();
    }

    private static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static String format(double[] values) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", values[i]));
        }
        return s.append(']').toString();
    }
}
