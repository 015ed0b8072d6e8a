package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Agreement with scikit-learn 1.2.1: values from {@code reference/ensemble/ensemble_reference.py} (see the
 * README beside it). Staged gradient-boosting predictions and SAMME weights must be equal (1e-9); test
 * accuracies over seeds 0 and 1 (the suite's share of the recorded 10-seed sweep) at most 2 points
 * (bagging, boosting) or 1.5 points (forests) below scikit-learn's mean on the same splits.
 */
class EnsembleReferenceTest {

    static List<String[]> csv(String name) {
        try (InputStream in = EnsembleReferenceTest.class.getResourceAsStream("/reference/ensemble/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
            return rows.subList(1, rows.size());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of features then a target, up to the first line that starts with a word. */
    static double[][] numbers(List<String[]> rows) {
        List<double[]> out = new ArrayList<>();
        for (String[] r : rows) {
            if (Character.isLetter(r[0].charAt(0))) {
                break;
            }
            out.add(Arrays.stream(r).mapToDouble(Double::parseDouble).toArray());
        }
        return out.toArray(new double[0][]);
    }

    static Map<String, double[]> labelled(List<String[]> rows) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String[] r : rows) {
            if (Character.isLetter(r[0].charAt(0))) {
                out.put(r[0], Arrays.stream(r, 1, r.length).mapToDouble(Double::parseDouble).toArray());
            }
        }
        return out;
    }

    static double[][] features(double[][] rows, int from, int to) {
        double[][] x = new double[to - from][];
        for (int i = from; i < to; i++) {
            x[i - from] = Arrays.copyOf(rows[i], rows[i].length - 1);
        }
        return x;
    }

    static int[] classes(double[][] rows, int from, int to) {
        int[] y = new int[to - from];
        for (int i = from; i < to; i++) {
            y[i - from] = (int) rows[i][rows[i].length - 1];
        }
        return y;
    }

    @Test
    void gradientBoostingRegressor_stagedPredictions_equalScikitLearns() {
        List<String[]> file = csv("gb_regression.csv");
        double[][] rows = numbers(file);
        double[] y = new double[300];
        for (int i = 0; i < 300; i++) {
            y[i] = rows[i][4];
        }
        GradientBoostingRegressorModel model = GradientBoostingRegressor.of().withStages(30).withMinRowsPerLeaf(5)
                .fit(Dataset.of(features(rows, 0, 300)).withTargets(y, "y"));
        Map<String, double[]> staged = labelled(file);
        double[][] probes = features(rows, 300, 320);
        for (int i = 0; i < probes.length; i++) {
            double[] ours = model.stagedPredict(probes[i]);
            for (int m = 0; m < 30; m++) {
                assertEquals(staged.get("stage" + m)[i], ours[m], 1e-9, "probe " + i + ", stage " + m);
            }
        }
    }

    @Test
    void gradientBoostingClassifier_binary_stagedProbabilities_equalScikitLearns() {
        List<String[]> file = csv("gb_binary.csv");
        double[][] rows = numbers(file);
        GradientBoostingClassifierModel model = GradientBoostingClassifier.of().withStages(30).withMinRowsPerLeaf(5)
                .fit(Dataset.of(features(rows, 0, 300)).withClasses(classes(rows, 0, 300)));
        Map<String, double[]> staged = labelled(file);
        double[][] probes = features(rows, 300, 320);
        for (int i = 0; i < probes.length; i++) {
            double[][] ours = model.stagedProbabilities(probes[i]);
            for (int m = 0; m < 30; m++) {
                assertEquals(staged.get("stage" + m)[i], ours[m][1], 1e-9, "probe " + i + ", stage " + m);
            }
        }
    }

    @Test
    void gradientBoostingClassifier_multinomial_stagedProbabilities_equalScikitLearns() {
        List<String[]> file = csv("gb_multinomial.csv");
        double[][] rows = numbers(file);
        GradientBoostingClassifierModel model = GradientBoostingClassifier.of().withStages(30).withMaxDepth(2).withMinRowsPerLeaf(5)
                .fit(Dataset.of(features(rows, 0, 300)).withClasses(classes(rows, 0, 300)));
        Map<String, double[]> staged = labelled(file);
        double[][] probes = features(rows, 300, 320);
        for (int i = 0; i < probes.length; i++) {
            double[][] ours = model.stagedProbabilities(probes[i]);
            for (int m = 0; m < 30; m++) {
                assertArrayEquals(Arrays.copyOfRange(staged.get("stage" + m), 3 * i, 3 * i + 3), ours[m], 1e-9,
                        "probe " + i + ", stage " + m);
            }
        }
    }

    @Test
    void adaBoostSamme_estimatorWeightsAndErrors_equalScikitLearns() {
        List<String[]> file = csv("samme.csv");
        double[][] rows = numbers(file);
        AdaBoostClassifierModel model = AdaBoostClassifier.of().withStages(25)
                .fit(Dataset.of(features(rows, 0, rows.length)).withClasses(classes(rows, 0, rows.length)));
        Map<String, double[]> expected = labelled(file);
        assertArrayEquals(expected.get("weights"), model.estimatorWeights(), 1e-9);
        assertArrayEquals(expected.get("errors"), model.estimatorErrors(), 1e-9);
    }

    // ------------------------------------------------------------------ accuracy on real data

    static final int SUITE_SEEDS = 2;

    static Dataset dataset(String name) {
        switch (name) {
            case "iris":
                return Datasets.iris();
            case "wine":
                return Datasets.wine();
            default:
                return Datasets.breastCancer();
        }
    }

    static LongFunction<Learner<? extends Classifier>> method(String name) {
        switch (name) {
            case "bagging":
                return seed -> BaggingClassifier.of(DecisionTreeClassifier.of()::withSeed).withSeed(seed).withThreads(1);
            case "random_forest":
                return seed -> RandomForestClassifier.of().withSeed(seed).withThreads(1);
            case "extra_trees":
                return seed -> ExtraTreesClassifier.of().withSeed(seed).withThreads(1);
            case "gradient_boosting":
                return seed -> GradientBoostingClassifier.of().withSeed(seed);
            default:
                return seed -> AdaBoostClassifier.of().withSeed(seed);
        }
    }

    static double tolerance(String method) {
        return method.equals("random_forest") || method.equals("extra_trees") ? 0.015 : 0.02;
    }

    /**
     * Our and scikit-learn's mean test accuracy for one dataset and method over seeds {@code 0..seeds-1},
     * on scikit-learn's splits.
     *
     * @return {ours, scikit-learn's}
     */
    static double[] meanAccuracies(String dataset, String method, int seeds) {
        Dataset data = dataset(dataset);
        double ours = 0;
        double theirs = 0;
        for (String[] r : csv("accuracy.csv")) {
            int seed = Integer.parseInt(r[1]);
            if (!r[0].equals(dataset) || !r[2].equals(method) || seed >= seeds) {
                continue;
            }
            int[] train = Arrays.stream(r[4].split(" ")).mapToInt(Integer::parseInt).toArray();
            boolean[] inTrain = new boolean[data.rows()];
            for (int i : train) {
                inTrain[i] = true;
            }
            int[] test = java.util.stream.IntStream.range(0, data.rows()).filter(i -> !inTrain[i]).toArray();
            Classifier model = method(method).apply(seed).fit(data.select(train));
            int[] predicted = model.predict(data.select(test));
            int correct = 0;
            for (int k = 0; k < test.length; k++) {
                correct += predicted[k] == data.classOf(test[k]) ? 1 : 0;
            }
            ours += (double) correct / test.length;
            theirs += Double.parseDouble(r[3]);
        }
        return new double[] {ours / seeds, theirs / seeds};
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bagging", "random_forest", "extra_trees", "gradient_boosting", "adaboost"})
    void accuracy_onIrisWineAndBreastCancer_withinTheBarOfScikitLearns(String method) {
        for (String dataset : new String[] {"iris", "wine", "breast_cancer"}) {
            double[] means = meanAccuracies(dataset, method, SUITE_SEEDS);
            assertTrue(means[0] >= means[1] - tolerance(method) - 1e-12,
                    method + " on " + dataset + ": ours " + means[0] + ", scikit-learn " + means[1]);
        }
    }
}
