package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * k-nearest-neighbour imputation: a missing value in column j of a row is the (weighted) mean of
 * column j over the k training rows nearest to that row among those where column j is observed, with
 * distances that skip missing coordinates.
 *
 * <p>The distance between rows x and y is the NaN-aware Euclidean distance
 * {@code d(x, y) = sqrt(p / m · Σ (x_c - y_c)²)}, the sum over the m coordinates observed in both and
 * p the number of columns: the squared distance over the shared coordinates, scaled up as if every
 * coordinate had contributed the same on average (scikit-learn's {@code nan_euclidean_distances}). Two
 * rows that share no observed coordinate have no distance; such rows are taken last, and a row with no
 * distance to any donor gets the column's observed training mean. With {@link Weighting#DISTANCE} the
 * donors are weighted by 1/d (donors at distance 0 alone share the weight; donors without a distance
 * get weight 0). Unlike a column mean it keeps the relations between columns; like every distance
 * method it needs columns on comparable scales. Ties in distance are broken by the lower training row
 * index (scikit-learn leaves them to a partial sort). The model keeps the training rows: O(n·p)
 * memory; a row with missing values costs O(n·p + n·log n) to impute. Infinite values are refused.
 *
 * <p>Reference: O. Troyanskaya et al., "Missing value estimation methods for DNA microarrays",
 * Bioinformatics 17(6), 2001 (KNNimpute); J. K. Dixon, "Pattern recognition with partly missing data",
 * IEEE Transactions on Systems, Man, and Cybernetics 9(10), 1979 (the scaled partial distance).
 *
 * @param neighbours the number of donors k, at least 1; default 5
 * @param weighting how donors are weighted; default {@link Weighting#UNIFORM}
 * @param addIndicator whether to append missing-indicator columns; default false
 * @see KnnImputerModel
 */
public record KnnImputer(int neighbours, Weighting weighting, boolean addIndicator) implements Learner<KnnImputerModel> {

    /** How the donors' values are averaged. */
    public enum Weighting {
        /** every donor counts the same */
        UNIFORM,
        /** each donor counts 1/distance */
        DISTANCE
    }

    /**
     * Validates the settings.
     *
     * @param neighbours the number of donors, at least 1
     * @param weighting how donors are weighted
     * @param addIndicator whether to append indicator columns
     */
    public KnnImputer {
        Check.atLeast("neighbours", neighbours, 1);
        Check.notNull("weighting", weighting);
    }

    /** @return 5 donors, uniform weights, no indicators: scikit-learn's default */
    public static KnnImputer of() {
        return new KnnImputer(5, Weighting.UNIFORM, false);
    }

    /**
     * @param value the number of donors
     * @return a copy with it
     */
    public KnnImputer withNeighbours(int value) {
        return new KnnImputer(value, weighting, addIndicator);
    }

    /**
     * @param value the weighting
     * @return a copy with it
     */
    public KnnImputer withWeighting(Weighting value) {
        return new KnnImputer(neighbours, value, addIndicator);
    }

    /**
     * @param value whether to append missing-indicator columns
     * @return a copy with it
     */
    public KnnImputer withIndicator(boolean value) {
        return new KnnImputer(neighbours, weighting, value);
    }

    /**
     * Keeps the training rows as donors and each column's observed mean as the last resort.
     *
     * @param data at least one row; NaN marks a missing value; infinities are refused; not modified
     * @return the model
     * @throws IllegalArgumentException if the data has no rows, an infinite value, or a column without
     *     an observed value
     */
    @Override
    public KnnImputerModel fit(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 1);
        SimpleImputer.requireNoInfinity(data);
        MissingIndicators.requireObserved(data);
        double[] means = SimpleImputer.of().fit(data).fillValues();
        int[] indicators = addIndicator ? MissingIndicators.columnsWithMissing(data) : new int[0];
        return new KnnImputerModel(this, data.features(), data.rows(), means, indicators);
    }

    /**
     * The NaN-aware Euclidean distance {@code sqrt(p / m · Σ (x_c - y_c)²)} over the m coordinates
     * observed in both rows, p their length; NaN when they share none.
     *
     * @param x a row; NaN marks a missing value; not modified
     * @param y a row of the same length; not modified
     * @return the distance, or NaN
     */
    public static double nanEuclidean(double[] x, double[] y) {
        Check.notNull("x", x);
        Check.notNull("y", y);
        Check.sameLength("x", x.length, "y", y.length);
        return KnnImputerModel.nanEuclidean(x, y, 0, x.length);
    }
}
