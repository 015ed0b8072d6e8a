package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.Reseedable;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Random hyperparameter search: draw {@code draws} candidate learners from a sampler, cross-validate
 * each on the same folds, refit the best.
 *
 * <p>The sampler is a function from a random stream to a learner, e.g.
 * {@code rng -> knn.withK(1 + rng.nextInt(30))}, so the search space is plain code. With many
 * hyperparameters of which few matter, random draws cover each important axis with {@code draws}
 * distinct values where a grid of the same cost covers it with far fewer. The candidates are drawn
 * from {@code SplittableRandom(seed)} in order, so the same seed gives the same candidates; the rest
 * is {@link GridSearch}, including ties (the first drawn wins) and use as a learner for nested
 * cross-validation. Cost: {@code draws} × folds fits plus one refit.
 *
 * <p>Reference: Bergstra and Bengio, "Random search for hyper-parameter optimization", JMLR 13 (2012).
 *
 * @param sampler draws one candidate
 * @param draws the number of candidates, {@code >= 1} and at most {@link #MAX_DRAWS}
 * @param splitter the folds
 * @param scorer the metric
 * @param averaging how each candidate's folds are combined (default {@link Averaging#PER_FOLD})
 * @param seed the seed of the draws (default 0)
 * @param <M> the model kind
 */
public record RandomSearch<M extends Model>(Function<SplittableRandom, ? extends Learner<? extends M>> sampler,
        int draws, Splitter splitter, Scorer<? super M> scorer, Averaging averaging, long seed)
        implements Learner<M>, Reseedable<RandomSearch<M>> {

    /**
     * The most candidates one search draws, 2^20 (1048576): each is cross-validated, and the list of
     * candidates is built before the first fit, so a larger count could only exhaust memory or time.
     */
    public static final int MAX_DRAWS = 1 << 20;

    /**
     * Validates the settings.
     *
     * @param sampler draws one candidate
     * @param draws the number of candidates, {@code >= 1} and at most {@link #MAX_DRAWS}
     * @param splitter the folds
     * @param scorer the metric
     * @param averaging how the folds are combined
     * @param seed the seed
     */
    public RandomSearch {
        Check.notNull("sampler", sampler);
        Check.atLeast("draws", draws, 1);
        Check.atMost("draws", draws, MAX_DRAWS, "RandomSearch.MAX_DRAWS");
        Check.notNull("splitter", splitter);
        Check.notNull("scorer", scorer);
        Check.notNull("averaging", averaging);
    }

    /**
     * @param sampler draws one candidate
     * @param draws the number of candidates
     * @param splitter the folds
     * @param scorer the metric
     * @param <M> the model kind
     * @return the search with seed 0, averaging per fold
     */
    public static <M extends Model> RandomSearch<M> of(Function<SplittableRandom, ? extends Learner<? extends M>> sampler,
            int draws, Splitter splitter, Scorer<? super M> scorer) {
        return new RandomSearch<>(sampler, draws, splitter, scorer, Averaging.PER_FOLD, 0L);
    }

    /**
     * @param seed the seed of the draws
     * @return a copy with that seed
     */
    public RandomSearch<M> withSeed(long seed) {
        return new RandomSearch<>(sampler, draws, splitter, scorer, averaging, seed);
    }

    /** @return the candidates this search draws, in order */
    public List<Learner<? extends M>> candidates() {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Learner<? extends M>> out = new ArrayList<>(draws);
        for (int i = 0; i < draws; i++) {
            out.add(Check.notNull("sampler result", i, sampler.apply(rng)));
        }
        return out;
    }

    /**
     * @param data the rows, with targets; not modified
     * @return every candidate's score, the best and its refitted model
     */
    public SearchResult<M> search(Dataset data) {
        return GridSearch.search(candidates(), data, splitter, scorer, averaging, 0);
    }

    @Override
    public M fit(Dataset data) {
        return search(data).bestModel();
    }
}
