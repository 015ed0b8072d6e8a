package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.Reseedable;
import io.github.classicml.core.internal.Parallel;
import io.github.classicml.core.internal.linalg.Scaling;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * k-means clustering: k centres placed to minimise the inertia, the sum over rows of the squared
 * Euclidean distance to the nearest centre, {@code sum_i min_j |x_i - c_j|^2}.
 *
 * <p>Lloyd's algorithm alternates two steps that each lower the inertia: assign every row to its
 * nearest centre, then move every centre to the mean of its rows. It stops when the labels no longer
 * change or when the centres moved, in total, by at most the tolerance: the squared centre shift
 * {@code sum_j |c_j(new) - c_j(old)|^2} is compared with {@code tolerance} times the mean of the
 * column variances, scikit-learn's definition (so the tolerance does not depend on the data's units).
 * Each iteration costs O(n·k·p). {@link Algorithm#HAMERLY} gives exactly the same iterations while
 * skipping most distance computations (see the class {@code Hamerly}); it pays off once the clusters
 * settle. The result is a local minimum that depends on the starting centres, so the fit is repeated
 * from {@code restarts} starts ({@link Init#K_MEANS_PLUS_PLUS} or {@link Init#RANDOM}) and the run of
 * lowest inertia is kept (the first on ties). Clusters that lose all their rows are refilled with the
 * row farthest from its centre, so a centre is never NaN.
 *
 * <p>Limits: k-means finds convex, similarly sized, similarly spread clusters; it needs the number of
 * clusters (see {@link ClusterCount} for the elbow and silhouette aids) and scaled features, since it
 * uses Euclidean distance. It needs at least {@code clusters} distinct rows.
 *
 * <p><b>Magnitudes near the ends of the double range</b> (features of 10^300 or 10^-300, whose squared
 * distances overflow or underflow): the rows are held multiplied by one exact power of two, so the
 * labels, iterations and centres are those of the same data at ordinary magnitudes; an inertia that is
 * itself beyond the double range (about 10^600 for rows of 10^300) is an {@link ArithmeticException}
 * naming it (see {@link KMeansModel#inertia()}).
 *
 * <p>Reference: S. P. Lloyd, "Least squares quantization in PCM", IEEE Transactions on Information
 * Theory 28(2), 1982; D. Arthur and S. Vassilvitskii, "k-means++: the advantages of careful seeding",
 * SODA 2007; G. Hamerly, "Making k-means even faster", SDM 2010.
 *
 * @param clusters the number of clusters k, at least 1 and at most the number of distinct rows
 * @param init how each run's starting centres are chosen; default {@link Init#K_MEANS_PLUS_PLUS}
 * @param restarts how many runs, at least 1, keeping the lowest inertia; default 10 (scikit-learn
 *     1.2's {@code n_init})
 * @param maxIterations the most update steps per run, at least 1; default 300
 * @param tolerance the relative tolerance on the squared centre shift, at least 0; default 1e-4
 * @param algorithm the assignment step; default {@link Algorithm#LLOYD}
 * @param seed the seed of the starting centres; each restart draws from its own split of it
 * @param threads the most threads the assignment and update steps use (a cap, the calling thread
 *     included; helpers come from a shared pool, see {@link io.github.classicml.core.Threads}), at
 *     least 0; 0 (the default) means one per available processor; the result does not depend on it
 * @see KMeansModel
 */
public record KMeans(int clusters, Init init, int restarts, int maxIterations, double tolerance,
                     Algorithm algorithm, long seed, int threads) implements Learner<KMeansModel>,
        Reseedable<KMeans> {

    /** How the starting centres are chosen. */
    public enum Init {
        /** Greedy k-means++ with {@code 2 + floor(ln k)} candidates per centre (scikit-learn's). */
        K_MEANS_PLUS_PLUS,
        /** k distinct rows chosen uniformly. */
        RANDOM
    }

    /** The assignment step; both give identical runs from the same start. */
    public enum Algorithm {
        /** Lloyd's: distances from every row to every centre, O(n·k·p) per iteration. */
        LLOYD,
        /** Hamerly's: bounds skip the rows whose nearest centre cannot have changed. */
        HAMERLY
    }

    /**
     * Validates the hyperparameters.
     *
     * @param clusters at least 1
     * @param init not null
     * @param restarts at least 1
     * @param maxIterations at least 1
     * @param tolerance at least 0 and finite
     * @param algorithm not null
     * @param seed any value
     * @param threads at least 0
     */
    public KMeans {
        Check.atLeast("clusters", clusters, 1);
        Check.notNull("init", init);
        Check.atLeast("restarts", restarts, 1);
        Check.atLeast("maxIterations", maxIterations, 1);
        Check.nonNegative("tolerance", tolerance);
        Check.notNull("algorithm", algorithm);
        Check.atLeast("threads", threads, 0);
    }

    /**
     * @param clusters the number of clusters
     * @return k-means with scikit-learn 1.2's defaults: k-means++, 10 restarts, 300 iterations,
     *     tolerance 1e-4, Lloyd; seed 0, all processors
     */
    public static KMeans of(int clusters) {
        return new KMeans(clusters, Init.K_MEANS_PLUS_PLUS, 10, 300, 1e-4, Algorithm.LLOYD, 0L, 0);
    }

    /**
     * @param value the number of clusters
     * @return a copy with it
     */
    public KMeans withClusters(int value) {
        return new KMeans(value, init, restarts, maxIterations, tolerance, algorithm, seed, threads);
    }

    /**
     * @param value the initialisation
     * @return a copy with it
     */
    public KMeans withInit(Init value) {
        return new KMeans(clusters, value, restarts, maxIterations, tolerance, algorithm, seed, threads);
    }

    /**
     * @param value the number of restarts
     * @return a copy with it
     */
    public KMeans withRestarts(int value) {
        return new KMeans(clusters, init, value, maxIterations, tolerance, algorithm, seed, threads);
    }

    /**
     * @param value the iteration limit
     * @return a copy with it
     */
    public KMeans withMaxIterations(int value) {
        return new KMeans(clusters, init, restarts, value, tolerance, algorithm, seed, threads);
    }

    /**
     * @param value the tolerance
     * @return a copy with it
     */
    public KMeans withTolerance(double value) {
        return new KMeans(clusters, init, restarts, maxIterations, value, algorithm, seed, threads);
    }

    /**
     * @param value the assignment step
     * @return a copy with it
     */
    public KMeans withAlgorithm(Algorithm value) {
        return new KMeans(clusters, init, restarts, maxIterations, tolerance, value, seed, threads);
    }

    /**
     * @param value the seed
     * @return a copy with it
     */
    public KMeans withSeed(long value) {
        return new KMeans(clusters, init, restarts, maxIterations, tolerance, algorithm, value, threads);
    }

    /**
     * @param value the number of threads (0: all processors)
     * @return a copy with it
     */
    public KMeans withThreads(int value) {
        return new KMeans(clusters, init, restarts, maxIterations, tolerance, algorithm, seed, value);
    }


    /**
     * Runs k-means {@code restarts} times and keeps the run of lowest inertia.
     *
     * @param data the rows (targets are ignored), all finite, at least {@code clusters} distinct; not
     *     modified
     * @return the model
     * @throws IllegalArgumentException if the data has a non-finite feature, or fewer rows or distinct
     *     rows than clusters
     */
    @Override
    public KMeansModel fit(Dataset data) {
        return fit(data, ProgressListener.NONE);
    }

    /**
     * Runs k-means {@code restarts} times and keeps the run of lowest inertia, reporting every
     * iteration: round = the restart, step = the iteration, loss = the inertia of that iteration's
     * assignment, change = the squared centre shift of its update. Computing the inertia costs one more
     * pass over the rows per iteration, paid only when a listener is given.
     *
     * @param data the rows, as for {@link #fit(Dataset)}; not modified
     * @param listener receives every iteration of every restart
     * @return the model, the same as {@link #fit(Dataset)} gives
     */
    @Override
    public KMeansModel fit(Dataset data, ProgressListener listener) {
        Check.notNull("listener", listener);
        checkShape(data);
        SplittableRandom master = new SplittableRandom(seed);
        try (Parallel parallel = Parallel.of(threads)) {
            Rows rows = rowsOf(data, parallel);
            double tol = rows.absoluteTolerance(tolerance);
            LloydIterations.Result best = null;
            for (int r = 0; r < restarts; r++) {
                SplittableRandom rng = master.split();
                double[] start = init == Init.RANDOM ? Seeding.random(rows, clusters, rng)
                        : Seeding.kMeansPlusPlus(rows, clusters, rng);
                LloydIterations.Result run = LloydIterations.run(rows, start, clusters, algorithm, maxIterations, tol,
                        listener, r + 1, restarts);
                if (best == null || run.inertia() < best.inertia()) {
                    best = run;
                }
            }
            return new KMeansModel(this, best, data.columns());
        }
    }

    /**
     * Runs k-means once from the given centres (restarts, init and seed are not used). From the same
     * centres both algorithms give the same model.
     *
     * @param data the rows, as for {@link #fit(Dataset)}; not modified
     * @param initialCentres {@code clusters} rows of the data's width; not modified
     * @return the model
     * @throws IllegalArgumentException if the data or centres do not fit
     */
    public KMeansModel fitFrom(Dataset data, double[][] initialCentres) {
        return fitFrom(data, initialCentres, ProgressListener.NONE);
    }

    /**
     * Runs k-means once from the given centres, reporting every iteration as
     * {@link #fit(Dataset, ProgressListener)} does (in one round).
     *
     * @param data the rows, as for {@link #fit(Dataset)}; not modified
     * @param initialCentres {@code clusters} rows of the data's width; not modified
     * @param listener receives every iteration
     * @return the model, the same as {@link #fitFrom(Dataset, double[][])} gives
     * @throws IllegalArgumentException if the data or centres do not fit
     */
    public KMeansModel fitFrom(Dataset data, double[][] initialCentres, ProgressListener listener) {
        Check.notNull("listener", listener);
        checkShape(data);
        try (Parallel parallel = Parallel.of(threads)) {
            Rows rows = rowsOf(data, parallel);
            Check.notNull("initialCentres", initialCentres);
            Check.that(initialCentres.length == clusters, () -> "initialCentres must have " + clusters
                    + " rows (clusters), got " + initialCentres.length);
            int p = data.columns();
            double[] start = new double[clusters * p];
            for (int c = 0; c < clusters; c++) {
                Check.notNull("initialCentres", c, initialCentres[c]);
                Check.rowLength("initialCentres", c, initialCentres[c].length, p);
                for (int j = 0; j < p; j++) {
                    Check.finite("initialCentres", c, j, initialCentres[c][j]);
                }
                System.arraycopy(initialCentres[c], 0, start, c * p, p);
            }
            // in the rows' units (see Rows): the same exact power of two; a centre so far out that its
            // squared distances to the rows would overflow is refused
            int limit = Scaling.queryLimit(2);
            for (int m = 0; m < start.length; m++) {
                int c = m / p;
                int j = m % p;
                double v = start[m];
                Check.that(v == 0 || Scaling.exponent(v) + rows.scale <= limit, () ->
                        "initialCentres must be at most about "
                        + Check.format(Scaling.unscale(Math.scalb(1.0, limit + 1), rows.scale, 1)) + " in magnitude for these rows, beyond which the squared distances overflow; row " + c
                        + ", column " + j + " is " + Check.format(initialCentres[c][j]));
            }
            Scaling.scale(start, 0, start.length, rows.scale);
            return new KMeansModel(this, LloydIterations.run(rows, start, clusters, algorithm, maxIterations,
                    rows.absoluteTolerance(tolerance), listener, 1, 1), p);
        }
    }

    private void checkShape(Dataset data) {
        Check.notNull("data", data);
        Check.minRows(data, 1);
        Check.atMost("clusters", clusters, data.rows(), "the number of rows");
    }

    /** Copies the rows (checking that they are finite) and checks that enough of them are distinct. */
    private Rows rowsOf(Dataset data, Parallel parallel) {
        Rows rows = Rows.copyOf(data, parallel);
        int distinct = distinctRows(rows, clusters);
        Check.that(distinct >= clusters, () -> "clusters must be <= the number of distinct rows (" + distinct + "), got "
                + clusters);
        return rows;
    }

    /** Counts distinct rows, stopping as soon as {@code enough} are found (-0.0 and 0.0 are the same). */
    private static int distinctRows(Rows rows, int enough) {
        Set<List<Double>> seen = new HashSet<>();
        for (int i = 0; i < rows.n && seen.size() < enough; i++) {
            Double[] key = new Double[rows.p];
            for (int j = 0; j < rows.p; j++) {
                key[j] = rows.x[i * rows.p + j] + 0.0;
            }
            seen.add(Arrays.asList(key));
        }
        return seen.size();
    }
}
