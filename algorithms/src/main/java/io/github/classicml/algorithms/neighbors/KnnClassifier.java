package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

/**
 * The k-nearest-neighbours classifier: a row gets the majority class of the {@code k} training rows
 * closest to it in Euclidean distance.
 *
 * <p>"Fitting" only stores the training rows (a lazy learner); all the work happens at prediction,
 * which compares the row with every training row: O(n·p) per prediction for n training rows of p
 * columns, plus O(n·log k) to keep the k closest. The neighbours' votes are counted with equal
 * weight; the class probabilities are the vote shares.
 *
 * <p>Ties are broken deterministically: among training rows at equal distance the lower training
 * index is nearer, and among classes with equal votes the lower class index wins (the class that
 * comes first in {@link Dataset#classNames()}). scikit-learn's {@code KNeighborsClassifier} returns
 * the lowest tied class too (its vote is {@code argmax}, which takes the first maximum). Two squared
 * distances count as equal when they differ by less than {@link #TIE_TOLERANCE} of the larger:
 * decimal data put many rows at the same true distance, but binary rounding makes the computed
 * distances differ in the last bits, in an order that depends on the formula (scikit-learn computes
 * {@code |x|^2 - 2 x.y + |y|^2}, this class sums {@code (x_j - y_j)^2}); treating such near-equal
 * distances as the tie they are gives the same neighbours as scikit-learn on iris. Distinct distances
 * of real data differ by far more than this tolerance.
 *
 * <p>Distances are unscaled: a column measured in thousands outweighs one measured in tenths, so
 * standardise features that are on different scales.
 *
 * <p>Reference: T. Cover and P. Hart, "Nearest neighbor pattern classification", IEEE Transactions on
 * Information Theory 13(1), 1967; T. Hastie, R. Tibshirani, J. Friedman, <i>The Elements of
 * Statistical Learning</i>, 2nd ed., section 13.3.
 *
 * @param k the number of neighbours that vote, at least 1 and at most the number of training rows;
 *     scikit-learn's default is 5
 * @see KnnClassifierModel
 */
public record KnnClassifier(int k) implements Learner<KnnClassifierModel> {

    /**
     * Relative difference below which two squared distances count as equal (rounding noise), 1e-10.
     */
    public static final double TIE_TOLERANCE = 1e-10;

    /**
     * Validates the hyperparameters.
     *
     * @param k the number of neighbours, at least 1
     */
    public KnnClassifier {
        Check.atLeast("k", k, 1);
    }

    /** @return a classifier with scikit-learn's default of 5 neighbours */
    public static KnnClassifier withDefaults() {
        return new KnnClassifier(5);
    }

    /**
     * Stores a copy of the training rows and classes.
     *
     * @param data rows with class targets, all features finite, at least {@code k} rows; not modified
     * @return the model
     * @throws IllegalArgumentException if the data has no class targets, a non-finite feature, or
     *     fewer than {@code k} rows
     */
    @Override
    public KnnClassifierModel fit(Dataset data) {
        Check.notNull(data, "data");
        Check.hasClasses(data);
        Check.minRows(data, 1);
        Check.atMost("k", k, data.rows(), "the number of rows");
        Check.finiteFeatures(data);
        return new KnnClassifierModel(k, data.columns(), data.features(), data.classes(), data.classNames());
    }
}
