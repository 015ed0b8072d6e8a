package io.github.classicml.core.testing;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.ProgressLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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
 * the order of the rows; concurrent prediction from many threads gives the same answers.
 *
 * <p>The robustness checks (issue 13): features multiplied by 10^300 or 10^-300 give the unscaled
 * answers where the mathematics is scale-invariant ({@link #scaleInvariant(double)}), and otherwise finite
 * answers or a clear refusal, never NaN or an exception from inside; every row duplicated, a constant
 * column or all columns constant, one row, and 10 000 columns &times; 20 rows are fitted or refused with
 * a message naming a value; row-by-row prediction from several threads equals sequential prediction;
 * the {@code double[][]} batch methods never modify their input. Each kind adds
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
     * Whether the learner's mathematics is invariant to the scale of the features: fitted on the
     * training set with every feature multiplied by 10^300 or 10^-300 (and, for a regressor, the
     * targets too), it gives the answers of the unscaled fit, as each kind's
     * {@link #assertAnswersAtScale} defines them. True by default. A learner that legitimately is not
     * invariant (a fixed absolute penalty, tolerance or smoothing constant, an output in the input's
     * units) overrides this with a javadoc saying why; it must still give finite answers at those
     * magnitudes or refuse them with a clear message that names a value, never NaN or an exception
     * from inside.
     *
     * The factor is passed so that a learner invariant in one direction only can say so: a CART tree
     * treats feature values closer than scikit-learn's absolute 1e-7 as equal, so it keeps its answers
     * at 10^300 but not at 10^-300.
     *
     * @param scale the factor applied to the features, 1e300 or 1e-300
     * @return whether features scaled by this factor give the unscaled answers
     */
    default boolean scaleInvariant(double scale) {
        return true;
    }

    /**
     * The training or probe data with every feature multiplied by {@code scale}; a regressor's contract
     * scales the targets too.
     *
     * @param data the data
     * @param scale the factor
     * @return the scaled copy, with the same targets or classes
     */
    default Dataset scaledBy(Dataset data, double scale) {
        double[][] x = data.toArray();
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= scale;
            }
        }
        return withFeatures(data, x);
    }

    /**
     * Asserts that the answers of a model fitted and asked on data scaled by {@code scale} are those of
     * the unscaled model. By default every number agrees to a relative 1e-9 (the factor 10^300 is not
     * a power of two, so the scaled data carry their own rounding); each kind states its guarantee.
     *
     * @param scale the factor applied to the features
     * @param unscaled the answers of the unscaled model on the unscaled probes
     * @param scaled the answers of the scaled model on the scaled probes
     */
    default void assertAnswersAtScale(double scale, double[][] unscaled, double[][] scaled) {
        for (int i = 0; i < unscaled.length; i++) {
            assertEquals(unscaled[i].length, scaled[i].length, "row " + i);
            for (int j = 0; j < unscaled[i].length; j++) {
                assertEquals(unscaled[i][j], scaled[i][j], 1e-9 * Math.max(1, Math.abs(unscaled[i][j])),
                        "scale " + scale + ", row " + i + ", answer " + j);
            }
        }
    }

    /**
     * The model's answers through its {@code double[][]} batch method, in the layout of
     * {@link #answerRow}; the contract checks that the array is not modified.
     *
     * @param model the model
     * @param rows the rows
     * @return one answer per row
     */
    double[][] answerArrays(M model, double[][] rows);

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
        return withFeatures(data, x);
    }

    /**
     * @param data a dataset
     * @param x new features of the same shape
     * @return the dataset with these features, keeping its column names and targets or classes
     */
    static Dataset withFeatures(Dataset data, double[][] x) {
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

    // ------------------------------------------------------------------ robustness (issue 13, item 7)

    /**
     * Asserts that a refusal is clear: the library's own {@link IllegalArgumentException} with a message
     * that states a rule or a limit and names a number, never a bare JDK message.
     *
     * @param e the refusal
     * @param what what was refused, for the failure message
     */
    private static void assertClearRefusal(RuntimeException e, String what) {
        String message = e.getMessage();
        assertTrue(message != null && !message.isBlank(), what + ": the refusal must have a message");
        assertTrue(Pattern.compile("\\d|Infinity|NaN").matcher(message).find(),
                what + ": the refusal must name a value or a limit: " + message);
        assertFalse(message.startsWith("java.") || message.startsWith("Index "),
                what + ": the refusal must be the library's own words: " + message);
    }

    private static void assertAllFinite(double[][] answers, String what) {
        for (int i = 0; i < answers.length; i++) {
            for (int j = 0; j < answers[i].length; j++) {
                if (!Double.isFinite(answers[i][j])) {
                    fail(what + ": row " + i + ", answer " + j + " is " + answers[i][j]);
                }
            }
        }
    }

    /**
     * Fits {@code data} and answers {@code probes}, or checks that the learner refused clearly.
     *
     * @return the finite answers, or null if the learner refused
     */
    private double[][] fitAndAnswerOrRefuse(Dataset data, Dataset probes, String what) {
        double[][] answers;
        try {
            answers = answerBatch(learner().fit(data), probes);
        } catch (IllegalArgumentException | ArithmeticException e) {
            // a bad argument, or a result beyond the double range (DESIGN.md section 4)
            assertClearRefusal(e, what);
            return null;
        }
        assertAllFinite(answers, what);
        return answers;
    }

    @ParameterizedTest(name = "scale={0}")
    @ValueSource(doubles = {1e300, 1e-300})
    default void contract_extremeMagnitudes_sameAnswersOrClearRefusal(double scale) {
        Dataset data = training();
        Dataset probes = probes();
        String what = "features scaled by " + scale;
        if (!scaleInvariant(scale)) {
            fitAndAnswerOrRefuse(scaledBy(data, scale), scaledBy(probes, scale), what);
            return;
        }
        double[][] unscaled = answerBatch(learner().fit(data), probes);
        double[][] scaled = answerBatch(learner().fit(scaledBy(data, scale)), scaledBy(probes, scale));
        assertAllFinite(scaled, what);
        assertAnswersAtScale(scale, unscaled, scaled);
    }

    @Test
    default void contract_duplicatedRows_fitWithFiniteAnswers() {
        Dataset data = training();
        int[] twice = new int[2 * data.rows()];
        for (int i = 0; i < twice.length; i++) {
            twice[i] = i % data.rows();
        }
        double[][] answers = answerBatch(learner().fit(data.select(twice)), probes());
        assertAllFinite(answers, "every row twice");
    }

    @Test
    default void contract_constantColumns_fitWithFiniteAnswersOrClearRefusal() {
        Dataset data = training();
        double[][] oneConstant = data.toArray();
        double[][] allConstant = data.toArray();
        for (int i = 0; i < oneConstant.length; i++) {
            oneConstant[i][1] = oneConstant[0][1];
            allConstant[i] = allConstant[0].clone();
        }
        fitAndAnswerOrRefuse(withFeatures(data, oneConstant), probes(), "column 1 constant");
        fitAndAnswerOrRefuse(withFeatures(data, allConstant), probes(), "every column constant");
    }

    @Test
    default void contract_fit_oneRow_worksOrRefusedNamingTheRowCount() {
        Dataset one = training().select(new int[] {0});
        M model;
        try {
            model = learner().fit(one);
        } catch (IllegalArgumentException e) {
            assertTrue(minimumRows() > 1, "the learner says it fits 1 row but refused: " + e.getMessage());
            assertTrue(Pattern.compile("\\b1\\b").matcher(e.getMessage()).find(),
                    "the message must state the 1 row: " + e.getMessage());
            return;
        }
        assertAllFinite(answerBatch(model, probes()), "fitted on one row");
    }

    /**
     * Many more columns than rows: the learner fits them or refuses with a limit in the message. The
     * timeout only guards against a hang (say, a d &times; d matrix of 10^8 entries); it is not a
     * speed test.
     */
    @Test
    default void contract_tenThousandColumnsTwentyRows_fitOrClearRefusal() {
        Dataset wide = contractData(new SplittableRandom(13), 20, 10_000);
        Dataset probes = contractData(new SplittableRandom(14), 3, 10_000);
        assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> fitAndAnswerOrRefuse(wide, probes, "10000 columns, 20 rows"));
    }

    @Test
    default void contract_concurrentRowByRowPredict_equalsSequential() throws Exception {
        M model = learner().fit(training());
        Dataset probes = probes();
        double[][] expected = new double[probes.rows()][];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = answerRow(model, probes.row(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[][]>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    double[][] out = new double[probes.rows()][];
                    for (int i = out.length - 1; i >= 0; i--) {
                        out[i] = answerRow(model, probes.row(i));
                    }
                    return out;
                }));
            }
            for (Future<double[][]> result : results) {
                assertTrue(Arrays.deepEquals(expected, result.get()),
                        "row-by-row predictions from several threads must equal sequential ones");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void contract_arrayBatch_doesNotModifyInput() {
        M model = learner().fit(training());
        double[][] rows = probes().toArray();
        double[][] copy = probes().toArray();
        assertAllFinite(answerArrays(model, rows), "the double[][] batch");
        assertTrue(Arrays.deepEquals(copy, rows), "the rows passed to the batch method must not be modified");
    }
}
