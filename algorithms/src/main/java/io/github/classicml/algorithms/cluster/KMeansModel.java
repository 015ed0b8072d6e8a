package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Check;
import io.github.classicml.core.Clusterer;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Transformer;
import io.github.classicml.core.internal.linalg.Scaling;
import io.github.classicml.core.internal.linalg.Vectors;

import java.util.Arrays;
import java.util.List;

/**
 * A fitted k-means clustering: the centres, the inertia and labels of the training rows, and the number
 * of iterations run. (The per-iteration trace is one use of a progress listener:
 * {@code KMeans.of(3).fit(data, log)} with a {@link io.github.classicml.core.ProgressLog}.)
 *
 * <p>{@link #predict(double[])} assigns a row to its nearest centre (exact squared Euclidean distance,
 * ties to the lowest centre index), and {@link #transform(double[])} gives its distances to all centres
 * (scikit-learn's {@code transform}), a k-column representation of the row. It is a {@link Clusterer}
 * first, and also a {@link Transformer} to those distances, so that it can feed another learner.
 * Immutable and safe for concurrent use; arrays returned are copies.
 *
 * <p><b>Data near the ends of the double range.</b> When the training rows were held scaled by a power
 * of two (features of 10^300 or 10^-300; see {@code Rows}), the model keeps its centres in those units
 * and scales every row it is given the same way, so labels and predictions are those of the unscaled
 * mathematics. Centres and distances are scaled back exactly. The inertia of such data may lie outside
 * the double range (rows of 10^300 have an inertia near 10^600): {@link #inertia()} and
 * {@link #inertia(Dataset)} then throw an {@link ArithmeticException} naming the value, never return
 * infinity, 0 or NaN, and {@link #toString()} shows the value as text.
 *
 * @see KMeans
 */
public final class KMeansModel implements Clusterer, Transformer {

    private final double[] centres;
    private final int clusters;
    private final int columns;
    private final int[] labels;
    /** The inertia in scaled units: the data's inertia times {@code 2^(2 scale)}. */
    private final double inertia;
    private final int iterations;
    private final KMeans learner;
    /** The power of two the training rows, and so the centres, were multiplied by: 0 for ordinary data. */
    private final int scale;

    KMeansModel(KMeans learner, LloydIterations.Result run, int columns) {
        this.learner = learner;
        this.centres = run.centres();
        this.columns = columns;
        this.clusters = run.centres().length / columns;
        this.labels = run.labels();
        this.inertia = run.inertia();
        this.iterations = run.iterations();
        this.scale = run.scale();
    }

    /** @return the centres, row-major, in the model's scaled units, for the model file */
    double[] flatCentres() {
        return centres.clone();
    }

    /** @return the inertia in the model's scaled units (the data's inertia for ordinary data), for the model file */
    double scaledInertia() {
        return inertia;
    }

    /** @return the power of two the training rows were multiplied by (0 for ordinary data), for the model file */
    int scale() {
        return scale;
    }

    @Override
    public KMeans learner() {
        return learner;
    }

    /** @return the number of clusters */
    @Override
    public int clusters() {
        return clusters;
    }

    /** @return the number of columns the model was fitted on */
    @Override
    public int columns() {
        return columns;
    }

    /** @return the centres, one row per cluster */
    public double[][] centres() {
        double[][] out = new double[clusters][];
        for (int c = 0; c < clusters; c++) {
            out[c] = Arrays.copyOfRange(centres, c * columns, (c + 1) * columns);
            Scaling.scale(out[c], 0, columns, -scale);
        }
        return out;
    }

    /**
     * @return the sum of squared distances from each training row to its centre
     * @throws ArithmeticException if that sum lies beyond the double range (above about 1.8e308, or a
     *     non-zero value below 2.2e-308, as for rows near 10^300 or 10^-300), naming the value
     */
    public double inertia() {
        return unscaledInertia("inertia", inertia);
    }

    /** An inertia in scaled units as a double in the data's units, or the error that names it. */
    private double unscaledInertia(String name, double scaled) {
        double v = Scaling.unscale(scaled, scale, 2);
        if (scaled != 0 && !(v >= Double.MIN_NORMAL && v <= Double.MAX_VALUE)) {
            throw new ArithmeticException(name + " must lie within the double range to be returned, got about "
                    + approximately(scaled) + "; the labels and centres are exact: the rows' magnitudes put their"
                    + " squared distances beyond the range");
        }
        return v;
    }

    /** A scaled inertia in the data's units as text, e.g. {@code 3.2e600}, whatever its size. */
    private String approximately(double scaled) {
        return approximately(scaled, 2);
    }

    /** A value in scaled units that scales with the data's {@code power}, in the data's units as text. */
    private String approximately(double scaled, int power) {
        return Scaling.approximately(scaled, -(long) power * scale);
    }

    /** @return the number of update steps the kept run took */
    public int iterations() {
        return iterations;
    }

    /** @return the cluster of each training row */
    public int[] labels() {
        return labels.clone();
    }


    /**
     * @param row the features; not modified
     * @return the index of the nearest centre (lowest index on ties)
     * @throws IllegalArgumentException if the row has the wrong width or a non-finite value
     */
    @Override
    public int predict(double[] row) {
        Check.rowWidth(row, columns);
        Check.allFinite("row", row);
        return nearest(scaled(row));
    }

    /**
     * The row in the centres' units: itself for ordinary data, else a scaled copy. A row so large that
     * its squared distances to the centres would overflow is refused, naming the column.
     */
    private double[] scaled(double[] row) {
        int limit = Scaling.queryLimit(2);
        double m = Scaling.maxAbs(row, 0, columns);
        if (m != 0 && Scaling.exponent(m) + scale > limit) {
            for (int j = 0; j < columns; j++) {
                if (row[j] != 0 && Scaling.exponent(row[j]) + scale > limit) {
                    throw new IllegalArgumentException("row must be at most about "
                            + Check.format(Scaling.unscale(Math.scalb(1.0, limit + 1), scale, 1))
                            + " in magnitude for this model, beyond which its squared distances to the centres"
                            + " overflow; column " + j + " is " + Check.format(row[j]));
                }
            }
        }
        double[] out = row;
        if (scale != 0) {
            out = row.clone();
            Scaling.scale(out, 0, columns, scale);
        }
        return out;
    }

    /** The nearest centre of a row in the centres' units, lowest index on ties. */
    private int nearest(double[] row) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int c = 0; c < clusters; c++) {
            double d = Vectors.squaredEuclidean(row, 0, centres, c * columns, columns);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best;
    }

    /**
     * @param data rows of {@link #columns()} features; not modified
     * @return the nearest centre of each row
     */
    @Override
    public int[] predict(Dataset data) {
        Check.columns(data, columns);
        int[] out = new int[data.rows()];
        double[] row = new double[columns];
        for (int i = 0; i < out.length; i++) {
            data.copyRow(i, row, 0);
            try {
                out[i] = predict(row);
            } catch (IllegalArgumentException e) {
                throw Check.inRow(i, e);
            }
        }
        return out;
    }

    /**
     * @param row the features; not modified
     * @return the Euclidean distance from the row to each centre
     * @throws IllegalArgumentException if the row has the wrong width or a non-finite value
     * @throws ArithmeticException if a distance lies beyond the double range (a row near
     *     {@code -Double.MAX_VALUE} and a centre near {@code +Double.MAX_VALUE} are about 3.6e308 apart),
     *     naming the centre and the value; the distance is computed exactly in the model's scaled units,
     *     so this is the true distance, not an overflow of the computation ({@link #predict(double[])}
     *     compares in those units and is unaffected)
     */
    @Override
    public double[] transform(double[] row) {
        Check.rowWidth(row, columns);
        Check.allFinite("row", row);
        double[] x = scaled(row);
        double[] out = new double[clusters];
        for (int c = 0; c < clusters; c++) {
            double d = Math.sqrt(Vectors.squaredEuclidean(x, 0, centres, c * columns, columns));
            double v = Scaling.unscale(d, scale, 1);
            if (Double.isInfinite(v) || (v == 0 && d != 0)) {
                throw new ArithmeticException("the distance to centre " + c + " must lie within the double range to"
                        + " be returned, got about " + approximately(d, 1) + "; the row's label is exact: the"
                        + " magnitudes of the row and the centre put their distance beyond the range");
            }
            out[c] = v;
        }
        return out;
    }

    /** @return the number of clusters: one distance per centre */
    @Override
    public int outputColumns() {
        return clusters;
    }

    /**
     * @param inputNames the input column names (not used)
     * @return {@code distance0, distance1, ...}: the distance to each centre
     */
    @Override
    public List<String> outputColumnNames(List<String> inputNames) {
        String[] names = new String[clusters];
        for (int c = 0; c < clusters; c++) {
            names[c] = "distance" + c;
        }
        return List.of(names);
    }

    /**
     * @param data rows of {@link #columns()} features; not modified
     * @return the inertia of the data against these centres: the sum of squared distances to the nearest
     *     centre (scikit-learn's {@code -score})
     * @throws ArithmeticException if it lies beyond the double range, as {@link #inertia()}
     */
    public double inertia(Dataset data) {
        Check.columns(data, columns);
        double sum = 0;
        double[] row = new double[columns];
        for (int i = 0; i < data.rows(); i++) {
            data.copyRow(i, row, 0);
            double[] x;
            try {
                Check.allFinite("row", row);
                x = scaled(row);
            } catch (IllegalArgumentException e) {
                throw Check.inRow(i, e);
            }
            sum += Vectors.squaredEuclidean(x, 0, centres, nearest(x) * columns, columns);
        }
        return unscaledInertia("inertia(data)", sum);
    }

    @Override
    public String toString() {
        String shown = scale == 0 ? String.valueOf(inertia) : approximately(inertia);
        return "KMeansModel[" + clusters + " clusters, inertia " + shown + ", " + iterations + " iterations]";
    }
}
