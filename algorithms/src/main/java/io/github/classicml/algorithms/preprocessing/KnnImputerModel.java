package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;

import java.util.Arrays;
import java.util.List;

/**
 * A fitted k-nearest-neighbour imputation: the training rows (the donors) and each column's observed
 * training mean, used when a row has no distance to any donor. Rows without missing values pass
 * unchanged. Immutable and thread-safe.
 *
 * @see KnnImputer
 */
public final class KnnImputerModel extends FittedTransformer {

    private final KnnImputer learner;
    /** Training rows, row-major, NaN kept. */
    private final double[] donors;
    private final int rows;
    private final double[] means;
    private final int[] indicators;

    KnnImputerModel(KnnImputer learner, double[] donors, int rows, double[] means, int[] indicators) {
        super(means.length);
        this.learner = learner;
        this.donors = donors;
        this.rows = rows;
        this.means = means;
        this.indicators = indicators;
    }

    @Override
    public KnnImputer learner() {
        return learner;
    }

    @Override
    boolean acceptsMissing() {
        return true;
    }

    /** @return the input width plus one indicator per column that had missing values at fit */
    @Override
    public int outputColumns() {
        return means.length + indicators.length;
    }

    /** @return each column's observed training mean, the fill of last resort */
    public double[] columnMeans() {
        return means.clone();
    }

    /** @return the columns that get an indicator column, in order (empty without indicators) */
    public int[] indicatorColumns() {
        return indicators.clone();
    }

    /**
     * Names the output: the input names, then {@code missingindicator_<name>} per indicator column.
     *
     * @param inputNames the names of the input columns
     * @return the output names
     */
    @Override
    public List<String> outputColumnNames(List<String> inputNames) {
        Check.notNull("inputNames", inputNames);
        Check.sameLength("inputNames", inputNames.size(), "columns", means.length);
        return MissingIndicators.names(inputNames, indicators);
    }

    static double nanEuclidean(double[] x, double[] y, int yOffset, int p) {
        double sum = 0;
        int shared = 0;
        for (int c = 0; c < p; c++) {
            double d = x[c] - y[yOffset + c];
            if (!Double.isNaN(d)) {
                sum += d * d;
                shared++;
            }
        }
        return shared == 0 ? Double.NaN : Math.sqrt(sum * p / shared);
    }

    @Override
    void apply(double[] row, double[] out) {
        int p = means.length;
        System.arraycopy(row, 0, out, 0, p);
        MissingIndicators.write(row, indicators, out, p);
        double[] distance = null;
        Integer[] order = null;
        for (int j = 0; j < p; j++) {
            if (!Double.isNaN(row[j])) {
                continue;
            }
            if (distance == null) {
                distance = new double[rows];
                for (int i = 0; i < rows; i++) {
                    distance[i] = nanEuclidean(row, donors, i * p, p);
                }
                final double[] dist = distance;
                order = new Integer[rows];
                for (int i = 0; i < rows; i++) {
                    order[i] = i;
                }
                // nearest first, rows without a distance last, ties by row index
                Arrays.sort(order, (a, b) -> {
                    int c = Double.compare(key(dist[a]), key(dist[b]));
                    return c != 0 ? c : Integer.compare(a, b);
                });
            }
            out[j] = impute(j, distance, order);
        }
    }

    private static double key(double d) {
        return Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
    }

    /** The donors for column j: the nearest rows where j is observed, at most k of them. */
    private double impute(int j, double[] distance, Integer[] order) {
        int p = means.length;
        int k = learner.neighbours();
        int[] chosen = new int[k];
        int count = 0;
        boolean anyDistance = false;
        int potential = 0;
        for (Integer i : order) {
            if (Double.isNaN(donors[i * p + j])) {
                continue;
            }
            potential++;
            anyDistance |= !Double.isNaN(distance[i]);
            if (count < k) {
                chosen[count++] = i;
            }
        }
        if (potential > 0 && !anyDistance) {
            return means[j];
        }
        if (learner.weighting() == KnnImputer.Weighting.UNIFORM) {
            double sum = 0;
            for (int c = 0; c < count; c++) {
                sum += donors[chosen[c] * p + j];
            }
            return sum / count;
        }
        boolean atZero = false;
        for (int c = 0; c < count; c++) {
            atZero |= distance[chosen[c]] == 0;
        }
        double weighted = 0;
        double total = 0;
        for (int c = 0; c < count; c++) {
            double d = distance[chosen[c]];
            double w = atZero ? (d == 0 ? 1 : 0) : (Double.isNaN(d) ? 0 : 1 / d);
            weighted += w * donors[chosen[c] * p + j];
            total += w;
        }
        return weighted / total;
    }

    @Override
    public String toString() {
        return "KnnImputerModel[" + rows + " donor rows, " + means.length + " columns, k = " + learner.neighbours()
                + ", " + learner.weighting().name().toLowerCase(java.util.Locale.ROOT) + " weights"
                + (learner.addIndicator() ? ", " + indicators.length + " indicator columns" : "") + "]";
    }
}
