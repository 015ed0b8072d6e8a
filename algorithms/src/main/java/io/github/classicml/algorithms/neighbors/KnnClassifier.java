package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * The k-nearest-neighbours classifier: a row gets the majority class of the {@code k} training rows
 * closest to it.
 *
 * <p>"Fitting" only stores the training rows, indexed for search (a lazy learner); the work happens at
 * prediction, which finds the k nearest training rows ({@link SearchStrategy}: brute force, O(n·p) per
 * query, or a k-d tree, about O(log n) per query in few dimensions) and lets them vote. With
 * {@link Weighting#UNIFORM} votes each neighbour counts 1 and the class probabilities are the vote
 * shares; with {@link Weighting#DISTANCE} a neighbour at distance d counts 1/d (exact matches alone
 * count when there are any), and the probabilities are the weight shares. The class predicted is the
 * one of largest vote.
 *
 * <p><b>Ties</b> are broken deterministically, the same way by every search strategy and thread count:
 * <ul>
 *   <li>Equal distances: the lower training index is nearer. Two distances count as equal when they
 *       differ by less than {@link #TIE_TOLERANCE} of the larger. Decimal data put many rows at the same
 *       true distance, but binary rounding makes the computed distances differ in the last bits, in an
 *       order that depends on the formula (scikit-learn computes {@code |x|^2 - 2 x.y + |y|^2}; this
 *       library sums {@code (x_j - y_j)^2}); treating near-equal distances as the tie they are makes
 *       the rule hold on such data. Precisely: the neighbours are every row nearer than the k-th
 *       smallest distance D, then the lowest-indexed rows tying with D; distinct distances of real data
 *       differ by far more than the tolerance.</li>
 *   <li>Equal votes: the lower class index wins (the class that comes first in
 *       {@link Dataset#classNames()}), as in scikit-learn, whose vote takes the first maximum.</li>
 * </ul>
 * scikit-learn 1.2 breaks exact distance ties at the k-th place differently: it keeps the k best in a
 * bounded max-heap that a row enters only when strictly nearer than the heap's farthest, and which of
 * several equally far rows the heap then evicts depends on the heap's layout, not on the index (from
 * query 0, training rows 3, 3, 1, 2 of one column and k = 3, it keeps rows 2, 3, 1 where this class
 * keeps 2, 3, 0). Its rule is deterministic but tied to its data structure (the k-d tree and
 * multi-threaded brute force break ties differently again), so this class keeps the index rule; the
 * two agree whenever the k-th and (k+1)-th distances differ. For the cosine distance scikit-learn
 * uses NumPy's {@code argpartition}, whose choice among ties is also not by index.
 *
 * <p>Distances are unscaled: a column measured in thousands outweighs one measured in tenths, so
 * standardise features that are on different scales (see
 * {@link io.github.classicml.algorithms.preprocessing.StandardScaler}).
 *
 * <p><b>Magnitudes near the ends of the double range</b> (features of 10^300 or 10^-300, whose
 * squared distances overflow or underflow) give the same neighbours and predictions as the same
 * features at ordinary magnitudes: the model holds its training rows, and scales every query,
 * multiplied by one exact power of two, and reports distances scaled back. A query so far out that its
 * distances to the training rows would overflow is refused, naming its row and column.
 *
 * <p>Reference: T. Cover and P. Hart, "Nearest neighbor pattern classification", IEEE Transactions on
 * Information Theory 13(1), 1967; T. Hastie, R. Tibshirani, J. Friedman, <i>The Elements of
 * Statistical Learning</i>, 2nd ed., section 13.3.
 *
 * @param k the number of neighbours that vote, at least 1 and at most the number of training rows;
 *     scikit-learn's default is 5
 * @param distance the distance; default {@link Distance#EUCLIDEAN}
 * @param weighting how neighbours are weighted; default {@link Weighting#UNIFORM}
 * @param search how neighbours are found; default {@link SearchStrategy#AUTO}; the k-d tree needs a
 *     Minkowski-family distance
 * @param leafSize the most rows in a k-d tree leaf, at least 1; default 30 (scikit-learn's); ignored by
 *     brute force; affects speed only
 * @param threads the most threads batch prediction uses (a cap, the calling thread included; helpers
 *     come from a shared pool, see {@link io.github.classicml.core.Threads}), at least 0; 0 (the
 *     default) means one per available processor; affects speed only
 * @see KnnClassifierModel
 */
public record KnnClassifier(int k, Distance distance, Weighting weighting, SearchStrategy search, int leafSize,
                            int threads) implements Learner<KnnClassifierModel> {

    /**
     * Relative difference below which two reduced distances count as equal (rounding noise), 1e-10.
     */
    public static final double TIE_TOLERANCE = 1e-10;

    /** Default k-d tree leaf size (scikit-learn's {@code leaf_size}). */
    public static final int DEFAULT_LEAF_SIZE = 30;

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
    public KnnClassifier {
        FittedNeighbors.validate(k, distance, weighting, search, leafSize, threads);
    }

    /**
     * A classifier with {@code k} neighbours and every other setting at its default: Euclidean
     * distance, uniform votes, automatic search, leaf size 30, all processors.
     *
     * @param k the number of neighbours, at least 1
     * @return the learner
     */
    public static KnnClassifier of(int k) {
        return new KnnClassifier(k, Distance.EUCLIDEAN, Weighting.UNIFORM, SearchStrategy.AUTO, DEFAULT_LEAF_SIZE, 0);
    }


    /**
     * @param value the number of neighbours
     * @return a copy with that k
     */
    public KnnClassifier withK(int value) {
        return new KnnClassifier(value, distance, weighting, search, leafSize, threads);
    }

    /**
     * @param value the distance
     * @return a copy with that distance
     */
    public KnnClassifier withDistance(Distance value) {
        return new KnnClassifier(k, value, weighting, search, leafSize, threads);
    }

    /**
     * @param value the weighting
     * @return a copy with that weighting
     */
    public KnnClassifier withWeighting(Weighting value) {
        return new KnnClassifier(k, distance, value, search, leafSize, threads);
    }

    /**
     * @param value the search strategy
     * @return a copy with that search strategy
     */
    public KnnClassifier withSearch(SearchStrategy value) {
        return new KnnClassifier(k, distance, weighting, value, leafSize, threads);
    }

    /**
     * @param value the k-d tree leaf size
     * @return a copy with that leaf size
     */
    public KnnClassifier withLeafSize(int value) {
        return new KnnClassifier(k, distance, weighting, search, value, threads);
    }

    /**
     * @param value the number of threads for batch prediction (0: all processors)
     * @return a copy with that thread count
     */
    public KnnClassifier withThreads(int value) {
        return new KnnClassifier(k, distance, weighting, search, leafSize, value);
    }

    /**
     * Stores a copy of the training rows and classes and builds the search index.
     *
     * @param data rows with class targets, all features finite, at least {@code k} rows; not modified
     * @return the model
     * @throws IllegalArgumentException if the data has no class targets, a non-finite feature, or
     *     fewer than {@code k} rows
     */
    @Override
    public KnnClassifierModel fit(Dataset data) {
        Check.notNull("data", data);
        Check.hasClasses(data);
        FittedNeighbors fitted = FittedNeighbors.fit(data, k, distance, search, leafSize, threads);
        return new KnnClassifierModel(this, fitted, data.classes(), data.classNames());
    }
}
