package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;

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
        for (int j = 0; j < p; j++) {
            if (!Double.isNaN(row[j])) {
                continue;
            }
            if (distance == null) {
                distance = new double[rows];
                for (int i = 0; i < rows; i++) {
                    distance[i] = nanEuclidean(row, donors, i * p, p);
                }
            }
            out[j] = impute(j, distance);
        }
    }

    /**
     * The donors for column j: the k rows nearest to the query among those where j is observed,
     * nearest first, rows without a distance last, ties by row index; kept in a sorted array of k
     * (insertion), so a column costs O(n·k).
     */
    private double impute(int j, double[] distance) {
        int p = means.length;
        int k = learner.neighbours();
        int[] chosen = new int[k];
        double[] keys = new double[k];
        int count = 0;
        boolean anyDistance = false;
        for (int i = 0; i < rows; i++) {
            if (Double.isNaN(donors[i * p + j])) {
                continue;
            }
            anyDistance |= !Double.isNaN(distance[i]);
            double key = Double.isNaN(distance[i]) ? Double.POSITIVE_INFINITY : distance[i];
            if (count == k && !(key < keys[k - 1])) {
                continue;
            }
            // rows come in index order, so an equal key stays behind the earlier row
            int at = count < k ? count++ : k - 1;
            while (at > 0 && key < keys[at - 1]) {
                keys[at] = keys[at - 1];
                chosen[at] = chosen[at - 1];
                at--;
            }
            keys[at] = key;
            chosen[at] = i;
        }
        if (!anyDistance) {
            return means[j];
        }
        if (learner.weighting() == KnnImputer.Weighting.UNIFORM) {
            double sum = 0;
            for (int c = 0; c < count; c++) {
                sum += donors[chosen[c] * p + j];
            }
            return sum / count;
        }
        boolean atZero = keys[0] == 0;
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

    /** @return the donor rows, row-major (not copied; for the model file) */
    double[] donors() {
        return donors;
    }

    @Override
    public String toString() {
        return "KnnImputerModel[" + rows + " donor rows, " + means.length + " columns, k = " + learner.neighbours()
                + ", " + learner.weighting().name().toLowerCase(java.util.Locale.ROOT) + " weights"
                + (learner.addIndicator() ? ", " + indicators.length + " indicator columns" : "") + "]";
    }
}
