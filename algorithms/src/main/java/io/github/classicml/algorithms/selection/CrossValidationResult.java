package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Learner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a cross-validation: a table of one row per fold (sizes, the learner that was fitted,
 * one score per scorer) and the estimates built from it, by either {@link Averaging}.
 *
 * <p>{@link #mean(int)} and {@link #standardDeviation(int)} summarise the per-fold scores (the standard
 * deviation with divisor {@code folds}, numpy's default, as scikit-learn's examples report it; it
 * describes the spread of the folds, not the standard error of the mean, which the folds' overlap
 * makes larger than {@code sd / sqrt(folds)}). {@link #pooled(int)} scores all out-of-fold predictions
 * at once. Immutable.
 */
public final class CrossValidationResult {

    /**
     * One fold's line of the table.
     *
     * @param fold the fold's number, from 0
     * @param trainRows the number of training rows
     * @param testRows the number of test rows
     * @param learner the learner of the fitted model ({@code model.learner()}); for a search, the
     *     candidate it chose
     * @param scores one score per scorer, in the scorers' order
     */
    public record FoldScores(int fold, int trainRows, int testRows, Learner<?> learner, double[] scores) {

        /**
         * Copies the scores.
         *
         * @param fold the fold's number
         * @param trainRows the number of training rows
         * @param testRows the number of test rows
         * @param learner the learner of the fitted model
         * @param scores one score per scorer
         */
        public FoldScores {
            scores = scores.clone();
        }

        /** @return a copy of the scores */
        @Override
        public double[] scores() {
            return scores.clone();
        }
    }

    private final List<String> names;
    private final List<FoldScores> folds;
    private final double[] pooled;

    CrossValidationResult(List<String> names, List<FoldScores> folds, double[] pooled) {
        this.names = List.copyOf(names);
        this.folds = List.copyOf(folds);
        this.pooled = pooled.clone();
    }

    /** @return the scorers' names, in order */
    public List<String> scorerNames() {
        return names;
    }

    /** @return the table, one line per fold */
    public List<FoldScores> folds() {
        return folds;
    }

    /**
     * @param scorer the scorer's position in the list given to cross-validation
     * @return its score on each fold
     */
    public double[] scores(int scorer) {
        Check.index("scorer", scorer, names.size());
        double[] out = new double[folds.size()];
        for (int f = 0; f < out.length; f++) {
            out[f] = folds.get(f).scores[scorer];
        }
        return out;
    }

    /**
     * @param scorer the scorer's position
     * @return the mean of its per-fold scores
     */
    public double mean(int scorer) {
        double[] s = scores(scorer);
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        return sum / s.length;
    }

    /**
     * @param scorer the scorer's position
     * @return the standard deviation of its per-fold scores (divisor {@code folds})
     */
    public double standardDeviation(int scorer) {
        double[] s = scores(scorer);
        double mean = mean(scorer);
        double sum = 0;
        for (double v : s) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / s.length);
    }

    /**
     * @param scorer the scorer's position
     * @return the score of all out-of-fold predictions pooled (rows tested in several folds count each time)
     */
    public double pooled(int scorer) {
        Check.index("scorer", scorer, names.size());
        return pooled[scorer];
    }

    /**
     * @param scorer the scorer's position
     * @param averaging how to combine the folds
     * @return {@link #mean(int)} or {@link #pooled(int)}
     */
    public double estimate(int scorer, Averaging averaging) {
        Check.notNull("averaging", averaging);
        return averaging == Averaging.POOLED ? pooled(scorer) : mean(scorer);
    }

    /** @return the per-fold table as text, with the mean ± standard deviation and the pooled score */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-6s %7s %7s", "fold", "train", "test"));
        for (String n : names) {
            out.append(String.format(Locale.ROOT, " %12s", n));
        }
        out.append('\n');
        for (FoldScores f : folds) {
            out.append(String.format(Locale.ROOT, "%-6d %7d %7d", f.fold, f.trainRows, f.testRows));
            for (double s : f.scores) {
                out.append(String.format(Locale.ROOT, " %12.4f", s));
            }
            out.append('\n');
        }
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            lines.add(String.format(Locale.ROOT, "%s: %.4f ± %.4f per fold, %.4f pooled", names.get(s), mean(s),
                    standardDeviation(s), pooled[s]));
        }
        out.append(String.join("\n", lines)).append('\n');
        return out.toString();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("CrossValidationResult[folds=" + folds.size());
        for (int s = 0; s < names.size(); s++) {
            out.append(String.format(Locale.ROOT, ", %s=%.4f±%.4f", names.get(s), mean(s), standardDeviation(s)));
        }
        return out.append(']').toString();
    }
}
