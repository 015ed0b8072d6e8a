package io.github.classicml.examples;

import io.github.classicml.algorithms.bayes.GaussianNaiveBayes;
import io.github.classicml.algorithms.ensemble.RandomForestClassifier;
import io.github.classicml.algorithms.linear.LogisticRegression;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.algorithms.selection.Pipeline;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/**
 * Learning curves: test accuracy against the number of training rows, for a generative model (Gaussian
 * naive Bayes), a discriminative one (logistic regression) and three non-parametric ones (k-nearest
 * neighbours, a decision tree, a random forest).
 *
 * <p>The task is diabetes' disease progression turned into a class (above the median or not). Every
 * third row is a fixed test set; the other 294 rows are a pool from which training sets of 10, 20, 40,
 * 80 and 160 rows are drawn, half from each class, many times (the curve is the mean), and the last
 * point is the whole pool.
 *
 * <p>Naive Bayes models how the features are generated in each class, {@code P(x | y) P(y)}, with a
 * strong assumption (independent Gaussian features); logistic regression models {@code P(y | x)}
 * directly. Ng and Jordan showed that the generative model approaches its (higher) asymptotic error
 * with a number of rows logarithmic in the number of features, the discriminative one needs a number
 * linear in it but reaches a lower error: the curves can cross. The same table answers which algorithm
 * to choose for a given training-set size.
 *
 * <p>Reference: A. Y. Ng and M. I. Jordan, "On discriminative vs. generative classifiers: a comparison
 * of logistic regression and naive Bayes", NIPS 14, 2002.
 */
public final class LearningCurvesExample implements Example {

    static final int[] SIZES = {10, 20, 40, 80, 160};
    static final String[] NAMES = {"naive Bayes", "logistic", "kNN (k = 5)", "tree", "forest"};

    @Override
    public String name() {
        return "learning-curves";
    }

    @Override
    public String question() {
        return "Generative or discriminative, and which algorithm for how many training rows? Learning curves";
    }

    /** Diabetes with its progression as a class: 1 above the median, 0 otherwise. */
    static Dataset diabetesAboveMedian() {
        Dataset raw = Datasets.diabetes();
        double[] y = raw.targets();
        double[] sorted = y.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            classes[i] = y[i] > median ? 1 : 0;
        }
        return raw.withClasses(classes, List.of("low", "high"), "progression above " + median);
    }

    /** @return the rows {@code i} with {@code i % 3 == 0} (test) or {@code != 0} (pool) */
    static int[] everyThird(int rows, boolean test) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            if ((i % 3 == 0) == test) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<LongFunction<Learner<? extends Classifier>>> learners(int trees) {
        return List.of(
                seed -> GaussianNaiveBayes.of(),
                seed -> LogisticRegression.of().withPenalty(LogisticRegression.Penalty.NONE).withMaxIterations(1000),
                seed -> Pipeline.of(StandardScaler.of()).classifier(KnnClassifier.of(5)),
                seed -> DecisionTreeClassifier.of().withSeed(seed),
                seed -> RandomForestClassifier.of().withTrees(trees).withSeed(seed).withThreads(1));
    }

    static double accuracy(Classifier model, Dataset test) {
        int[] predicted = model.predict(test);
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == test.classOf(i) ? 1 : 0;
        }
        return correct / (double) predicted.length;
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset data = diabetesAboveMedian();
        Dataset pool = data.select(everyThird(data.rows(), false));
        Dataset test = data.select(everyThird(data.rows(), true));
        int repeats = context.fast() ? 8 : 20;
        List<LongFunction<Learner<? extends Classifier>>> learners = learners(context.fast() ? 20 : 30);
        int[][] byClass = new int[2][];
        for (int c = 0; c < 2; c++) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < pool.rows(); i++) {
                if (pool.classOf(i) == c) {
                    rows.add(i);
                }
            }
            byClass[c] = rows.stream().mapToInt(Integer::intValue).toArray();
        }
        double[] sizes = new double[SIZES.length + 1];
        double[][] curves = new double[NAMES.length][SIZES.length + 1];
        SplittableRandom rng = new SplittableRandom(14);
        for (int s = 0; s <= SIZES.length; s++) {
            boolean whole = s == SIZES.length;
            sizes[s] = whole ? pool.rows() : SIZES[s];
            int draws = whole ? 1 : repeats;
            for (int r = 0; r < draws; r++) {
                Dataset train = whole ? pool : pool.select(balancedSample(byClass, SIZES[s] / 2, rng));
                for (int m = 0; m < NAMES.length; m++) {
                    curves[m][s] += accuracy(learners.get(m).apply(r).fit(train), test) / draws;
                }
            }
        }

        out.printf(Locale.ROOT, "diabetes, %s (the median): %d test rows (every third),"
                + " training sets from the other %d,%n%d draws per size (half of each class), the whole pool once;"
                + " mean test accuracy:%n", data.targetName(), test.rows(), pool.rows(), repeats);
        StringBuilder header = new StringBuilder("  rows");
        for (String name : NAMES) {
            header.append(String.format(Locale.ROOT, "  %12s", name));
        }
        out.println(header);
        int[] winners = new int[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %4.0f", sizes[s]));
            for (int m = 0; m < NAMES.length; m++) {
                line.append(String.format(Locale.ROOT, "  %12.3f", curves[m][s]));
                if (curves[m][s] > curves[winners[s]][s]) {
                    winners[s] = m;
                }
            }
            out.println(line);
        }
        out.println();

        // generative vs discriminative: where naive Bayes leads, and where logistic regression does from then on
        double[] nb = curves[0];
        double[] lr = curves[1];
        List<String> nbAhead = new ArrayList<>();
        List<String> lrAhead = new ArrayList<>();
        for (int s = 0; s < sizes.length; s++) {
            (nb[s] > lr[s] ? nbAhead : lrAhead).add(String.format(Locale.ROOT, "%.0f", sizes[s]));
        }
        int crossing = crossing(nb, lr);
        out.printf(Locale.ROOT, "Generative (naive Bayes: a Gaussian per feature and class, %d numbers) vs discriminative"
                + " (logistic regression: %d weights for P(y | x)):%n", 2 * 2 * data.columns() + 2, data.columns() + 1);
        out.printf(Locale.ROOT, "naive Bayes is ahead at n = %s, logistic regression at n = %s.%n", nbAhead, lrAhead);
        if (crossing > 0) {
            double nbGain = nb[sizes.length - 1] - nb[crossing - 1];
            double lrGain = lr[sizes.length - 1] - lr[crossing - 1];
            out.printf(Locale.ROOT, "The curves cross between n = %.0f and n = %.0f: naive Bayes gains %.3f from n = %.0f"
                    + " to the whole pool, logistic regression %.3f.%s%n", sizes[crossing - 1], sizes[crossing], nbGain,
                    sizes[crossing - 1], lrGain, nbGain < lrGain ? " The generative model reaches its plateau sooner, the"
                            + " discriminative one ends higher (Ng and Jordan, 2002)." : "");
        } else {
            out.println("The curves do not cross here: one model leads from the start to the whole pool.");
        }
        out.println();
        out.println("Which algorithm for how many rows? The best mean test accuracy at each size:");
        for (int s = 0; s < sizes.length; s++) {
            out.printf(Locale.ROOT, "  n = %3.0f: %-12s %.3f (worst: %s %.3f)%n", sizes[s], NAMES[winners[s]],
                    curves[winners[s]][s], NAMES[argMin(curves, s)], curves[argMin(curves, s)][s]);
        }
        out.println("The ranking changes with n: decide with a learning curve on your own data, not by rule.");

        XYChart chart = new XYChartBuilder().width(680).height(440)
                .title("Learning curves, diabetes (progression above the median)")
                .xAxisTitle("training rows").yAxisTitle("mean test accuracy").build();
        chart.getStyler().setXAxisLogarithmic(true);
        for (int m = 0; m < NAMES.length; m++) {
            chart.addSeries(NAMES[m], sizes, curves[m]);
        }
        Report.Builder report = Report.builder()
                .figure("testRows", test.rows())
                .figure("poolRows", pool.rows())
                .figure("crossingIndex", crossing);
        for (int s = 0; s < sizes.length; s++) {
            report.figure("naiveBayes" + (int) sizes[s], nb[s]).figure("logistic" + (int) sizes[s], lr[s]);
        }
        report.figure("winnerSmallest", winners[0]).figure("winnerWhole", winners[sizes.length - 1]);
        return report.file(Plots.savePng(chart, context, "learning-curves")).build();
    }

    /**
     * @return the first index c such that {@code b} leads at c and every later size while {@code a} led or tied at
     *         c - 1; 0 when there is none
     */
    static int crossing(double[] a, double[] b) {
        int c = a.length;
        while (c > 0 && b[c - 1] > a[c - 1]) {
            c--;
        }
        return c == a.length || c == 0 ? 0 : c;
    }

    private static int argMin(double[][] curves, int s) {
        int worst = 0;
        for (int m = 1; m < curves.length; m++) {
            if (curves[m][s] < curves[worst][s]) {
                worst = m;
            }
        }
        return worst;
    }

    /** {@code perClass} rows drawn without replacement from each class. */
    private static int[] balancedSample(int[][] byClass, int perClass, SplittableRandom rng) {
        int[] rows = new int[byClass.length * perClass];
        int at = 0;
        for (int[] members : byClass) {
            int[] copy = members.clone();
            for (int i = 0; i < perClass; i++) {
                int j = i + rng.nextInt(copy.length - i);
                int t = copy[i];
                copy[i] = copy[j];
                copy[j] = t;
                rows[at++] = copy[i];
            }
        }
        return rows;
    }
}
