package io.github.classicml.examples;

import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.preprocessing.SimpleImputer;
import io.github.classicml.algorithms.preprocessing.SimpleImputerModel;
import io.github.classicml.algorithms.selection.TrainTestSplit;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Corrupted data, as opposed to missing data: values that are present but wrong. Detect them, turn them
 * into missing values, and impute.
 *
 * <p>Two common corruptions are planted in diabetes: a body-mass index of 0 where the measurement was not
 * taken (a sentinel, 8 % of the rows) and a blood pressure typed with an extra digit (ten times too large,
 * 5 % of the rows). Left in, they pull a least-squares fit; dropping the flagged rows throws away the good
 * values beside them; flagging them by a range rule learnt on the training rows (outside
 * {@code [Q1 − 3·IQR, Q3 + 3·IQR]}, Tukey's far-out fences) and imputing the training median keeps the
 * rows. The example reports how many corrupted cells the rule finds, how many good cells it flags, and
 * the held-out R² of each treatment beside the clean data's. The missing-values example covers the other
 * half of the question (values that are absent).
 */
public final class CorruptedDataExample implements Example {

    static final double SENTINEL_SHARE = 0.08;
    static final double TYPO_SHARE = 0.05;

    @Override
    public String name() {
        return "corrupted-data";
    }

    @Override
    public String question() {
        return "How do you handle corrupted data (sentinels, typos): detect, drop, or mark missing and impute?";
    }

    /** The q-quantile with linear interpolation (numpy's default), ignoring NaN. */
    static double quantile(double[] values, double q) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset clean = Datasets.diabetes();
        int bmi = clean.columnIndex("bmi");
        int bp = clean.columnIndex("bp");
        double[][] x = clean.toArray();
        int n = x.length;
        boolean[][] corrupted = new boolean[n][clean.columns()];
        SplittableRandom rng = new SplittableRandom(13);
        int sentinels = (int) Math.round(SENTINEL_SHARE * n);
        int typos = (int) Math.round(TYPO_SHARE * n);
        plant(x, corrupted, bmi, sentinels, rng, v -> 0);
        plant(x, corrupted, bp, typos, rng, v -> 10 * v);
        Dataset dirty = Dataset.of(x).withColumnNames(clean.columnNames()).withTargets(clean.targets(), clean.targetName());

        TrainTestSplit.Indices split = TrainTestSplit.of(0.25).withSeed(8).split(clean);
        Dataset cleanTrain = split.trainData(clean);
        Dataset cleanTest = split.testData(clean);
        Dataset train = split.trainData(dirty);
        Dataset test = split.testData(dirty);

        // Tukey's far-out fences from the (dirty) training rows of each column
        int p = clean.columns();
        double[] low = new double[p];
        double[] high = new double[p];
        for (int j = 0; j < p; j++) {
            double[] column = train.column(j);
            double q1 = quantile(column, 0.25);
            double q3 = quantile(column, 0.75);
            low[j] = q1 - 3 * (q3 - q1);
            high[j] = q3 + 3 * (q3 - q1);
        }
        int found = 0;
        int falseAlarms = 0;
        int planted = 0;
        double[][] marked = dirty.toArray();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                boolean flagged = marked[i][j] < low[j] || marked[i][j] > high[j];
                planted += corrupted[i][j] ? 1 : 0;
                found += flagged && corrupted[i][j] ? 1 : 0;
                falseAlarms += flagged && !corrupted[i][j] ? 1 : 0;
                if (flagged) {
                    marked[i][j] = Double.NaN;
                }
            }
        }
        Dataset markedData = Dataset.of(marked).withColumnNames(clean.columnNames())
                .withTargets(clean.targets(), clean.targetName());
        Dataset markedTrain = split.trainData(markedData);
        Dataset markedTest = split.testData(markedData);
        SimpleImputerModel imputer = SimpleImputer.of().withStrategy(SimpleImputer.Strategy.MEDIAN).fit(markedTrain);
        Dataset imputedTrain = imputer.transform(markedTrain).withTargets(markedTrain.targets(), clean.targetName());
        Dataset imputedTest = imputer.transform(markedTest).withTargets(markedTest.targets(), clean.targetName());
        List<Integer> keptRows = new ArrayList<>();
        for (int i = 0; i < markedTrain.rows(); i++) {
            boolean any = false;
            for (int j = 0; j < p; j++) {
                any |= Double.isNaN(markedTrain.get(i, j));
            }
            if (!any) {
                keptRows.add(i);
            }
        }
        Dataset droppedTrain = markedTrain.select(keptRows.stream().mapToInt(Integer::intValue).toArray());

        double cleanR2 = PreventingOverfittingExample.r2(LinearRegression.of().fit(cleanTrain), cleanTest);
        double ignoreR2 = PreventingOverfittingExample.r2(LinearRegression.of().fit(train), test);
        // dropped rows cannot be dropped at prediction time: the test rows are imputed
        Regressor dropModel = LinearRegression.of().fit(droppedTrain);
        double dropR2 = PreventingOverfittingExample.r2(dropModel, imputedTest);
        double imputeR2 = PreventingOverfittingExample.r2(LinearRegression.of().fit(imputedTrain), imputedTest);

        out.printf(Locale.ROOT, "diabetes with planted corruption: bmi = 0 in %d rows (a sentinel for \"not measured\"),"
                + " bp typed ten times too large in %d rows.%n", sentinels, typos);
        out.printf(Locale.ROOT, "Detection, Tukey's far-out fences from the training rows (bmi outside [%.1f, %.1f], bp"
                + " outside [%.1f, %.1f]):%n", low[bmi], high[bmi], low[bp], high[bp]);
        out.printf(Locale.ROOT, "  %d of the %d corrupted cells flagged, %d good cells flagged by mistake (of %d).%n",
                found, planted, falseAlarms, n * p - planted);
        out.printf(Locale.ROOT, "Least squares, held-out R² on %d test rows:%n", test.rows());
        out.printf(Locale.ROOT, "  clean data (the target)                    %.3f%n", cleanR2);
        out.printf(Locale.ROOT, "  corruption left in                         %.3f%n", ignoreR2);
        out.printf(Locale.ROOT, "  flagged training rows dropped (%d of %d)   %.3f%n", markedTrain.rows() - droppedTrain.rows(),
                markedTrain.rows(), dropR2);
        out.printf(Locale.ROOT, "  flagged cells made missing, median-imputed %.3f%n", imputeR2);
        out.printf(Locale.ROOT, "Left in, the corruption costs %.3f of R²; marking it missing and imputing recovers %.0f %% of"
                + " that loss, dropping rows %.0f %%.%n", cleanR2 - ignoreR2,
                100 * (imputeR2 - ignoreR2) / (cleanR2 - ignoreR2), 100 * (dropR2 - ignoreR2) / (cleanR2 - ignoreR2));
        out.println("Corrupted values look like data: find them by range and domain rules fitted on training rows,"
                + " then treat them as missing.");

        CategoryChart chart = new CategoryChartBuilder().width(680).height(420).title("Corrupted diabetes data: held-out R²")
                .xAxisTitle("treatment").yAxisTitle("R²").build();
        chart.addSeries("held-out R²", List.of("clean", "left in", "rows dropped", "imputed"),
                List.of(cleanR2, ignoreR2, dropR2, imputeR2));
        return Report.builder()
                .figure("plantedCells", planted)
                .figure("foundCells", found)
                .figure("falseAlarms", falseAlarms)
                .figure("bmiLowFence", low[bmi])
                .figure("cleanR2", cleanR2)
                .figure("ignoreR2", ignoreR2)
                .figure("dropR2", dropR2)
                .figure("imputeR2", imputeR2)
                .file(Plots.savePng(chart, context, "corrupted-data"))
                .build();
    }

    /** Replaces {@code count} distinct rows' values in one column by {@code corrupt(value)}. */
    private static void plant(double[][] x, boolean[][] corrupted, int column, int count, SplittableRandom rng,
            java.util.function.DoubleUnaryOperator corrupt) {
        int planted = 0;
        while (planted < count) {
            int i = rng.nextInt(x.length);
            if (!corrupted[i][column]) {
                x[i][column] = corrupt.applyAsDouble(x[i][column]);
                corrupted[i][column] = true;
                planted++;
            }
        }
    }
}
