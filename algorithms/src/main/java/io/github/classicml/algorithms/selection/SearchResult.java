package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of a hyperparameter search: every candidate's cross-validated score, the best one, and
 * the model refitted with it on all the data.
 *
 * <p>The best candidate has the highest estimate (the lowest, for a metric where lower is better);
 * among equal estimates the first in the grid wins, as in scikit-learn. The estimate is the mean of
 * the per-fold scores or the pooled score, as the search was told ({@link Averaging}). Immutable.
 *
 * @param <M> the model kind
 */
public final class SearchResult<M extends Model> {

    private final List<Learner<? extends M>> candidates;
    private final List<CrossValidationResult> results;
    private final Averaging averaging;
    private final int best;
    private final M bestModel;

    SearchResult(List<Learner<? extends M>> candidates, List<CrossValidationResult> results, Averaging averaging,
            int best, M bestModel) {
        this.candidates = List.copyOf(candidates);
        this.results = List.copyOf(results);
        this.averaging = averaging;
        this.best = best;
        this.bestModel = bestModel;
    }

    /** @return the candidates, in search order */
    public List<Learner<? extends M>> candidates() {
        return candidates;
    }

    /** @return each candidate's cross-validation, in search order */
    public List<CrossValidationResult> results() {
        return results;
    }

    /**
     * @param candidate the candidate's position
     * @return its estimate
     */
    public double estimate(int candidate) {
        Check.index("candidate", candidate, candidates.size());
        return results.get(candidate).estimate(0, averaging);
    }

    /** @return the estimate of every candidate, in search order */
    public double[] estimates() {
        double[] out = new double[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = estimate(i);
        }
        return out;
    }

    /** @return the position of the best candidate */
    public int bestIndex() {
        return best;
    }

    /** @return the best candidate */
    public Learner<? extends M> bestLearner() {
        return candidates.get(best);
    }

    /** @return the best candidate's estimate */
    public double bestEstimate() {
        return estimate(best);
    }

    /** @return the best candidate refitted on all the data */
    public M bestModel() {
        return bestModel;
    }

    /** @return one line per candidate: its estimate ± spread, the best marked */
    public String table() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < candidates.size(); i++) {
            CrossValidationResult r = results.get(i);
            out.append(String.format(Locale.ROOT, "%s %.4f ± %.4f  %s%n", i == best ? "*" : " ", estimate(i),
                    r.standardDeviation(0), candidates.get(i)));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SearchResult[%d candidates, best %s = %.4f]", candidates.size(),
                bestLearner(), bestEstimate());
    }
}
