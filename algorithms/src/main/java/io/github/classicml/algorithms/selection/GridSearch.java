package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;

import java.util.ArrayList;
import java.util.List;

/**
 * Exhaustive hyperparameter search: cross-validate every candidate learner on the same folds, pick the
 * best estimate, refit it on all the data.
 *
 * <p>Candidates are learner records (a {@link Grid} of {@code with...} copies, or any list), so the
 * search needs no reflection. All candidates see the same folds (the splitter is applied once), which
 * makes their scores paired and the comparison fairer. The search is itself a {@link Learner}: its
 * {@link #fit(Dataset)} returns the refitted best model, so a search inside
 * {@link CrossValidation#crossValidate} is nested cross-validation, whose outer score is an honest
 * estimate of the whole procedure (the inner best score is optimistic: it is the maximum of noisy
 * estimates). The model's {@code learner()} is the chosen candidate. Cost: candidates × folds fits
 * plus one refit; folds run in parallel.
 *
 * <p>Reference: Bergstra and Bengio, "Random search for hyper-parameter optimization", JMLR 13 (2012);
 * Cawley and Talbot, "On over-fitting in model selection and subsequent selection bias in performance
 * evaluation", JMLR 11 (2010) (nested cross-validation).
 *
 * @param candidates the learners to compare, at least one
 * @param splitter the folds (default: 5-fold)
 * @param scorer the metric, which decides the direction of "best"
 * @param averaging how each candidate's folds are combined (default {@link Averaging#PER_FOLD})
 * @param threads the threads for the folds, 0 for one per processor (default 0)
 * @param <M> the model kind
 */
public record GridSearch<M extends Model>(List<Learner<? extends M>> candidates, Splitter splitter,
        Scorer<? super M> scorer, Averaging averaging, int threads) implements Learner<M> {

    /**
     * Validates and copies the settings.
     *
     * @param candidates the learners to compare
     * @param splitter the folds
     * @param scorer the metric
     * @param averaging how the folds are combined
     * @param threads the number of threads, {@code >= 0}
     */
    public GridSearch {
        Check.notNull("candidates", candidates);
        Check.notEmpty("candidates", candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Check.notNull("candidates", i, candidates.get(i));
        }
        candidates = List.copyOf(candidates);
        Check.notNull("splitter", splitter);
        Check.notNull("scorer", scorer);
        Check.notNull("averaging", averaging);
        Check.atLeast("threads", threads, 0);
    }

    /**
     * @param candidates the learners to compare
     * @param splitter the folds
     * @param scorer the metric
     * @param <M> the model kind
     * @return the search, averaging per fold on all processors
     */
    public static <M extends Model> GridSearch<M> of(List<? extends Learner<? extends M>> candidates,
            Splitter splitter, Scorer<? super M> scorer) {
        return new GridSearch<>(List.copyOf(Check.notNull("candidates", candidates)), splitter, scorer,
                Averaging.PER_FOLD, 0);
    }

    /**
     * @param grid the candidates
     * @param splitter the folds
     * @param scorer the metric
     * @param <M> the model kind
     * @return the search over the grid
     */
    public static <M extends Model> GridSearch<M> of(Grid<? extends Learner<? extends M>> grid, Splitter splitter,
            Scorer<? super M> scorer) {
        return of(Check.notNull("grid", grid).candidates(), splitter, scorer);
    }

    /**
     * @param averaging how each candidate's folds are combined
     * @return a copy with that averaging
     */
    public GridSearch<M> withAveraging(Averaging averaging) {
        return new GridSearch<>(candidates, splitter, scorer, averaging, threads);
    }

    /**
     * @param threads the number of threads, 0 for one per processor
     * @return a copy with that many threads; the result does not change
     */
    public GridSearch<M> withThreads(int threads) {
        return new GridSearch<>(candidates, splitter, scorer, averaging, threads);
    }

    /**
     * Runs the search.
     *
     * @param data the rows, with targets; not modified
     * @return every candidate's score, the best and its refitted model
     */
    public SearchResult<M> search(Dataset data) {
        return search(candidates, data, splitter, scorer, averaging, threads);
    }

    /**
     * @param data the rows, with targets; not modified
     * @return the best candidate refitted on all of {@code data}
     */
    @Override
    public M fit(Dataset data) {
        return search(data).bestModel();
    }

    static <M extends Model> SearchResult<M> search(List<Learner<? extends M>> candidates, Dataset data,
            Splitter splitter, Scorer<? super M> scorer, Averaging averaging, int threads) {
        Check.notNull("data", data);
        List<Fold> folds = splitter.splits(data);
        List<CrossValidationResult> results = new ArrayList<>(candidates.size());
        int best = -1;
        double bestScore = Double.NaN;
        for (int i = 0; i < candidates.size(); i++) {
            CrossValidationResult r = CrossValidation.crossValidate(candidates.get(i), data, folds,
                    List.of(scorer), threads);
            results.add(r);
            double s = r.estimate(0, averaging);
            boolean better = scorer.higherIsBetter() ? s > bestScore : s < bestScore;
            if (best < 0 || better) {
                best = i;
                bestScore = s;
            }
        }
        M model = candidates.get(best).fit(data);
        return new SearchResult<>(candidates, results, averaging, best, model);
    }

    @Override
    public String toString() {
        return "GridSearch[" + candidates.size() + " candidates, " + splitter + ", " + scorer.name() + ", "
                + averaging + "]";
    }
}
