package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * The k-nearest-neighbours regressor: a row's prediction is the mean target of the {@code k}
 * training rows closest to it.
 *
 * <p>Fitting stores the training rows, indexed for search; prediction finds the k nearest (see
 * {@link KnnClassifier} for the search, its cost and the tie rules, which are the same) and averages
 * their targets: with {@link Weighting#UNIFORM} the plain mean {@code sum_j y_j / k}; with
 * {@link Weighting#DISTANCE} the weighted mean {@code sum_j w_j y_j / sum_j w_j} with
 * {@code w_j = 1/d_j}, or, when some neighbours lie at distance 0, the plain mean of those exact
 * matches (scikit-learn's rule). The prediction is a local average, so it never leaves the range of the
 * training targets: k-nearest-neighbour regression cannot extrapolate.
 *
 * <p><b>Magnitudes near the ends of the double range</b> (features of 10^300 or 10^-300) give the
 * neighbours and predictions of the same features at ordinary magnitudes, as for {@link KnnClassifier}.
 *
 * <p>Reference: T. Hastie, R. Tibshirani, J. Friedman, <i>The Elements of Statistical Learning</i>,
 * 2nd ed., sections 2.3.2 and 6.1.
 *
 * @param k the number of neighbours averaged, at least 1 and at most the number of training rows;
 *     default 5
 * @param distance the distance; default {@link Distance#EUCLIDEAN}
 * @param weighting how neighbours are weighted; default {@link Weighting#UNIFORM}
 * @param search how neighbours are found; default {@link SearchStrategy#AUTO}
 * @param leafSize the most rows in a k-d tree leaf, at least 1; default 30; affects speed only
 * @param threads the most threads batch prediction uses (a cap, the calling thread included; helpers
 *     come from a shared pool, see {@link io.github.classicml.core.Threads}), at least 0; 0 (the
 *     default) means one per available processor; affects speed only
 * @see KnnRegressorModel
 */
public record KnnRegressor(int k, Distance distance, Weighting weighting, SearchStrategy search, int leafSize,
                           int threads) implements Learner<KnnRegressorModel> {

    /**
     * Validates the hyperparameters.
     *
     * @param k the number of neighbours, at least 1
     * @param distance the distance
     * @param weighting the weighting
     * @param search the search strategy; not {@link SearchStrategy#KD_TREE} with the cosine distance
     * @param leafSize the k-d tree leaf size, at least 1
     * @param threads batch prediction threads, at least 0 (0: all processors)
     */
    public KnnRegressor {
        FittedNeighbors.validate(k, distance, weighting, search, leafSize, threads);
    }

    /**
     * A regressor with {@code k} neighbours and every other setting at its default.
     *
     * @param k the number of neighbours, at least 1
     * @return the learner
     */
    public static KnnRegressor of(int k) {
        return new KnnRegressor(k, Distance.EUCLIDEAN, Weighting.UNIFORM, SearchStrategy.AUTO, KnnClassifier.DEFAULT_LEAF_SIZE, 0);
    }


    /**
     * @param value the number of neighbours
     * @return a copy with that k
     */
    public KnnRegressor withK(int value) {
        return new KnnRegressor(value, distance, weighting, search, leafSize, threads);
    }

    /**
     * @param value the distance
     * @return a copy with that distance
     */
    public KnnRegressor withDistance(Distance value) {
        return new KnnRegressor(k, value, weighting, search, leafSize, threads);
    }

    /**
     * @param value the weighting
     * @return a copy with that weighting
     */
    public KnnRegressor withWeighting(Weighting value) {
        return new KnnRegressor(k, distance, value, search, leafSize, threads);
    }

    /**
     * @param value the search strategy
     * @return a copy with that search strategy
     */
    public KnnRegressor withSearch(SearchStrategy value) {
        return new KnnRegressor(k, distance, weighting, value, leafSize, threads);
    }

    /**
     * @param value the k-d tree leaf size
     * @return a copy with that leaf size
     */
    public KnnRegressor withLeafSize(int value) {
        return new KnnRegressor(k, distance, weighting, search, value, threads);
    }

    /**
     * @param value the number of threads for batch prediction (0: all processors)
     * @return a copy with that thread count
     */
    public KnnRegressor withThreads(int value) {
        return new KnnRegressor(k, distance, weighting, search, leafSize, value);
    }

    /**
     * Stores a copy of the training rows and targets and builds the search index.
     *
     * @param data rows with numeric targets, all finite, at least {@code k} rows; not modified
     * @return the model
     * @throws IllegalArgumentException if the data has no numeric targets, a non-finite value, or fewer
     *     than {@code k} rows
     */
    @Override
    public KnnRegressorModel fit(Dataset data) {
        Check.notNull("data", data);
        Check.finiteTargets(data);
        FittedNeighbors fitted = FittedNeighbors.fit(data, k, distance, search, leafSize, threads);
        return new KnnRegressorModel(this, fitted, data.targets());
    }
}
