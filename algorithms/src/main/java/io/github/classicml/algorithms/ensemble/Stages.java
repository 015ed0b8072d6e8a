package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.algorithms.tree.DecisionTreeRegressorModel;
import io.github.classicml.algorithms.tree.RegressionCriterion;
import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** What gradient boosting's regressor and classifier share: settings checks, the stage tree, samples. */
final class Stages {

    private Stages() {
    }

    static void validate(int stages, double learningRate, double subsample, int maxDepth, int minRowsToSplit,
                         int minRowsPerLeaf, double validationFraction, int patience, double tolerance) {
        Check.atLeast("stages", stages, 1);
        Check.positive("learningRate", learningRate);
        BaggingClassifier.fraction("subsample", subsample);
        Check.inOpenRange("validationFraction", validationFraction, 0, 1);
        Check.atLeast("patience", patience, 0);
        Check.nonNegative("tolerance", tolerance);
        tree(maxDepth, minRowsToSplit, minRowsPerLeaf);
    }

    /** The most stage trees (stages times score slots) a boosted classifier may grow: 2^18. */
    static final int MAX_TREES = 1 << 18;

    /**
     * One stage's step {@code f + learningRate * h}, refused where it leaves the double range: a
     * prediction or score that overflowed would turn into Infinity, then NaN (Infinity - Infinity) in the
     * next residual or probability, and fail later with a message about something else.
     *
     * @param f the prediction (score) so far
     * @param learningRate the shrinkage
     * @param h the stage tree's value
     * @param stage the stage, from 0
     * @param what what {@code f} is, for the message (e.g. "the prediction of training row 3")
     * @return the new prediction
     * @throws ArithmeticException if it is not finite
     */
    static double step(double f, double learningRate, double h, int stage, String what) {
        double out = f + learningRate * h;
        if (!Double.isFinite(out)) {
            throw new ArithmeticException(what + " must stay within the double range; stage " + stage + " adds "
                    + "learningRate * tree = " + learningRate + " * " + h + " to " + f + "; lower learningRate");
        }
        return out;
    }

    /**
     * The exponent e of the unit {@code 2^e} a regressor's squared errors are taken in: that of the
     * largest target when it lies beyond 2^±200 (the stage trees scale such targets the same way), else
     * 0, so that ordinary losses keep their bits.
     */
    static int targetExponent(double[] targets) {
        double largest = io.github.classicml.core.internal.linalg.Scaling.maxAbs(targets, 0, targets.length);
        int e = largest > 0 ? io.github.classicml.core.internal.linalg.Scaling.exponent(largest) : 0;
        return Math.abs(e) > 200 ? e : 0;
    }

    /** The stage tree: Friedman's improvement criterion, as scikit-learn's gradient boosting. */
    static DecisionTreeRegressor tree(int maxDepth, int minRowsToSplit, int minRowsPerLeaf) {
        return DecisionTreeRegressor.of().withCriterion(RegressionCriterion.FRIEDMAN_MSE).withMaxDepth(maxDepth)
                .withMinRowsToSplit(minRowsToSplit).withMinRowsPerLeaf(minRowsPerLeaf);
    }

    /**
     * The rows of a stage: all of them (null weights) or {@code max(1, floor(subsample * n))} drawn
     * without replacement, as 0/1 weights.
     */
    static double[] sample(SplittableRandom rng, int n, double subsample) {
        if (subsample >= 1) {
            return null;
        }
        int k = Math.max(1, (int) (subsample * n));
        int[] pool = new int[n];
        for (int i = 0; i < n; i++) {
            pool[i] = i;
        }
        double[] w = new double[n];
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
            w[pool[i]] = 1;
        }
        return w;
    }

    /**
     * Splits off a validation set: {@code ceil(fraction * n)} rows at random (within each class for
     * classification, so both parts keep the class shares), the rest for training.
     *
     * @return {training rows, validation rows}, each ascending
     */
    static int[][] validationSplit(SplittableRandom rng, Dataset data, double fraction) {
        int n = data.rows();
        List<int[]> groups = new ArrayList<>();
        if (data.hasClasses()) {
            int[] counts = data.classCounts();
            for (int c = 0; c < counts.length; c++) {
                int[] rows = new int[counts[c]];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    if (data.classOf(i) == c) {
                        rows[k++] = i;
                    }
                }
                groups.add(rows);
            }
        } else {
            groups.add(java.util.stream.IntStream.range(0, n).toArray());
        }
        boolean[] validation = new boolean[n];
        for (int[] rows : groups) {
            int take = (int) Math.ceil(fraction * rows.length);
            for (int i = 0; i < take; i++) {
                int j = i + rng.nextInt(rows.length - i);
                int t = rows[i];
                rows[i] = rows[j];
                rows[j] = t;
                validation[rows[i]] = true;
            }
        }
        int nv = 0;
        for (boolean v : validation) {
            nv += v ? 1 : 0;
        }
        if (nv == 0 || nv == n) {
            throw new IllegalArgumentException("validationFraction " + validationFraction(fraction) + " of " + n
                    + " rows leaves " + (n - nv) + " rows to train and " + nv + " to validate; both need at least 1");
        }
        int[] train = new int[n - nv];
        int[] valid = new int[nv];
        int a = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            if (validation[i]) {
                valid[b++] = i;
            } else {
                train[a++] = i;
            }
        }
        return new int[][] {train, valid};
    }

    private static String validationFraction(double fraction) {
        return Check.format(fraction);
    }

    /**
     * Early stopping as scikit-learn's {@code n_iter_no_change}: the stage is accepted while its
     * validation loss beats, by more than {@code tolerance}, at least one of the last {@code patience}
     * recorded losses.
     */
    static final class EarlyStopping {
        private final double[] history;
        private final double tolerance;

        EarlyStopping(int patience, double tolerance) {
            this.history = new double[patience];
            java.util.Arrays.fill(history, Double.POSITIVE_INFINITY);
            this.tolerance = tolerance;
        }

        /** @return whether to go on after stage {@code stage} (from 0) with this validation loss */
        boolean goOn(int stage, double loss) {
            for (double h : history) {
                if (loss + tolerance < h) {
                    history[stage % history.length] = loss;
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A fitted stage tree with the values of its leaves as boosting set them (by node id).
     *
     * @param tree the tree
     * @param values the value of each leaf, indexed by node id; null to use the tree's own predictions
     */
    record StageTree(DecisionTreeRegressorModel tree, double[] values) {
        double predict(double[] row) {
            return values == null ? tree.predict(row) : values[tree.apply(row)];
        }
    }
}
