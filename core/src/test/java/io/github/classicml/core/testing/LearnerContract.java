package io.github.classicml.core.testing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.ProgressLog;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contract every learner and its model keep, whatever their kind, as a JUnit interface:
 * scikit-learn's {@code check_estimator} idea, written for classicml's learner→model split
 * (DESIGN.md, section 6, item 4). A learner's test class implements the contract of its kind —
 * {@link ClassifierContract} (or {@link ProbabilisticClassifierContract}), {@link RegressorContract},
 * {@link ClustererContract} or {@link TransformerContract} — which extends this one, and inherits
 * every check.
 *
 * <p>The shared checks: fitting twice gives identical answers; the same seed gives the same model and,
 * for a randomised learner, another seed can give another; {@code model.learner()} is the learner that
 * fitted it; {@code toString()} is one line of the model's own; a progress listener never changes the
 * model; predict never modifies its input; a row or dataset of the wrong width is rejected naming both
 * widths; NaN or infinite features are rejected naming the row and column; empty data is rejected; the
 * smallest allowed dataset and a single column work; batch answers equal row-by-row answers whatever
 * the order of the rows; concurrent prediction from many threads gives the same answers. Each kind adds
 * that the learner learns an easy case (so a constant model fails) and its own input rules. A check
 * that does not apply to a learner is reported as skipped, never as passed.
 *
 * <p>Two things cannot be checked here because they hold by construction: a caller who changes an
 * array after building a {@link Dataset} cannot change the dataset (it copies on the way in and out,
 * tested in {@code DatasetTest}), and a mismatch between the number of rows and targets cannot reach a
 * learner ({@code Dataset} rejects it).
 *
 * @param <M> the model type
 */
public interface LearnerContract<M extends Model> {

    /** @return the learner under test, with fixed hyperparameters and seed */
    Learner<M> learner();

    /**
     * @return whether the learner draws random numbers from its seed; if so, {@link #learnerWithSeed}
     *     must be overridden
     */
    default boolean randomised() {
        return false;
    }

    /**
     * @param seed a seed
     * @return the learner under test with this seed; learners without randomness return {@link #learner()}
     */
    default Learner<M> learnerWithSeed(long seed) {
        return learner();
    }

    /**
     * @return whether {@code fit} accepts missing values (NaN), as imputers do; infinite values are
     *     still rejected
     */
    default boolean acceptsMissingValues() {
        return false;
    }

    /**
     * @return the smallest number of rows the learner accepts (e.g. k for k-nearest neighbours); the
     *     contract fits that many rows, and expects one fewer to be rejected
     */
    default int minimumRows() {
        return 1;
    }

    /**
     * A small dataset of the kind the learner fits; each kind's contract gives a default (blobs in 3
     * classes, a noisy linear target, unlabeled rows), which a learner with special input (counts,
     * categories) overrides. Rows {@code 0..c-1} must cover every class.
     *
     * @param rng the random source
     * @param rows the number of rows
     * @param columns the number of columns
     * @return the dataset
     */
    Dataset contractData(SplittableRandom rng, int rows, int columns);

    /**
     * The model's answer for one row as numbers (a class index and probabilities, a prediction, a
     * cluster, a transformed row): each kind's contract reads it through its own interface.
     *
     * @param model the model
     * @param row the row; the contract checks it is not modified
     * @return the answer as numbers
     */
    double[] answerRow(M model, double[] row);

    /**
     * The model's answers for a dataset through its batch methods, in the layout of {@link #answerRow}.
     *
     * @param model the model
     * @param data the rows
     * @return one answer per row
     */
    double[][] answerBatch(M model, Dataset data);

    // ------------------------------------------------------------------ helpers

    /** @return the default training set: 60 rows, 3 columns, seed 42 */
    default Dataset training() {
        return contractData(new SplittableRandom(42), 60, 3);
    }

    /** @return 25 probe rows of the training width, from another seed */
    default Dataset probes() {
        return contractData(new SplittableRandom(7), 25, 3);
    }

    private static Dataset withValue(Dataset data, int row, int column, double value) {
        double[][] x = data.toArray();
        x[row][column] = value;
        Dataset d = Dataset.of(x).withColumnNames(data.columnNames());
        if (data.hasNumericTargets()) {
            return d.withTargets(data.targets(), data.targetName());
        }
        if (data.hasClasses()) {
            return d.withClasses(data.classes(), data.classNames(), data.targetName());
        }
        return d;
    }

    // ------------------------------------------------------------------ the contract

    @Test
    default void contract_fitTwice_identicalPredictions() {
        Dataset data = training();
        double[][] first = answerBatch(learner().fit(data), probes());
        double[][] second = answerBatch(learner().fit(data), probes());
        assertTrue(Arrays.deepEquals(first, second), "two fits on the same data must predict identically");
    }

    @Test
    default void contract_sameSeed_sameModel() {
        Dataset data = training();
        for (long seed : new long[] {1L, 12345L}) {
            double[][] first = answerBatch(learnerWithSeed(seed).fit(data), probes());
            double[][] second = answerBatch(learnerWithSeed(seed).fit(data), probes());
            assertTrue(Arrays.deepEquals(first, second), "seed " + seed + " must give the same model twice");
        }
    }

    @Test
    default void contract_otherSeed_canChangeTheModel() {
        assumeTrue(randomised(), "the learner draws no random numbers");
        Dataset data = training();
        double[][] first = answerBatch(learnerWithSeed(0).fit(data), probes());
        for (long seed = 1; seed <= 20; seed++) {
            if (!Arrays.deepEquals(first, answerBatch(learnerWithSeed(seed).fit(data), probes()))) {
                return;
            }
        }
        fail("seeds 0 to 20 all gave the same model: the seed does not reach the randomness");
    }

    @Test
    default void contract_model_knowsItsLearner() {
        Learner<M> learner = learner();
        assertEquals(learner, learner.fit(training()).learner());
        assertEquals(learnerWithSeed(77), learnerWithSeed(77).fit(training()).learner());
    }

    @Test
    default void contract_toString_oneLineOfItsOwn() {
        M model = learner().fit(training());
        String text = model.toString();
        assertFalse(text.isBlank(), "toString must say what the model learned");
        assertFalse(text.contains("\n"), "toString must be one line: " + text);
        assertFalse(Pattern.compile("@[0-9a-f]+$").matcher(text).find(), "toString must not be Object's: " + text);
    }

    @Test
    default void contract_progressListener_neverChangesTheModel() {
        Dataset data = training();
        ProgressLog log = new ProgressLog();
        double[][] listened = answerBatch(learner().fit(data, log), probes());
        assertTrue(Arrays.deepEquals(answerBatch(learner().fit(data), probes()), listened),
                "a progress listener must not change the model");
        assertThrows(NullPointerException.class, () -> learner().fit(data, null));
    }

    @Test
    default void contract_predict_doesNotModifyRow() {
        M model = learner().fit(training());
        double[] row = probes().row(3);
        double[] copy = row.clone();
        answerRow(model, row);
        assertArrayEquals(copy, row);
    }

    @Test
    default void contract_predict_wrongWidth_throwsNamingBothWidths() {
        M model = learner().fit(training());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> answerRow(model, new double[4]));
        assertEquals("row has 4 columns but the model was fitted on 3", e.getMessage());
        IllegalArgumentException batch = assertThrows(IllegalArgumentException.class,
                () -> answerBatch(model, contractData(new SplittableRandom(3), 5, 2)));
        assertEquals("data has 2 columns but the model was fitted on 3", batch.getMessage());
    }

    @ParameterizedTest(name = "value={0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    default void contract_fit_nonFiniteFeature_throwsNamingRowAndColumn(double value) {
        assumeTrue(!Double.isNaN(value) || !acceptsMissingValues(), "the learner accepts missing values");
        Dataset data = withValue(training(), 17, 2, value);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> learner().fit(data));
        assertTrue(e.getMessage().contains("row 17, column 2"), e.getMessage());
    }

    @ParameterizedTest(name = "value={0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY})
    default void contract_batchPredict_nonFiniteRow_namesRowAndColumn(double value) {
        assumeTrue(!Double.isNaN(value) || !acceptsMissingValues(), "the learner accepts missing values");
        M model = learner().fit(training());
        Dataset bad = withValue(probes(), 12, 2, value);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> answerBatch(model, bad));
        assertTrue(e.getMessage().contains("row 12"), e.getMessage());
        assertTrue(e.getMessage().contains("column 2") || e.getMessage().contains("entry 2"), e.getMessage());
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
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = i;
        }
        M model = learner().fit(data.select(first));
        for (double[] answer : answerBatch(model, probes())) {
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
        double[][] answers = answerBatch(model, contractData(new SplittableRandom(12), 10, 1));
        for (double[] answer : answers) {
            for (double v : answer) {
                assertTrue(Double.isFinite(v));
            }
        }
    }

    @Test
    default void contract_batch_equalsRowByRow() {
        M model = learner().fit(training());
        Dataset probes = probes();
        double[][] batch = answerBatch(model, probes);
        for (int i = 0; i < probes.rows(); i++) {
            assertArrayEquals(answerRow(model, probes.row(i)), batch[i], 0.0, "row " + i);
        }
    }

    @Test
    default void contract_predictionOrder_invariant() {
        M model = learner().fit(training());
        Dataset probes = probes();
        double[][] inOrder = answerBatch(model, probes);
        int[] permutation = RandomData.permutation(new SplittableRandom(5), probes.rows());
        double[][] permuted = answerBatch(model, probes.select(permutation));
        for (int k = 0; k < permutation.length; k++) {
            assertArrayEquals(inOrder[permutation[k]], permuted[k], 0.0, "row " + permutation[k]);
        }
    }

    @Test
    default void contract_concurrentPredict_sameAnswers() throws Exception {
        M model = learner().fit(training());
        Dataset probes = contractData(new SplittableRandom(9), 200, 3);
        double[][] expected = answerBatch(model, probes);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<double[][]>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                Callable<double[][]> task = () -> answerBatch(model, probes);
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
