package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Check;
import io.github.classicml.core.Clusterer;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Transformer;
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
 * @see KMeans
 */
public final class KMeansModel implements Clusterer, Transformer {

    private final double[] centres;
    private final int clusters;
    private final int columns;
    private final int[] labels;
    private final double inertia;
    private final int iterations;
    private final KMeans learner;

    KMeansModel(KMeans learner, LloydIterations.Result run, int columns) {
        this.learner = learner;
        this.centres = run.centres();
        this.columns = columns;
        this.clusters = run.centres().length / columns;
        this.labels = run.labels();
        this.inertia = run.inertia();
        this.iterations = run.iterations();
    }

    /** @return the centres, row-major, for the model file */
    double[] flatCentres() {
        return centres.clone();
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
        }
        return out;
    }

    /** @return the sum of squared distances from each training row to its centre */
    public double inertia() {
        return inertia;
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
     */
    @Override
    public double[] transform(double[] row) {
        Check.rowWidth(row, columns);
        Check.allFinite("row", row);
        double[] out = new double[clusters];
        for (int c = 0; c < clusters; c++) {
            out[c] = Math.sqrt(Vectors.squaredEuclidean(row, 0, centres, c * columns, columns));
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
     */
    public double inertia(Dataset data) {
        Check.columns(data, columns);
        double sum = 0;
        double[] row = new double[columns];
        for (int i = 0; i < data.rows(); i++) {
            data.copyRow(i, row, 0);
            int nearest;
            try {
                nearest = predict(row);
            } catch (IllegalArgumentException e) {
                throw Check.inRow(i, e);
            }
            sum += Vectors.squaredEuclidean(row, 0, centres, nearest * columns, columns);
        }
        return sum;
    }

    @Override
    public String toString() {
        return "KMeansModel[" + clusters + " clusters, inertia " + inertia + ", " + iterations + " iterations]";
    }
}
