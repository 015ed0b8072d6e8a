package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.Arrays;
import java.util.List;

/**
 * The sufficient statistics of Gaussian and multinomial naive Bayes as plain arrays, for fitting on data
 * that is not in one JVM (the distributed entry point used by {@code classicml-spark}; any engine that
 * can combine arrays over partitions can use it): compute the statistics of each part of the rows, merge
 * them pairwise in any tree, and build the ordinary model from the total.
 *
 * <p>Gaussian: per class the row count, and per class and column the mean (as an unevaluated sum of two
 * doubles) and the sum of squared deviations from it, merged by the pairwise update of Chan, Golub and
 * LeVeque, exactly as {@link GaussianNaiveBayes} merges its blocks; the result differs from a
 * single-machine fit only in the order of the merges (a few ulps). Multinomial: per class the row count
 * and the column sums, merged by addition (exact for integer counts below 2^53).
 *
 * <p>Layouts: Gaussian {@code [counts (k), means (k p), mean residuals (k p), squared deviations (k p)]};
 * multinomial {@code [counts (k), column sums (k p)]}, class-major.
 *
 * <p>Reference: T. F. Chan, G. H. Golub, R. J. LeVeque, "Updating formulae and a pairwise algorithm for
 * computing sample variances", Stanford report STAN-CS-79-773, 1979.
 */
public final class NaiveBayesStatistics {

    private NaiveBayesStatistics() {
    }

    /**
     * The Gaussian statistics of some rows.
     *
     * @param part rows with class targets over the full list of classes (a class may have no row here),
     *     at least one row, finite features; not modified
     * @return the packed statistics
     * @throws IllegalArgumentException if the data is unsuitable
     */
    public static double[] gaussian(Dataset part) {
        Check.notNull("part", part);
        Check.hasClasses(part);
        Check.minRows(part, 1);
        GaussianStatistics s = GaussianStatistics.of(part);
        return pack(s.counts, s.means, s.meanResiduals, s.squaredDeviations);
    }

    /**
     * The Gaussian statistics of no rows: the identity of {@link #mergeGaussian}.
     *
     * @param classes the number of classes
     * @param columns the number of columns
     * @return zeros in the packed layout
     */
    public static double[] emptyGaussian(int classes, int columns) {
        return new double[classes + 3 * classes * columns];
    }

    /**
     * Merges the Gaussian statistics of two disjoint sets of rows.
     *
     * @param a packed statistics; not modified
     * @param b packed statistics of the same shape; not modified
     * @param classes the number of classes
     * @return the packed statistics of both
     */
    public static double[] mergeGaussian(double[] a, double[] b, int classes) {
        Check.that(a.length == b.length, () -> "statistics must have the same shape, got " + a.length + " and "
                + b.length + " values");
        int p = (a.length - classes) / (3 * classes);
        GaussianStatistics merged = unpackGaussian(a, classes, p).merge(unpackGaussian(b, classes, p));
        return pack(merged.counts, merged.means, merged.meanResiduals, merged.squaredDeviations);
    }

    /**
     * Builds the ordinary model from the statistics of all training rows.
     *
     * @param learner the learner
     * @param statistics packed statistics of every training row
     * @param columnNames the feature names
     * @param classNames the class names, in class-index order
     * @return the model {@link GaussianNaiveBayes#fit} builds from the same statistics
     * @throws IllegalArgumentException if the shapes disagree or no row was counted
     */
    public static GaussianNaiveBayesModel gaussianModel(GaussianNaiveBayes learner, double[] statistics,
                                                        List<String> columnNames, List<String> classNames) {
        Check.notNull("learner", learner);
        int k = classNames.size();
        int p = columnNames.size();
        Check.that(statistics.length == k + 3 * k * p, () -> "statistics must have " + (k + 3 * k * p)
                + " values for " + k + " classes and " + p + " columns, got " + statistics.length);
        GaussianStatistics s = unpackGaussian(statistics, k, p);
        checkCounted(s.counts);
        learner.priors().checkClassCount(k);
        return new GaussianNaiveBayesModel(learner, s, columnNames, classNames);
    }

    /**
     * The multinomial statistics (class counts and column sums) of some rows.
     *
     * @param part rows of non-negative counts with class targets over the full list of classes, at least
     *     one row; not modified
     * @return the packed statistics
     * @throws IllegalArgumentException if the data is unsuitable (naming the row and column of a negative
     *     or non-finite value)
     */
    public static double[] multinomial(Dataset part) {
        Check.notNull("part", part);
        Check.hasClasses(part);
        Check.minRows(part, 1);
        FeatureCounts c = MultinomialNaiveBayes.count(part);
        return pack(c.classCounts, c.featureCounts);
    }

    /**
     * Merges the multinomial statistics of two disjoint sets of rows by addition.
     *
     * @param a packed statistics; not modified
     * @param b packed statistics of the same shape; not modified
     * @return the packed statistics of both
     */
    public static double[] mergeMultinomial(double[] a, double[] b) {
        Check.that(a.length == b.length, () -> "statistics must have the same shape, got " + a.length + " and "
                + b.length + " values");
        double[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += b[i];
        }
        return out;
    }

    /**
     * Builds the ordinary model from the statistics of all training rows.
     *
     * @param learner the learner
     * @param statistics packed statistics of every training row
     * @param columnNames the feature names
     * @param classNames the class names, in class-index order
     * @return the model {@link MultinomialNaiveBayes#fit} builds from the same counts
     * @throws IllegalArgumentException if the shapes disagree or no row was counted
     */
    public static MultinomialNaiveBayesModel multinomialModel(MultinomialNaiveBayes learner, double[] statistics,
                                                              List<String> columnNames, List<String> classNames) {
        Check.notNull("learner", learner);
        int k = classNames.size();
        int p = columnNames.size();
        Check.that(statistics.length == k + k * p, () -> "statistics must have " + (k + k * p) + " values for "
                + k + " classes and " + p + " columns, got " + statistics.length);
        double[] counts = Arrays.copyOfRange(statistics, 0, k);
        checkCounted(counts);
        learner.priors().checkClassCount(k);
        return new MultinomialNaiveBayesModel(learner,
                FeatureCounts.of(p, counts, Arrays.copyOfRange(statistics, k, statistics.length)), columnNames,
                classNames);
    }

    private static void checkCounted(double[] counts) {
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double rows = total;
        Check.that(rows >= 1, () -> "statistics must count at least one row, got " + rows);
    }

    private static GaussianStatistics unpackGaussian(double[] packed, int k, int p) {
        int size = k * p;
        return GaussianStatistics.of(Arrays.copyOfRange(packed, 0, k), p,
                Arrays.copyOfRange(packed, k, k + size), Arrays.copyOfRange(packed, k + size, k + 2 * size),
                Arrays.copyOfRange(packed, k + 2 * size, k + 3 * size));
    }

    private static double[] pack(double[]... parts) {
        int length = 0;
        for (double[] part : parts) {
            length += part.length;
        }
        double[] out = new double[length];
        int at = 0;
        for (double[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
