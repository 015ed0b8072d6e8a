package io.github.classicml.examples;

import io.github.classicml.algorithms.ensemble.ModelScore;
import io.github.classicml.algorithms.ensemble.PermutationImportance;
import io.github.classicml.algorithms.ensemble.RandomForestRegressor;
import io.github.classicml.algorithms.linear.ElasticNetModel;
import io.github.classicml.algorithms.linear.Lasso;
import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.linear.LinearRegressionModel;
import io.github.classicml.algorithms.linear.StepwiseModel;
import io.github.classicml.algorithms.linear.StepwiseRegression;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.algorithms.selection.CrossValidation;
import io.github.classicml.algorithms.selection.KFold;
import io.github.classicml.algorithms.selection.Pipeline;
import io.github.classicml.algorithms.selection.Scorer;
import io.github.classicml.algorithms.selection.TrainTestSplit;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Variable importance and feature selection, five ways on one regression: correlation with the target,
 * the variance inflation factor, forward stepwise selection (BIC), the lasso, and a random forest's
 * permutation importance.
 *
 * <p>On diabetes' 10 measurements (two rows in three; every third row judges the result) each method ranks
 * the columns. Correlation looks at one column at a time and cannot see that two columns carry the same
 * information; the VIF, {@code 1/(1 − R_j²)}, measures exactly that redundancy (above 5–10 is the usual
 * alarm); stepwise selection adds the column that lowers the BIC most until none does; the lasso's
 * penalty (chosen by 5-fold cross-validation) sets the coefficients of the columns it drops to exactly
 * zero, so the penalty at which a column first enters its path ranks the columns; permutation
 * importance measures how much a fitted forest's R² falls on rows it did not train on when one column
 * is shuffled. Each method's top columns, as many as stepwise keeps, then fit least
 * squares, scored on the held-out rows. Selection uses the training rows only.
 */
public final class FeatureSelectionExample implements Example {

    static final double[] ALPHAS = {0.01, 0.03, 0.1, 0.3, 1, 3};

    @Override
    public String name() {
        return "feature-selection";
    }

    @Override
    public String question() {
        return "How do you select features: correlation, VIF, stepwise, lasso or forest importance?";
    }

    /** Pearson's correlation of two columns. */
    static double correlation(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Column indices sorted by decreasing score. */
    static Integer[] rankDecreasing(double[] score) {
        Integer[] order = new Integer[score.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -score[j]));
        return order;
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset data = Datasets.diabetes();
        // every third row judges (as in learning-curves), so that the reference script can repeat the split
        Dataset train = data.select(LearningCurvesExample.everyThird(data.rows(), false));
        Dataset test = data.select(LearningCurvesExample.everyThird(data.rows(), true));
        int p = data.columns();
        double[] y = train.targets();

        double[] absCorrelation = new double[p];
        double[] correlation = new double[p];
        for (int j = 0; j < p; j++) {
            correlation[j] = correlation(train.column(j), y);
            absCorrelation[j] = Math.abs(correlation[j]);
        }
        double[] vif = LinearRegression.of().fit(train).varianceInflationFactors();

        StepwiseModel stepwise = StepwiseRegression.of().withCriterion(StepwiseRegression.Criterion.BIC).fit(train);
        int[] stepwiseColumns = stepwise.selectedColumns();
        int keep = stepwiseColumns.length;
        double[] stepwiseScore = new double[p];
        List<StepwiseModel.Step> steps = stepwise.steps();
        for (int s = 0; s < steps.size(); s++) {
            stepwiseScore[steps.get(s).column()] = p - s;
        }

        Dataset scaledTrain = StandardScaler.of().fit(train).transform(train);
        int bestAlpha = 0;
        double bestCv = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < ALPHAS.length; a++) {
            double cv = CrossValidation.crossValidate(Pipeline.of(StandardScaler.of()).regressor(
                    Lasso.of().withAlpha(ALPHAS[a])), train, KFold.of(5).withShuffle(0), Scorer.r2()).mean(0);
            if (cv > bestCv) {
                bestCv = cv;
                bestAlpha = a;
            }
        }
        ElasticNetModel lasso = Lasso.of().withAlpha(ALPHAS[bestAlpha]).fit(scaledTrain);
        // the lasso's ranking: the penalty at which each column enters the path (largest first)
        List<ElasticNetModel> path = Lasso.of().path(scaledTrain);
        double[] lassoScore = new double[p];
        for (ElasticNetModel m : path) {
            for (int j = 0; j < p; j++) {
                if (lassoScore[j] == 0 && m.coefficients()[j] != 0) {
                    lassoScore[j] = m.alpha();
                }
            }
        }

        // the forest learns on one half of the training rows and is shuffled on the other
        TrainTestSplit.Indices halves = TrainTestSplit.of(0.5).withSeed(4).split(train);
        Regressor forest = RandomForestRegressor.of().withTrees(context.fast() ? 40 : 100).withSeed(1).withThreads(1)
                .fit(halves.trainData(train));
        double[] permutation = PermutationImportance.of().withRepeats(context.fast() ? 3 : 10).withSeed(2)
                .compute(forest, halves.testData(train), ModelScore.r2()).means();

        String[] methods = {"correlation", "stepwise (BIC)", "lasso", "forest permutation"};
        double[][] scores = {absCorrelation, stepwiseScore, lassoScore, permutation};
        out.printf(Locale.ROOT, "diabetes: %d training rows choose, %d held-out rows judge; %d measurements.%n",
                train.rows(), test.rows(), p);
        out.printf(Locale.ROOT, "  %-8s %8s %8s %14s %13s %12s%n", "column", "r with y", "VIF", "stepwise step",
                "lasso enters", "permutation");
        for (int j = 0; j < p; j++) {
            String step = stepwiseScore[j] > 0 ? String.valueOf((int) (p - stepwiseScore[j] + 1)) : "-";
            out.printf(Locale.ROOT, "  %-8s %+8.3f %8.1f %14s %13s %12.3f%n", data.columnName(j), correlation[j],
                    vif[j], step, lassoScore[j] > 0 ? String.format(Locale.ROOT, "alpha %.3f", lassoScore[j]) : "never",
                    permutation[j]);
        }
        out.println();
        double[] testR2 = new double[methods.length];
        List<List<String>> chosen = new ArrayList<>();
        for (int m = 0; m < methods.length; m++) {
            Integer[] order = rankDecreasing(scores[m]);
            int[] columns = new int[keep];
            List<String> names = new ArrayList<>();
            for (int i = 0; i < keep; i++) {
                columns[i] = order[i];
                names.add(data.columnName(order[i]));
            }
            chosen.add(names);
            LinearRegressionModel fit = LinearRegression.of().fit(train.selectColumns(columns));
            testR2[m] = PreventingOverfittingExample.r2(fit, test.selectColumns(columns));
            out.printf(Locale.ROOT, "  top %d by %-19s %-42s held-out R² %.3f%n", keep, methods[m], names, testR2[m]);
        }
        double allR2 = PreventingOverfittingExample.r2(LinearRegression.of().fit(train), test);
        out.printf(Locale.ROOT, "  %-9s%-19s %-42s held-out R² %.3f%n", "all " + p, "columns", "", allR2);
        out.println();
        int maxVifColumn = rankDecreasing(vif)[0];
        int redundant = 0;
        for (double v : vif) {
            redundant += v > 10 ? 1 : 0;
        }
        out.printf(Locale.ROOT, "Correlation ranks %s first (r = %+.3f) but looks at one column at a time: %s has VIF %.1f"
                + " (%d columns above 10),%nits information is mostly in the others, so a method that fits them"
                + " together (stepwise, lasso) may keep only some of them.%n", data.columnName(rankDecreasing(
                        absCorrelation)[0]), correlation[rankDecreasing(absCorrelation)[0]], data.columnName(maxVifColumn),
                vif[maxVifColumn], redundant);
        out.printf(Locale.ROOT, "Stepwise kept %d columns. The lasso ranks columns by the penalty at which they enter its"
                + " path; at the penalty 5-fold CV prefers%n(alpha %s of %s) it keeps %d of %d non-zero: it selects only"
                + " as far as the penalty is strong. The four methods agree on %d of the top %d: %s.%n", keep,
                ALPHAS[bestAlpha], Arrays.toString(ALPHAS), lasso.nonZeroCount(), p, common(chosen).size(), keep,
                common(chosen));
        out.println("Selection is fitting: choose on training rows only, and judge the chosen model on rows the"
                + " choice never saw.");

        CategoryChart chart = new CategoryChartBuilder().width(720).height(440)
                .title("Feature selection on diabetes: each method's ranking").xAxisTitle("column")
                .yAxisTitle("score / largest score").build();
        for (int m = 0; m < methods.length; m++) {
            double max = scores[m][rankDecreasing(scores[m])[0]];
            List<Double> normalised = new ArrayList<>();
            for (double v : scores[m]) {
                normalised.add(max > 0 ? Math.max(v, 0) / max : 0);
            }
            chart.addSeries(methods[m], data.columnNames(), normalised);
        }
        Report.Builder report = Report.builder();
        for (int j = 0; j < p; j++) {
            report.figure("lassoEnters_" + data.columnName(j), lassoScore[j]);
        }
        return report
                .figure("trainRows", train.rows())
                .figure("stepwiseColumns", keep)
                .figure("lassoNonZero", lasso.nonZeroCount())
                .figure("lassoAlpha", ALPHAS[bestAlpha])
                .figure("stepwiseFirst", stepwiseColumns.length > 0 ? steps.get(0).column() : -1)
                .figure("maxVif", vif[maxVifColumn])
                .figure("bmiCorrelation", correlation[data.columnIndex("bmi")])
                .figure("topCorrelationColumn", rankDecreasing(absCorrelation)[0])
                .figure("correlationTestR2", testR2[0])
                .figure("stepwiseTestR2", testR2[1])
                .figure("lassoTestR2", testR2[2])
                .figure("forestTestR2", testR2[3])
                .figure("allColumnsTestR2", allR2)
                .figure("commonColumns", common(chosen).size())
                .file(Plots.savePng(chart, context, "feature-selection"))
                .build();
    }

    private static List<String> common(List<List<String>> sets) {
        List<String> out = new ArrayList<>(sets.get(0));
        for (List<String> set : sets) {
            out.retainAll(set);
        }
        return out;
    }
}
