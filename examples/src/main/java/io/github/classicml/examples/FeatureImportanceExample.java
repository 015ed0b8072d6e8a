package io.github.classicml.examples;

import io.github.classicml.algorithms.ensemble.ForestClassifierModel;
import io.github.classicml.algorithms.ensemble.ModelScore;
import io.github.classicml.algorithms.ensemble.PermutationImportance;
import io.github.classicml.algorithms.ensemble.PermutationImportances;
import io.github.classicml.algorithms.ensemble.RandomForestClassifier;
import io.github.classicml.algorithms.selection.TrainTestSplit;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Feature importance for feature selection on breast cancer: a random forest's impurity importance
 * (MDI) against permutation importance on held-out rows, with two columns of pure noise added, one with
 * a distinct value on every row and one a coin flip.
 *
 * <p>MDI sums the impurity decreases of the splits on each column over the training rows; a column with
 * many distinct values offers many thresholds, and a fully grown tree will use some of them to carve up
 * the last few training rows, so even noise earns MDI. Permutation importance shuffles a column on
 * held-out rows and measures the accuracy lost: noise the model only used to memorise loses nothing.
 * Keeping the columns that permutation importance ranks highest is then a sound selection.
 */
public final class FeatureImportanceExample implements Example {

    @Override
    public String name() {
        return "feature-importance";
    }

    @Override
    public String question() {
        return "Which features matter: impurity (MDI) or permutation importance, and when does MDI mislead?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset cancer = Datasets.breastCancer();
        Dataset data = withNoise(cancer, new SplittableRandom(5));
        int p = data.columns();
        int noise = p - 2;
        int coin = p - 1;
        TrainTestSplit.Indices split = TrainTestSplit.of(0.3).withStratification().withSeed(5).split(data);
        Dataset train = split.trainData(data);
        Dataset test = split.testData(data);
        RandomForestClassifier learner = RandomForestClassifier.of().withTrees(context.fast() ? 40 : 200).withSeed(5);
        ForestClassifierModel forest = learner.fit(train);
        double[] mdi = forest.featureImportances();
        PermutationImportances permutation = PermutationImportance.of().withRepeats(context.fast() ? 3 : 10)
                .withSeed(5).compute(forest, test, ModelScore.accuracy());
        double[] drop = permutation.means();
        int mdiRankOfNoise = rank(mdi, noise);
        int permutationRankOfNoise = rank(drop, noise);
        int realBelowNoise = 0;
        for (int j = 0; j < noise; j++) {
            realBelowNoise += mdi[j] < mdi[noise] ? 1 : 0;
        }

        out.printf(Locale.ROOT, "breast cancer (30 columns) plus two noise columns: \"noise\" (a distinct random value per row)%n"
                + "and \"coin\" (a random 0 or 1). Random forest of %d trees; test accuracy %.3f.%n%n",
                learner.trees(), permutation.baseline());
        out.println("column                      MDI   rank   permutation (accuracy lost)   rank");
        Integer[] byMdi = order(mdi);
        for (int k = 0; k < p; k++) {
            int j = byMdi[k];
            if (k < 8 || j == noise || j == coin) {
                out.printf(Locale.ROOT, "%-24s %6.4f   %4d   %8.4f ± %.4f              %4d%n", data.columnName(j), mdi[j],
                        k + 1, drop[j], permutation.standardDeviations()[j], rank(drop, j));
            }
        }
        out.printf(Locale.ROOT, "%nMDI ranks the pure-noise column %d of %d (%.4f, above %d real columns); the coin flip, with only%n"
                + "two values, gets %.4f. On held-out rows shuffling the noise costs %.4f accuracy (rank %d).%n",
                mdiRankOfNoise, p, mdi[noise], realBelowNoise, mdi[coin], drop[noise], permutationRankOfNoise);

        // feature selection: the top 5 columns by permutation importance, refitted
        Integer[] byDrop = order(drop);
        int[] top = new int[5];
        for (int k = 0; k < 5; k++) {
            top[k] = byDrop[k];
        }
        Arrays.sort(top);
        ForestClassifierModel small = learner.fit(train.selectColumns(top));
        double smallAccuracy = ModelScore.accuracy().score(small, test.selectColumns(top));
        List<String> names = new ArrayList<>();
        for (int j : top) {
            names.add(data.columnName(j));
        }
        out.printf(Locale.ROOT, "Keeping the 5 columns permutation importance ranks highest %s: test accuracy %.3f%n"
                + "(all %d columns: %.3f).%n", names, smallAccuracy, p, permutation.baseline());

        CategoryChart chart = new CategoryChartBuilder().width(900).height(460)
                .title("MDI vs permutation importance (breast cancer + 2 noise columns)")
                .xAxisTitle("column").yAxisTitle("importance").build();
        List<String> labels = new ArrayList<>();
        List<Double> mdiShown = new ArrayList<>();
        List<Double> dropShown = new ArrayList<>();
        for (int k = 0; k < p; k++) {
            int j = byMdi[k];
            if (k < 10 || j == noise || j == coin) {
                labels.add(data.columnName(j));
                mdiShown.add(mdi[j]);
                dropShown.add(drop[j]);
            }
        }
        chart.addSeries("MDI (training rows)", labels, mdiShown);
        chart.addSeries("permutation (test rows)", labels, dropShown);
        chart.getStyler().setXAxisLabelRotation(60);
        return Report.builder()
                .figure("noiseMdi", mdi[noise])
                .figure("coinMdi", mdi[coin])
                .figure("noiseMdiRank", mdiRankOfNoise)
                .figure("realColumnsBelowNoise", realBelowNoise)
                .figure("noisePermutation", drop[noise])
                .figure("mdiSum", Arrays.stream(mdi).sum())
                .figure("baseline", permutation.baseline())
                .figure("selectedAccuracy", smallAccuracy)
                .file(Plots.savePng(chart, context, "feature-importance"))
                .build();
    }

    /** Appends "noise" (uniform in [0, 1), distinct per row) and "coin" (0 or 1) to the features. */
    static Dataset withNoise(Dataset data, SplittableRandom rng) {
        int n = data.rows();
        int p = data.columns();
        double[][] x = new double[n][p + 2];
        for (int i = 0; i < n; i++) {
            data.copyRow(i, x[i], 0);
            x[i][p] = rng.nextDouble();
            x[i][p + 1] = rng.nextInt(2);
        }
        List<String> names = new ArrayList<>(data.columnNames());
        names.add("noise");
        names.add("coin");
        return Dataset.of(x).withColumnNames(names).withClasses(data.classes(), data.classNames(), data.targetName());
    }

    /** @return the 1-based rank of column {@code j} by decreasing value */
    static int rank(double[] values, int j) {
        int above = 0;
        for (double v : values) {
            above += v > values[j] ? 1 : 0;
        }
        return above + 1;
    }

    private static Integer[] order(double[] values) {
        return IntStream.range(0, values.length).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> -values[j]).thenComparingInt(j -> j))
                .toArray(Integer[]::new);
    }
}
