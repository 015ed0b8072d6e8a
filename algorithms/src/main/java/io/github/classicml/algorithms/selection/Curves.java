package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.internal.Parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Learning curves and validation curves: training and cross-validated test scores as one thing
 * varies, the two pictures that tell underfitting from overfitting.
 *
 * <p>A <b>learning curve</b> varies the number of training rows: each fold trains on the first
 * {@code size} of its training rows (scikit-learn's {@code learning_curve} without shuffling) and is
 * scored on those rows and on its test rows. Curves that meet low mean high bias (more data will not
 * help); a persistent gap means high variance (more data, or a simpler model, will). A
 * <b>validation curve</b> varies one hyperparameter through a function that makes the learner for
 * each value ({@code k -> knn.withK(k)}): training scores that keep improving while test scores turn
 * down show where complexity starts to overfit. Every (point, fold) pair is one task run in parallel
 * with a fixed split, so the curves do not depend on the thread count. Cost: points × folds fits.
 *
 * <p>Reference: Hastie, Tibshirani and Friedman, <i>The Elements of Statistical Learning</i>, 2nd ed.,
 * sections 7.2–7.3 (figure 7.1), 7.10.
 */
public final class Curves {

    private Curves() {
    }

    /**
     * Training and test scores at each point of a curve, averaged over the folds.
     *
     * @param x the points (training sizes, or hyperparameter values)
     * @param train the training score of each point (rows) on each fold (columns)
     * @param test the test score of each point on each fold
     */
    public record Curve(double[] x, double[][] train, double[][] test) {

        /**
         * Copies the arrays.
         *
         * @param x the points
         * @param train the training scores, one row per point
         * @param test the test scores, one row per point
         */
        public Curve {
            x = x.clone();
            train = deepCopy(train);
            test = deepCopy(test);
        }

        /** @return a copy of the points */
        @Override
        public double[] x() {
            return x.clone();
        }

        /** @return a copy of the training scores, one row per point, one column per fold */
        @Override
        public double[][] train() {
            return deepCopy(train);
        }

        /** @return a copy of the test scores, one row per point, one column per fold */
        @Override
        public double[][] test() {
            return deepCopy(test);
        }

        /** @return the mean training score of each point */
        public double[] trainMean() {
            return means(train);
        }

        /** @return the mean test score of each point */
        public double[] testMean() {
            return means(test);
        }

        /** @return the standard deviation (divisor folds) of the test scores of each point */
        public double[] testStandardDeviation() {
            double[] mean = means(test);
            double[] out = new double[test.length];
            for (int i = 0; i < out.length; i++) {
                double ss = 0;
                for (double v : test[i]) {
                    ss += (v - mean[i]) * (v - mean[i]);
                }
                out[i] = Math.sqrt(ss / test[i].length);
            }
            return out;
        }

        private static double[] means(double[][] scores) {
            double[] out = new double[scores.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = Arrays.stream(scores[i]).sum() / scores[i].length;
            }
            return out;
        }

        private static double[][] deepCopy(double[][] a) {
            double[][] out = new double[a.length][];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i].clone();
            }
            return out;
        }
    }

    /**
     * The learning curve of a learner.
     *
     * @param learner the learner
     * @param data the rows, with targets; not modified
     * @param splitter the folds
     * @param scorer the metric
     * @param trainSizes the numbers of training rows, each {@code >= 1} and at most the smallest
     *     training part of the folds
     * @param threads the number of threads, 0 for one per processor
     * @param <M> the model kind
     * @return the curve, x = the training sizes
     */
    public static <M extends Model> Curve learning(Learner<? extends M> learner, Dataset data, Splitter splitter,
            Scorer<? super M> scorer, int[] trainSizes, int threads) {
        Check.notNull("learner", learner);
        Check.notNull("data", data);
        Check.notNull("splitter", splitter);
        Check.notNull("trainSizes", trainSizes);
        Check.notEmpty("trainSizes", trainSizes.length);
        List<Fold> folds = splitter.splits(data);
        int smallest = folds.stream().mapToInt(Fold::trainSize).min().orElseThrow();
        for (int i = 0; i < trainSizes.length; i++) {
            int size = trainSizes[i];
            int index = i;
            Check.that(size >= 1 && size <= smallest, () -> "trainSizes[" + index + "] must be in [1, "
                    + smallest + "] (the smallest training part), got " + size);
        }
        List<Learner<? extends M>> learners = new ArrayList<>();
        List<List<Fold>> foldsPerPoint = new ArrayList<>();
        for (int size : trainSizes) {
            List<Fold> cut = new ArrayList<>(folds.size());
            for (Fold f : folds) {
                cut.add(new Fold(Arrays.copyOf(f.train(), size), f.test()));
            }
            learners.add(learner);
            foldsPerPoint.add(cut);
        }
        double[] x = Arrays.stream(trainSizes).asDoubleStream().toArray();
        return run(x, learners, foldsPerPoint, data, scorer, threads);
    }

    /**
     * The validation curve of one hyperparameter.
     *
     * @param values the hyperparameter's values, at least one
     * @param make the learner for a value, e.g. {@code k -> knn.withK(k)}
     * @param data the rows, with targets; not modified
     * @param splitter the folds
     * @param scorer the metric
     * @param threads the number of threads, 0 for one per processor
     * @param <V> the value type
     * @param <M> the model kind
     * @return the curve, x = the values
     */
    public static <V extends Number, M extends Model> Curve validation(List<V> values,
            Function<? super V, ? extends Learner<? extends M>> make, Dataset data, Splitter splitter,
            Scorer<? super M> scorer, int threads) {
        Check.notNull("values", values);
        Check.notEmpty("values", values.size());
        Check.notNull("make", make);
        Check.notNull("data", data);
        Check.notNull("splitter", splitter);
        List<Fold> folds = splitter.splits(data);
        List<Learner<? extends M>> learners = new ArrayList<>();
        List<List<Fold>> foldsPerPoint = new ArrayList<>();
        double[] x = new double[values.size()];
        for (int i = 0; i < x.length; i++) {
            V v = Check.notNull("values", i, values.get(i));
            x[i] = v.doubleValue();
            learners.add(make.apply(v));
            foldsPerPoint.add(folds);
        }
        return run(x, learners, foldsPerPoint, data, scorer, threads);
    }

    private static <M extends Model> Curve run(double[] x, List<Learner<? extends M>> learners,
            List<List<Fold>> foldsPerPoint, Dataset data, Scorer<? super M> scorer, int threads) {
        Check.notNull("scorer", scorer);
        int points = x.length;
        int k = foldsPerPoint.get(0).size();
        double[][] train = new double[points][k];
        double[][] test = new double[points][k];
        try (Parallel parallel = Parallel.of(threads)) {
            parallel.forEach(points * k, task -> {
                int p = task / k;
                int f = task % k;
                Fold fold = foldsPerPoint.get(p).get(f);
                Dataset trainData = fold.trainData(data);
                M model = learners.get(p).fit(trainData);
                train[p][f] = scorer.score(model, trainData);
                test[p][f] = scorer.score(model, fold.testData(data));
            });
        }
        return new Curve(x, train, test);
    }
}
