package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.internal.Parallel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-validation: fit a learner on each fold's training rows, score it on the fold's test rows, and
 * report every fold and the estimates built from them.
 *
 * <p>The learner is fitted anew inside each fold, so everything it learns (a scaler's means in a
 * {@link Pipeline}, a search's choice of hyperparameters in a {@link GridSearch}) comes from the
 * training rows only; a search inside cross-validation is nested cross-validation. Folds run in
 * parallel, one task per fold: each fold's scores and predictions land in the fold's own slot and
 * are combined in fold order afterwards, so the result is the same for any thread count (the learner
 * must itself be deterministic, as every classicml learner is). Cost: one fit and one prediction of
 * the test rows per fold.
 *
 * <p>Reference: Stone, "Cross-validatory choice and assessment of statistical predictions", JRSS B 36
 * (1974); Hastie, Tibshirani and Friedman, <i>The Elements of Statistical Learning</i>, 2nd ed.,
 * section 7.10.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /**
     * Cross-validates on all available processors.
     *
     * @param learner the learner, fitted once per fold
     * @param data the rows, with targets; not modified
     * @param splitter the folds
     * @param scorers one or more metrics
     * @param <M> the model kind
     * @return the per-fold table and estimates
     * @throws IllegalArgumentException if no scorer is given or the splitter refuses the data
     */
    @SafeVarargs
    public static <M extends Model> CrossValidationResult crossValidate(Learner<? extends M> learner, Dataset data,
            Splitter splitter, Scorer<? super M>... scorers) {
        Check.notNull("scorers", scorers);
        List<Scorer<? super M>> list = new ArrayList<>(scorers.length);
        for (int s = 0; s < scorers.length; s++) {
            list.add(Check.notNull("scorers", s, scorers[s]));
        }
        return crossValidate(learner, data, splitter, list, 0);
    }

    /**
     * Cross-validates on {@code threads} threads; the result does not depend on {@code threads}.
     *
     * @param learner the learner, fitted once per fold
     * @param data the rows, with targets; not modified
     * @param splitter the folds
     * @param scorers one or more metrics
     * @param threads the number of threads, 0 for one per processor
     * @param <M> the model kind
     * @return the per-fold table and estimates
     */
    public static <M extends Model> CrossValidationResult crossValidate(Learner<? extends M> learner, Dataset data,
            Splitter splitter, List<? extends Scorer<? super M>> scorers, int threads) {
        Check.notNull("splitter", splitter);
        Check.notNull("data", data);
        return crossValidate(learner, data, splitter.splits(data), scorers, threads);
    }

    /**
     * Cross-validates on given folds.
     *
     * @param learner the learner, fitted once per fold
     * @param data the rows, with targets; not modified
     * @param folds the folds
     * @param scorers one or more metrics
     * @param threads the number of threads, 0 for one per processor
     * @param <M> the model kind
     * @return the per-fold table and estimates
     */
    public static <M extends Model> CrossValidationResult crossValidate(Learner<? extends M> learner, Dataset data,
            List<Fold> folds, List<? extends Scorer<? super M>> scorers, int threads) {
        Check.notNull("learner", learner);
        Check.notNull("data", data);
        Check.notNull("folds", folds);
        Check.notNull("scorers", scorers);
        Check.notEmpty("scorers", scorers.size());
        Check.notEmpty("folds", folds.size());
        for (int s = 0; s < scorers.size(); s++) {
            Check.notNull("scorers", s, scorers.get(s));
        }
        for (int f = 0; f < folds.size(); f++) {
            Fold fold = Check.notNull("folds", f, folds.get(f));
            int index = f;
            int max = Math.max(max(fold.train()), max(fold.test()));
            Check.that(max < data.rows(), () -> "folds must index rows of data (" + data.rows() + "), got row "
                    + max + " in fold " + index);
        }
        int k = folds.size();
        int m = scorers.size();
        double[][] actual = new double[k * m][];
        double[][] predicted = new double[k * m][];
        double[][] scores = new double[k][m];
        Learner<?>[] fitted = new Learner<?>[k];
        try (Parallel parallel = Parallel.of(threads)) {
            parallel.forEach(k, f -> {
                Fold fold = folds.get(f);
                M model = learner.fit(fold.trainData(data));
                fitted[f] = model.learner();
                Dataset test = fold.testData(data);
                Map<Object, double[]> predictions = new HashMap<>();
                for (int s = 0; s < m; s++) {
                    Scorer<? super M> scorer = scorers.get(s);
                    double[] p = predictions.computeIfAbsent(scorer.predictionKind(), key -> scorer.predict(model, test));
                    double[] a = scorer.actual(test);
                    actual[f * m + s] = a;
                    predicted[f * m + s] = p;
                    scores[f][s] = scorer.score(a, p);
                }
            });
        }
        List<String> names = new ArrayList<>(m);
        double[] pooled = new double[m];
        for (int s = 0; s < m; s++) {
            names.add(scorers.get(s).name());
            int total = 0;
            for (int f = 0; f < k; f++) {
                total += actual[f * m + s].length;
            }
            double[] a = new double[total];
            double[] p = new double[total];
            int at = 0;
            for (int f = 0; f < k; f++) {
                double[] fa = actual[f * m + s];
                System.arraycopy(fa, 0, a, at, fa.length);
                System.arraycopy(predicted[f * m + s], 0, p, at, fa.length);
                at += fa.length;
            }
            pooled[s] = scorers.get(s).score(a, p);
        }
        List<CrossValidationResult.FoldScores> table = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            table.add(new CrossValidationResult.FoldScores(f, folds.get(f).trainSize(), folds.get(f).testSize(),
                    fitted[f], scores[f]));
        }
        return new CrossValidationResult(names, table, pooled);
    }

    private static int max(int[] values) {
        int m = 0;
        for (int v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
