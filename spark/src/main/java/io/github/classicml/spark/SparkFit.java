package io.github.classicml.spark;

import io.github.classicml.algorithms.bayes.GaussianNaiveBayes;
import io.github.classicml.algorithms.bayes.GaussianNaiveBayesModel;
import io.github.classicml.algorithms.bayes.MultinomialNaiveBayes;
import io.github.classicml.algorithms.bayes.MultinomialNaiveBayesModel;
import io.github.classicml.algorithms.bayes.NaiveBayesStatistics;
import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.cluster.KMeansModel;
import io.github.classicml.algorithms.cluster.KMeansSteps;
import io.github.classicml.algorithms.linear.LeastSquaresStatistics;
import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.linear.LinearRegressionModel;
import io.github.classicml.algorithms.linear.LogisticRegression;
import io.github.classicml.algorithms.linear.LogisticRegressionModel;
import io.github.classicml.algorithms.linear.LogisticStatistics;
import io.github.classicml.algorithms.linear.Ridge;
import io.github.classicml.algorithms.linear.RidgeModel;
import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Fits classicml learners on rows held by Spark and returns the ordinary classicml models: each learner's
 * training is a sum over rows, so every partition computes its sufficient statistics, {@code treeAggregate}
 * combines them, and the driver finishes with the single-machine code (the distributed entry points of
 * {@code algorithms}: {@link KMeansSteps}, {@link NaiveBayesStatistics}). The models predict on one
 * machine, save and load as model files, and explain themselves as if fitted on one machine; for batch
 * scoring on Spark see {@link SparkScoring}.
 *
 * <p>How the answers relate to a single-machine fit on the same rows: counts are equal; sums differ only
 * in the order of additions (partitions combined in a tree instead of fixed chunks), a relative
 * difference of a few ulps whatever the number of partitions; k-means from the same initial centres
 * assigns every row to the same cluster in every iteration, so it runs the same iterations.
 *
 * <p>Cost: one pass over the data per statistic (k-means: one per iteration, plus two for the tolerance,
 * one for the final labels, one per empty-cluster refill); the driver holds only the statistics
 * ({@code O(k p)}), except the k-means training labels (one int per row, gathered so that the model is
 * the single-machine model).
 */
public final class SparkFit {

    private SparkFit() {
    }

    /**
     * Gaussian naive Bayes: per-partition class counts, means and squared deviations, merged pairwise
     * (Chan, Golub and LeVeque).
     *
     * @param learner the learner
     * @param data rows with a class target
     * @return the model {@code learner.fit} gives on the same rows, to a few ulps
     */
    public static GaussianNaiveBayesModel gaussianNaiveBayes(GaussianNaiveBayes learner, SparkData data) {
        Check.notNull("learner", learner);
        Check.notNull("data", data);
        List<String> classes = data.classNames();
        int k = classes.size();
        int p = data.columns();
        List<String> columns = data.featureColumns();
        double[] zero = NaiveBayesStatistics.emptyGaussian(k, p);
        double[] total = data.classificationRows(classes)
                .mapPartitions(rows -> single(partStatistics(rows, p, classes, true, zero)))
                .treeAggregate(zero, (a, b) -> NaiveBayesStatistics.mergeGaussian(a, b, k),
                        (a, b) -> NaiveBayesStatistics.mergeGaussian(a, b, k));
        return NaiveBayesStatistics.gaussianModel(learner, total, columns, classes);
    }

    /**
     * Multinomial naive Bayes: per-partition class counts and column sums, added.
     *
     * @param learner the learner
     * @param data rows of non-negative counts with a class target
     * @return the model {@code learner.fit} gives on the same rows (equal for integer counts)
     */
    public static MultinomialNaiveBayesModel multinomialNaiveBayes(MultinomialNaiveBayes learner, SparkData data) {
        Check.notNull("learner", learner);
        Check.notNull("data", data);
        List<String> classes = data.classNames();
        int k = classes.size();
        int p = data.columns();
        double[] zero = new double[k + k * p];
        double[] total = data.classificationRows(classes)
                .mapPartitions(rows -> single(partStatistics(rows, p, classes, false, zero)))
                .treeAggregate(zero, NaiveBayesStatistics::mergeMultinomial, NaiveBayesStatistics::mergeMultinomial);
        return NaiveBayesStatistics.multinomialModel(learner, total, data.featureColumns(), classes);
    }

    private static double[] partStatistics(Iterator<double[]> rows, int p, List<String> classes, boolean gaussian,
                                           double[] zero) {
        List<double[]> features = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        while (rows.hasNext()) {
            double[] row = rows.next();
            features.add(java.util.Arrays.copyOf(row, p));
            labels.add((int) row[p]);
        }
        if (features.isEmpty()) {
            return zero.clone();
        }
        int[] indices = labels.stream().mapToInt(Integer::intValue).toArray();
        Dataset part = Dataset.of(features.toArray(new double[0][])).withClasses(indices, classes);
        return gaussian ? NaiveBayesStatistics.gaussian(part) : NaiveBayesStatistics.multinomial(part);
    }

    private static <T> Iterator<T> single(T value) {
        return List.of(value).iterator();
    }

    /**
     * k-means with the learner's settings from a seed: the initial centres are those of a
     * single-machine fit of the same learner on a seeded sample of at most {@code sampleRows} rows
     * (k-means++ seeding and Lloyd iterations on the sample, a cheap and good start), then Lloyd
     * iterations on all rows as {@link #kMeans(KMeans, SparkData, double[][])} runs them. The sample is
     * Spark's seeded Bernoulli sample, whose per-partition streams depend on the partitioning: the same
     * seed on another partitioning may start elsewhere (from given centres the run does not depend on it).
     *
     * @param learner the learner (its seed draws the sample)
     * @param data the rows
     * @param sampleRows rows in the seeding sample, at least the number of clusters
     * @return the model
     */
    public static KMeansModel kMeans(KMeans learner, SparkData data, int sampleRows) {
        Check.notNull("learner", learner);
        Check.notNull("data", data);
        Check.atLeast("sampleRows", sampleRows, learner.clusters());
        JavaRDD<double[]> rows = data.features();
        long n = rows.count();
        double fraction = Math.min(1.0, 2.0 * sampleRows / Math.max(1, n));
        List<double[]> sample = rows.sample(false, fraction, learner.seed()).take(sampleRows);
        Check.that(sample.size() >= learner.clusters(), () -> "the seeding sample must have at least "
                + learner.clusters() + " rows (clusters), got " + sample.size());
        KMeansModel seeded = learner.fit(Dataset.of(sample.toArray(new double[0][])));
        return kMeans(learner, data, seeded.centres());
    }

    /**
     * k-means from given centres: the Lloyd iterations of {@link KMeans#fitFrom} on Spark. Each iteration
     * is one pass in which every partition assigns its rows to the nearest centre (exact squared distance,
     * ties to the lowest index, as on one machine) and sums each cluster's rows; the driver moves the
     * centres to the means. The run stops as {@link KMeans} stops: no label changed (checked by also
     * assigning each row to the previous centres), the squared centre shift at most the learner's
     * tolerance times the mean column variance, or the iteration limit. An empty cluster is refilled with
     * the row farthest from its centre among clusters that keep another row, ties to the lowest row index
     * (one extra pass per empty cluster), as on one machine.
     *
     * @param learner the learner (clusters, iterations, tolerance; its assignment algorithm is Lloyd's here)
     * @param data the rows
     * @param initialCentres {@code clusters} rows of the data's width; not modified
     * @return the model {@code learner.fitFrom(rows, initialCentres)} gives: the same labels and
     *     iterations, centres and inertia to a few ulps
     */
    public static KMeansModel kMeans(KMeans learner, SparkData data, double[][] initialCentres) {
        Check.notNull("learner", learner);
        Check.notNull("data", data);
        Check.notNull("initialCentres", initialCentres);
        int k = learner.clusters();
        int p = data.columns();
        Check.that(initialCentres.length == k, () -> "initialCentres must have " + k + " rows (clusters), got "
                + initialCentres.length);
        double[] centres = new double[k * p];
        for (int c = 0; c < k; c++) {
            Check.rowLength("initialCentres", c, initialCentres[c].length, p);
            System.arraycopy(initialCentres[c], 0, centres, c * p, p);
        }
        JavaRDD<Tuple2<double[], Long>> rows = data.features().zipWithIndex().map(t -> t).cache();
        try {
            double[] moments = rows.treeAggregate(new double[p + 1], (acc, row) -> {
                for (int j = 0; j < p; j++) {
                    acc[j] += row._1()[j];
                }
                acc[p]++;
                return acc;
            }, SparkFit::addInto);
            long n = (long) moments[p];
            Check.that(n >= k, () -> "clusters must be <= the number of rows (" + n + "), got " + k);
            double[] mean = new double[p];
            for (int j = 0; j < p; j++) {
                mean[j] = moments[j] / n;
            }
            double[] squares = rows.treeAggregate(new double[p], (acc, row) -> {
                for (int j = 0; j < p; j++) {
                    double d = row._1()[j] - mean[j];
                    acc[j] += d * d;
                }
                return acc;
            }, SparkFit::addInto);
            for (int j = 0; j < p; j++) {
                squares[j] /= n;
            }
            double tolerance = KMeansSteps.absoluteTolerance(learner.tolerance(), squares);
            double[] previous = null;
            boolean strict = false;
            int iterations = 0;
            while (iterations < learner.maxIterations()) {
                double[] current = centres;
                double[] before = previous;
                // [sums (k p), counts (k), changed]
                double[] stats = rows.treeAggregate(new double[k * p + k + 1], (acc, row) -> {
                    double[] x = row._1();
                    int c = KMeansSteps.nearest(current, k, x);
                    if (before == null || KMeansSteps.nearest(before, k, x) != c) {
                        acc[k * p + k] = 1;
                    }
                    for (int j = 0; j < p; j++) {
                        acc[c * p + j] += x[j];
                    }
                    acc[k * p + c]++;
                    return acc;
                }, SparkFit::kMeansCombine);
                double[] sums = java.util.Arrays.copyOf(stats, k * p);
                long[] counts = new long[k];
                for (int c = 0; c < k; c++) {
                    counts[c] = (long) stats[k * p + c];
                }
                refillEmpty(rows, current, sums, counts, p);
                double[] updated = KMeansSteps.update(sums, counts, p);
                double shift = KMeansSteps.shift(updated, current);
                previous = current;
                centres = updated;
                iterations++;
                if (stats[k * p + k] == 0) {
                    strict = true;
                    break;
                }
                if (shift <= tolerance) {
                    break;
                }
            }
            // the labels: after a strict stop those of the last assignment (to the centres before the update)
            double[] labelCentres = strict ? previous : centres;
            double[] finalCentres = centres;
            List<Integer> labelList = rows.map(row -> KMeansSteps.nearest(labelCentres, k, row._1())).collect();
            int[] labels = labelList.stream().mapToInt(Integer::intValue).toArray();
            double inertia = rows.treeAggregate(new double[1], (acc, row) -> {
                acc[0] += KMeansSteps.squaredDistance(finalCentres, KMeansSteps.nearest(labelCentres, k, row._1()),
                        row._1());
                return acc;
            }, SparkFit::addInto)[0];
            return KMeansSteps.model(learner, centres, p, labels, inertia, iterations);
        } finally {
            rows.unpersist(false);
        }
    }

    /**
     * Refills each empty cluster, in index order, with the row farthest from its own centre among the
     * clusters that keep at least one other row (ties to the lowest row index), moving the row's
     * coordinates from its cluster's sum: one pass per empty cluster.
     */
    private static void refillEmpty(JavaRDD<Tuple2<double[], Long>> rows, double[] centres, double[] sums,
                                    long[] counts, int p) {
        int k = counts.length;
        Set<Long> taken = new HashSet<>();
        for (int empty = 0; empty < k; empty++) {
            if (counts[empty] > 0) {
                continue;
            }
            long[] countsNow = counts.clone();
            HashSet<Long> takenNow = new HashSet<>(taken);
            // [distance, row index, label, row...]; row index -1: none yet
            double[] none = new double[3 + p];
            none[1] = -1;
            double[] far = rows.treeAggregate(none, (best, row) -> {
                double[] x = row._1();
                int label = KMeansSteps.nearest(centres, k, x);
                if (takenNow.contains(row._2()) || countsNow[label] < 2) {
                    return best;
                }
                double d = KMeansSteps.squaredDistance(centres, label, x);
                double[] candidate = new double[3 + p];
                candidate[0] = d;
                candidate[1] = row._2();
                candidate[2] = label;
                System.arraycopy(x, 0, candidate, 3, p);
                return farther(best, candidate);
            }, SparkFit::farther);
            int cluster = empty;
            Check.that(far[1] >= 0, () -> "cluster " + cluster + " is empty and no row can refill it: clusters must"
                    + " be <= the number of distinct rows");
            taken.add((long) far[1]);
            int from = (int) far[2];
            counts[from]--;
            counts[empty] = 1;
            for (int j = 0; j < p; j++) {
                sums[from * p + j] -= far[3 + j];
                sums[empty * p + j] = far[3 + j];
            }
        }
    }

    private static double[] farther(double[] a, double[] b) {
        if (a[1] < 0) {
            return b;
        }
        if (b[1] < 0) {
            return a;
        }
        if (a[0] != b[0]) {
            return a[0] > b[0] ? a : b;
        }
        return a[1] < b[1] ? a : b;
    }

    private static double[] kMeansCombine(double[] a, double[] b) {
        int last = a.length - 1;
        double changed = Math.max(a[last], b[last]);
        addInto(a, b);
        a[last] = changed;
        return a;
    }

    private static double[] addInto(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }

    /**
     * Ordinary least squares: the triangular factor of the centred design and target by TSQR
     * (per-partition Householder QR, factors merged by {@code treeAggregate}), the solve and one step of
     * iterative refinement on the driver ({@link LeastSquaresStatistics}). Four passes: means, factor,
     * refinement, residual sum of squares.
     *
     * @param learner the learner
     * @param data rows with a numeric target
     * @return the model {@code learner.fit} gives on the same rows (coefficients to about 1e-9 relative
     *     on the NIST problems), with its statistics
     */
    public static LinearRegressionModel linearRegression(LinearRegression learner, SparkData data) {
        Check.notNull("learner", learner);
        Check.notNull("data", data);
        int p = data.columns();
        JavaRDD<double[]> rows = data.regressionRows().cache();
        try {
            Centred centred = centre(rows, p, learner.fitIntercept());
            double[] r = factor(rows, centred);
            double[] xMean = centred.xMean();
            double yMean = centred.yMean();
            double[] b = LeastSquaresStatistics.coefficients(r, data.featureColumns());
            double b0 = learner.fitIntercept() ? yMean - dot(xMean, b) : 0.0;
            // [g (p), sum of residuals, total sum of squares]
            double[] pass = rows.treeAggregate(new double[p + 2], (acc, row) -> {
                double[] x = java.util.Arrays.copyOf(row, p);
                double res = LeastSquaresStatistics.residual(row[p], b0, x, b);
                for (int j = 0; j < p; j++) {
                    acc[j] += (x[j] - xMean[j]) * res;
                }
                acc[p] += res;
                double dy = row[p] - yMean;
                acc[p + 1] += dy * dy;
                return acc;
            }, SparkFit::addInto);
            long n = centred.rows();
            double mean = learner.fitIntercept() ? pass[p] / n : 0.0;
            double[] delta = LeastSquaresStatistics.correction(r, p, java.util.Arrays.copyOf(pass, p));
            double delta0 = learner.fitIntercept() ? mean - dot(xMean, delta) : 0.0;
            double rss = rows.treeAggregate(new double[1], (acc, row) -> {
                double[] x = java.util.Arrays.copyOf(row, p);
                double res = LeastSquaresStatistics.residual(row[p], b0, x, b) - delta0 - dot(x, delta);
                acc[0] += res * res;
                return acc;
            }, SparkFit::addInto)[0];
            double[] refined = b.clone();
            for (int j = 0; j < p; j++) {
                refined[j] += delta[j];
            }
            return LeastSquaresStatistics.linearRegression(learner, data.featureColumns(), r, xMean, n, b0 + delta0,
                    refined, rss, pass[p + 1]);
        } finally {
            rows.unpersist(false);
        }
    }

    /**
     * Ridge regression: the same TSQR factor as {@link #linearRegression}, then the SVD of its
     * {@code p x p} part on the driver ({@link LeastSquaresStatistics#ridge}). Two passes.
     *
     * @param learner the learner
     * @param data rows with a numeric target
     * @return the model {@code learner.fit} gives on the same rows, to rounding
     */
    public static RidgeModel ridge(Ridge learner, SparkData data) {
        Check.notNull("learner", learner);
        Check.notNull("data", data);
        int p = data.columns();
        JavaRDD<double[]> rows = data.regressionRows().cache();
        try {
            Centred centred = centre(rows, p, learner.fitIntercept());
            return LeastSquaresStatistics.ridge(learner, factor(rows, centred), centred.xMean(), centred.yMean());
        } finally {
            rows.unpersist(false);
        }
    }

    /** The means of the features and target (zeros without an intercept) and the number of rows. */
    private record Centred(double[] xMean, double yMean, long rows) {
    }

    private static Centred centre(JavaRDD<double[]> rows, int p, boolean intercept) {
        double[] first = rows.first();
        // sums of the rows' differences from the first row: no cancellation for data with a large offset
        double[] sums = rows.treeAggregate(new double[p + 2], (acc, row) -> {
            for (int j = 0; j <= p; j++) {
                acc[j] += row[j] - first[j];
            }
            acc[p + 1]++;
            return acc;
        }, SparkFit::addInto);
        long n = (long) sums[p + 1];
        double[] xMean = new double[p];
        double yMean = 0;
        if (intercept) {
            for (int j = 0; j < p; j++) {
                xMean[j] = first[j] + sums[j] / n;
            }
            yMean = first[p] + sums[p] / n;
        }
        return new Centred(xMean, yMean, n);
    }

    /** TSQR: per partition, blocks of rows factored and merged in order; partitions merged by treeAggregate. */
    private static double[] factor(JavaRDD<double[]> rows, Centred centred) {
        double[] xMean = centred.xMean();
        double yMean = centred.yMean();
        int p = xMean.length;
        int q = p + 1;
        double[] zero = new double[q * q];
        return rows.mapPartitions(part -> {
            double[] r = zero.clone();
            double[] block = new double[FACTOR_BLOCK * q];
            int m = 0;
            while (part.hasNext()) {
                double[] row = part.next();
                for (int j = 0; j < p; j++) {
                    block[m * q + j] = row[j] - xMean[j];
                }
                block[m * q + p] = row[p] - yMean;
                if (++m == FACTOR_BLOCK) {
                    r = LeastSquaresStatistics.mergeFactors(r, LeastSquaresStatistics.triangularFactor(block, m, q), q);
                    m = 0;
                }
            }
            if (m > 0) {
                r = LeastSquaresStatistics.mergeFactors(r,
                        LeastSquaresStatistics.triangularFactor(java.util.Arrays.copyOf(block, m * q), m, q), q);
            }
            return single(r);
        }).treeAggregate(zero, (a, b) -> LeastSquaresStatistics.mergeFactors(a, b, q),
                (a, b) -> LeastSquaresStatistics.mergeFactors(a, b, q));
    }

    /** Rows per Householder QR inside a partition. */
    private static final int FACTOR_BLOCK = 1024;

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * L2-penalised logistic regression (binary or multinomial): every objective evaluation of the
     * library's L-BFGS is one pass in which each partition computes its rows' log-loss and gradient
     * ({@link LogisticStatistics#partLoss}) and {@code treeAggregate} adds them; the ridge term and the
     * solver run on the driver ({@link LogisticStatistics#fit}). The rows are cached as one packed block
     * per partition for the duration of the fit.
     *
     * @param learner the learner, with penalty {@code L2}
     * @param data rows with a class target of at least two classes
     * @return the model {@code learner.fit} gives on the same rows, to the solver's tolerance
     * @throws IllegalArgumentException if the penalty is not L2 or there is one class only
     */
    public static LogisticRegressionModel logisticRegression(LogisticRegression learner, SparkData data) {
        Check.notNull("learner", learner);
        Check.notNull("data", data);
        Check.that(learner.penalty() == LogisticRegression.Penalty.L2, () -> "penalty must be L2 for the "
                + "distributed fit, got " + learner.penalty());
        List<String> classes = data.classNames();
        int k = classes.size();
        Check.that(k >= 2, () -> "data must have rows of at least 2 classes, got " + k);
        int p = data.columns();
        // one block per partition: [m, features (m p), classes (m)]
        JavaRDD<double[]> blocks = data.classificationRows(classes).mapPartitions(part -> {
            List<double[]> rows = new ArrayList<>();
            part.forEachRemaining(rows::add);
            int m = rows.size();
            double[] block = new double[1 + m * (p + 1)];
            block[0] = m;
            for (int i = 0; i < m; i++) {
                System.arraycopy(rows.get(i), 0, block, 1 + i * p, p);
                block[1 + m * p + i] = rows.get(i)[p];
            }
            return single(block);
        }).cache();
        try {
            double[] counted = blocks.treeAggregate(new double[k], (acc, block) -> {
                int m = (int) block[0];
                for (int i = 0; i < m; i++) {
                    acc[(int) block[1 + m * p + i]]++;
                }
                return acc;
            }, SparkFit::addInto);
            int[] counts = new int[k];
            for (int c = 0; c < k; c++) {
                counts[c] = (int) counted[c];
            }
            double[] classWeight = LogisticStatistics.classWeights(learner, counts);
            int vectors = LogisticStatistics.vectors(k);
            int dimension = vectors * (p + 1);
            boolean intercept = learner.fitIntercept();
            // the one-machine fit's units (powers of two: columns by their largest magnitude, row weights
            // by the largest), from one more pass, so that both solve the same problem in the same units
            double[] columnMaxima = blocks.treeAggregate(new double[p], (acc, block) -> {
                int m = (int) block[0];
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < p; j++) {
                        acc[j] = Math.max(acc[j], Math.abs(block[1 + i * p + j]));
                    }
                }
                return acc;
            }, (a, b) -> {
                for (int j = 0; j < p; j++) {
                    a[j] = Math.max(a[j], b[j]);
                }
                return a;
            });
            double largestRowWeight = 0;
            for (int c = 0; c < k; c++) {
                largestRowWeight = counts[c] > 0 ? Math.max(largestRowWeight, classWeight[c]) : largestRowWeight;
            }
            int[] units = LogisticStatistics.units(learner, columnMaxima, largestRowWeight);
            return LogisticStatistics.fit(learner, p, classes, units, (theta, gradient) -> {
                double[] total = blocks.map(block -> {
                    int m = (int) block[0];
                    double[] out = new double[1 + dimension];
                    if (m == 0) {
                        return out;
                    }
                    double[] x = java.util.Arrays.copyOfRange(block, 1, 1 + m * p);
                    int[] y = new int[m];
                    double[] w = new double[m];
                    for (int i = 0; i < m; i++) {
                        int c = (int) block[1 + m * p + i];
                        y[i] = c;
                        w[i] = classWeight[c];
                    }
                    LogisticStatistics.toFitUnits(units, x, m, p, w);
                    double[] g = new double[dimension];
                    out[0] = LogisticStatistics.partLoss(x, m, p, y, w, vectors, intercept, theta, g);
                    System.arraycopy(g, 0, out, 1, dimension);
                    return out;
                }).treeAggregate(new double[1 + dimension], SparkFit::addInto, SparkFit::addInto);
                System.arraycopy(total, 1, gradient, 0, dimension);
                return total[0];
            });
        } finally {
            blocks.unpersist(false);
        }
    }
}
