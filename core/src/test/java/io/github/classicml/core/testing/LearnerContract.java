package io.github.classicml.core.testing;

import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProbabilisticClassifier;
import io.github.classicml.core.Regressor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The contract every learner and its model keep, as a JUnit interface: a learner's test class
 * implements it (supplying the learner and, where needed, how to read predictions) and inherits these
 * tests. It is scikit-learn's {@code check_estimator} idea, written for classicml's learner→model split
 * (DESIGN.md, section 6, item 4).
 *
 * <p>The checks: fitting twice gives identical predictions; the same seed gives the same model;
 * changing the caller's arrays after a fit changes nothing; predict never modifies its input; a row or
 * dataset of the wrong width is rejected naming both widths; NaN or infinite features (and numeric
 * targets) are rejected naming the row and column; empty data is rejected; the smallest allowed
 * dataset and a single column work; data of the wrong target kind is rejected; a single class is
 * either rejected or always predicted; batch prediction equals row-by-row prediction, whatever the
 * order of the rows; concurrent prediction from many threads gives the same answers. A mismatch
 * between the number of rows and targets cannot reach a learner: {@link Dataset} rejects it.
 *
 * @param <M> the model type
 */
public interface LearnerContract<M> {

    /** What a learner fits. */
    enum Kind {
        /** Class targets. */
        CLASSIFIER,
        /** Numeric targets. */
        REGRESSOR,
        /** No targets (clustering, transformations). */
        UNSUPERVISED
    }

    /** @return the learner under test, with fixed hyperparameters and seed */
    Learner<M> learner();

    /** @return what the learner fits */
    Kind kind();

    /**
     * @param seed a seed
     * @return the learner under test with this seed; learners without randomness return {@link #learner()}
     */
    default Learner<M> learnerWithSeed(long seed) {
        return learner();
    }

    /**
     * @return the smallest number of rows the learner accepts (e.g. k for k-nearest neighbours); the
     *     contract fits that many rows, and expects one fewer to be rejected
     */
    default int minimumRows() {
        return 1;
    }

    /**
     * A small dataset the learner can fit: by default 60 rows and 3 columns of well-separated blobs in
     * 3 classes, a noisy linear target, or unlabeled Gaussian rows, according to {@link #kind()}.
     *
     * @param rng the random source
     * @param rows the number of rows
     * @param columns the number of columns
     * @return the dataset
     */
    default Dataset contractData(SplittableRandom rng, int rows, int columns) {
        switch (kind()) {
            case CLASSIFIER:
                return RandomData.blobs(rng, rows, columns, 3, 5.0);
            case REGRESSOR:
                return RandomData.linear(rng, rows, columns, 0.5);
            default:
                return RandomData.unlabeled(rng, rows, columns);
        }
    }

    /**
     * Reads a model's answer for one row as numbers: for a classifier the class index followed by the
     * class probabilities (if it has them), for a regressor the prediction. Override for other models.
     *
     * @param model the model
     * @param row the row; the contract checks it is not modified
     * @return the answer as numbers
     */
    default double[] predictRow(M model, double[] row) {
        if (model instanceof ProbabilisticClassifier) {
            ProbabilisticClassifier p = (ProbabilisticClassifier) model;
            double[] probabilities = p.predictProbabilities(row);
            double[] out = new double[1 + probabilities.length];
            out[0] = p.predict(row);
            System.arraycopy(probabilities, 0, out, 1, probabilities.length);
            return out;
        }
        if (model instanceof Classifier) {
            return new double[] {((Classifier) model).predict(row)};
        }
        if (model instanceof Regressor) {
            return new double[] {((Regressor) model).predict(row)};
        }
        throw new UnsupportedOperationException("override predictRow and predictBatch for " + model.getClass());
    }

    /**
     * Reads a model's answers for a dataset through its batch methods, in the layout of
     * {@link #predictRow}.
     *
     * @param model the model
     * @param data the rows
     * @return one answer per row
     */
    default double[][] predictBatch(M model, Dataset data) {
        double[][] out = new double[data.rows()][];
        if (model instanceof Classifier) {
            int[] classes = ((Classifier) model).predict(data);
            double[][] probabilities = model instanceof ProbabilisticClassifier
                    ? ((ProbabilisticClassifier) model).predictProbabilities(data) : null;
            for (int i = 0; i < out.length; i++) {
                int width = 1 + (probabilities == null ? 0 : probabilities[i].length);
                out[i] = new double[width];
                out[i][0] = classes[i];
                if (probabilities != null) {
                    System.arraycopy(probabilities[i], 0, out[i], 1, probabilities[i].length);
                }
            }
            return out;
        }
        if (model instanceof Regressor) {
            double[] values = ((Regressor) model).predict(data);
            for (int i = 0; i < out.length; i++) {
                out[i] = new double[] {values[i]};
            }
            return out;
        }
        throw new UnsupportedOperationException("override predictRow and predictBatch for " + model.getClass());
    }

    // ------------------------------------------------------------------ helpers

    /** @return the default training set: 60 rows, 3 columns, seed 42 */
    private Dataset training() {
        return contractData(new SplittableRandom(42), 60, 3);
    }

    /** @return 25 probe rows of the training width, from another seed */
    private Dataset probes() {
        return contractData(new SplittableRandom(7), 25, 3);
    }

    private static Dataset rebuild(double[][] x, Dataset like, double[] numeric, int[] classes) {
        Dataset d = Dataset.of(x).withColumnNames(like.columnNames());
        if (numeric != null) {
            return d.withTargets(numeric, like.targetName());
        }
        if (classes != null) {
            return d.withClasses(classes, like.classNames(), like.targetName());
        }
        return d;
    }

    private static Dataset withValue(Dataset data, int row, int column, double value) {
        double[][] x = data.toArray();
        x[row][column] = value;
        return rebuild(x, data, data.hasNumericTargets() ? data.targets() : null,
                data.hasClasses() ? data.classes() : null);
    }

    // ------------------------------------------------------------------ the contract

    @Test
    default void contract_fitTwice_identicalPredictions() {
        Dataset data = training();
        double[][] first = predictBatch(learner().fit(data), probes());
        double[][] second = predictBatch(learner().fit(data), probes());
        assertTrue(Arrays.deepEquals(first, second), "two fits on the same data must predict identically");
    }

    @Test
    default void contract_sameSeed_sameModel() {
        Dataset data = training();
        for (long seed : new long[] {1L, 12345L}) {
            double[][] first = predictBatch(learnerWithSeed(seed).fit(data), probes());
            double[][] second = predictBatch(learnerWithSeed(seed).fit(data), probes());
            assertTrue(Arrays.deepEquals(first, second), "seed " + seed + " must give the same model twice");
        }
    }

    @Test
    default void contract_callerMutatesArraysAfterFit_modelUnchanged() {
        Dataset original = training();
        double[][] x = original.toArray();
        double[] numeric = original.hasNumericTargets() ? original.targets() : null;
        int[] classes = original.hasClasses() ? original.classes() : null;
        Dataset data = rebuild(x, original, numeric, classes);
        M model = learner().fit(data);
        double[][] before = predictBatch(model, probes());

        for (double[] row : x) {
            Arrays.fill(row, 1e6);
        }
        if (numeric != null) {
            Arrays.fill(numeric, -1e6);
        }
        if (classes != null) {
            Arrays.fill(classes, 0);
        }
        assertTrue(Arrays.deepEquals(before, predictBatch(model, probes())),
                "changing the caller's arrays after fit must not change the model");
        assertEquals(original, data, "the dataset must not change");
    }

    @Test
    default void contract_predict_doesNotModifyRow() {
        M model = learner().fit(training());
        double[] row = probes().row(3);
        double[] copy = row.clone();
        predictRow(model, row);
        assertArrayEquals(copy, row);
    }

    @Test
    default void contract_predict_wrongWidth_throwsNamingBothWidths() {
        M model = learner().fit(training());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> predictRow(model, new double[4]));
        assertEquals("row has 4 columns but the model was fitted on 3", e.getMessage());
        IllegalArgumentException batch = assertThrows(IllegalArgumentException.class,
                () -> predictBatch(model, contractData(new SplittableRandom(3), 5, 2)));
        assertEquals("data has 2 columns but the model was fitted on 3", batch.getMessage());
    }

    @ParameterizedTest(name = "value={0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    default void contract_fit_nonFiniteFeature_throwsNamingRowAndColumn(double value) {
        Dataset data = withValue(training(), 17, 2, value);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> learner().fit(data));
        assertTrue(e.getMessage().contains("row 17, column 2"), e.getMessage());
    }

    @ParameterizedTest(name = "value={0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    default void contract_fit_nonFiniteTarget_throwsNamingRow(double value) {
        if (kind() != Kind.REGRESSOR) {
            return;
        }
        Dataset data = training();
        double[] y = data.targets();
        y[23] = value;
        Dataset bad = data.withTargets(y, data.targetName());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> learner().fit(bad));
        assertTrue(e.getMessage().contains("row 23"), e.getMessage());
    }

    @Test
    default void contract_fit_zeroRows_throws() {
        Dataset empty = training().select(new int[0]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> learner().fit(empty));
        assertTrue(Pattern.compile("\\b0\\b").matcher(e.getMessage()).find(),
                "the message must state the 0 rows: " + e.getMessage());
    }

    @Test
    default void contract_fit_fewestRows_works_andOneFewerIsRejected() {
        Dataset data = training();
        int n = minimumRows();
        // rows 0..n-1 cover every class: the default data assigns classes round-robin
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = i;
        }
        M model = learner().fit(data.select(first));
        for (double[] answer : predictBatch(model, probes())) {
            for (double v : answer) {
                assertTrue(Double.isFinite(v), "predictions from " + n + " rows must be finite");
            }
        }
        if (n > 1) {
            Dataset tooSmall = data.select(Arrays.copyOf(first, n - 1));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> learner().fit(tooSmall));
            assertTrue(Pattern.compile("\\b" + (n - 1) + "\\b").matcher(e.getMessage()).find(),
                    "the message must state the " + (n - 1) + " rows: " + e.getMessage());
        }
    }

    @Test
    default void contract_fit_oneColumn_works() {
        Dataset data = contractData(new SplittableRandom(11), 40, 1);
        M model = learner().fit(data);
        double[][] answers = predictBatch(model, contractData(new SplittableRandom(12), 10, 1));
        for (double[] answer : answers) {
            for (double v : answer) {
                assertTrue(Double.isFinite(v));
            }
        }
    }

    @Test
    default void contract_fit_wrongTargetKind_throws() {
        Dataset data = training();
        if (kind() == Kind.CLASSIFIER) {
            Dataset numeric = data.withTargets(new double[data.rows()], "y");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> learner().fit(numeric));
            assertEquals("data must have class targets, got numeric targets", e.getMessage());
            IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                    () -> learner().fit(data.withoutTargets()));
            assertEquals("data must have class targets, got no targets", none.getMessage());
        } else if (kind() == Kind.REGRESSOR) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> learner().fit(data.withClasses(new int[data.rows()], List.of("a", "b"))));
            assertEquals("data must have numeric targets, got class targets", e.getMessage());
        }
    }

    @Test
    default void contract_fit_singleClass_rejectedOrAlwaysPredicted() {
        if (kind() != Kind.CLASSIFIER) {
            return;
        }
        Dataset data = training();
        Dataset single = data.withClasses(new int[data.rows()], data.classNames());
        M model;
        try {
            model = learner().fit(single);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("class"), "the message must speak of classes: " + e.getMessage());
            return;
        }
        for (double[] answer : predictBatch(model, probes())) {
            assertEquals(0.0, answer[0], "a model fitted on one class must predict it");
        }
    }

    @Test
    default void contract_batch_equalsRowByRow() {
        M model = learner().fit(training());
        Dataset probes = probes();
        double[][] batch = predictBatch(model, probes);
        for (int i = 0; i < probes.rows(); i++) {
            assertArrayEquals(predictRow(model, probes.row(i)), batch[i], 0.0, "row " + i);
        }
    }

    @Test
    default void contract_predictionOrder_invariant() {
        M model = learner().fit(training());
        Dataset probes = probes();
        double[][] inOrder = predictBatch(model, probes);
        int[] permutation = RandomData.permutation(new SplittableRandom(5), probes.rows());
        double[][] permuted = predictBatch(model, probes.select(permutation));
        for (int k = 0; k < permutation.length; k++) {
            assertArrayEquals(inOrder[permutation[k]], permuted[k], 0.0, "row " + permutation[k]);
        }
    }

    @Test
    default void contract_concurrentPredict_sameAnswers() throws Exception {
        M model = learner().fit(training());
        Dataset probes = contractData(new SplittableRandom(9), 200, 3);
        double[][] expected = predictBatch(model, probes);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<double[][]>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                Callable<double[][]> task = () -> predictBatch(model, probes);
                results.add(pool.submit(task));
            }
            for (Future<double[][]> result : results) {
                if (!Arrays.deepEquals(expected, result.get())) {
                    fail("concurrent predictions differ from sequential ones");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
