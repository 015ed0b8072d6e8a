package io.github.classicml.algorithms.neighbors;

/**
 * How the k nearest training rows of a query are found. Every strategy returns exactly the same
 * neighbours (the tie rules of {@link KnnClassifier} included); they differ only in speed.
 *
 * <ul>
 *   <li>{@link #BRUTE_FORCE}: compare the query with every training row, O(n·p) per query, in blocks
 *       that keep the training rows in cache; for Euclidean distance through the dot-product form
 *       {@code |x|^2 + |y|^2 - 2 x.y}. Best in many dimensions, where no index prunes well.</li>
 *   <li>{@link #KD_TREE}: a k-d tree (median splits on the widest column, a bounding box per node,
 *       nearer child first, pruning by box distance); about O(log n) per query in few
 *       dimensions, degrading towards brute force as the dimension grows (in 20 or more dimensions
 *       most of the tree must be visited). Minkowski-family distances only.</li>
 *   <li>{@link #AUTO}: scikit-learn's rule: brute force when the data has more than 15 columns, when
 *       k is at least half the training rows, or for the cosine distance; the k-d tree otherwise.</li>
 * </ul>
 */
public enum SearchStrategy {
    /** Choose by dimension, size and distance (scikit-learn's rule). */
    AUTO,
    /** Compare with every training row. */
    BRUTE_FORCE,
    /** Search a k-d tree. */
    KD_TREE;

    /**
     * Resolves {@link #AUTO} for the given data and settings.
     *
     * @param rows the number of training rows
     * @param columns the number of columns
     * @param k the number of neighbours
     * @param distance the distance
     * @return {@link #BRUTE_FORCE} or {@link #KD_TREE}
     */
    SearchStrategy resolve(int rows, int columns, int k, Distance distance) {
        if (this != AUTO) {
            return this;
        }
        boolean brute = columns > 15 || k >= rows / 2 || !distance.isMinkowski();
        return brute ? BRUTE_FORCE : KD_TREE;
    }
}
