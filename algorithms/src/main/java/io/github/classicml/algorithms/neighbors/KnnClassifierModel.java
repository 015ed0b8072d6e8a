package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Check;
import io.github.classicml.core.ProbabilisticClassifier;
import io.github.classicml.core.linalg.Vectors;

import java.util.List;

/**
 * A fitted k-nearest-neighbours classifier: the stored training rows and their classes.
 *
 * <p>Immutable and safe for concurrent prediction: every prediction works in its own buffers.
 *
 * @see KnnClassifier
 */
public final class KnnClassifierModel implements ProbabilisticClassifier {

    private final int k;
    private final int columns;
    /** Training features, row-major. */
    private final double[] train;
    private final int[] classes;
    private final List<String> classNames;

    KnnClassifierModel(int k, int columns, double[] train, int[] classes, List<String> classNames) {
        this.k = k;
        this.columns = columns;
        this.train = train;
        this.classes = classes;
        this.classNames = classNames;
    }

    /** @return the number of neighbours that vote */
    public int k() {
        return k;
    }

    /** @return the number of stored training rows */
    public int trainingRows() {
        return classes.length;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    /**
     * Finds the k training rows nearest to a row.
     *
     * @param row the features; not modified
     * @return the training row indices, nearest first (equal distances: lower index first)
     */
    public int[] neighbors(double[] row) {
        Check.rowWidth(row, columns);
        int[] index = new int[k];
        nearest(row, index, new double[k]);
        return index;
    }

    @Override
    public int predict(double[] row) {
        return argmax(votes(row));
    }

    @Override
    public double[] predictProbabilities(double[] row) {
        int[] votes = votes(row);
        double[] p = new double[votes.length];
        for (int c = 0; c < votes.length; c++) {
            p[c] = votes[c] / (double) k;
        }
        return p;
    }

    private int[] votes(double[] row) {
        Check.rowWidth(row, columns);
        int[] index = new int[k];
        nearest(row, index, new double[k]);
        int[] votes = new int[classNames.size()];
        for (int i : index) {
            votes[classes[i]]++;
        }
        return votes;
    }

    /**
     * True if squared distance {@code d} is smaller than {@code e} by more than rounding noise: by more
     * than {@link KnnClassifier#TIE_TOLERANCE} relative to {@code e}.
     */
    static boolean nearer(double d, double e) {
        return d < e - KnnClassifier.TIE_TOLERANCE * e;
    }

    /** The first maximum: ties go to the lowest class index. */
    private static int argmax(int[] votes) {
        int best = 0;
        for (int c = 1; c < votes.length; c++) {
            if (votes[c] > votes[best]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Fills {@code index} and {@code distance} with the k nearest training rows in ascending order of
     * squared distance. Training rows are scanned in index order and a row moves ahead of another only
     * if it is {@linkplain #nearer(double, double) nearer beyond rounding}, so equal distances keep the
     * lower index first.
     */
    private void nearest(double[] row, int[] index, double[] distance) {
        int filled = 0;
        int n = classes.length;
        for (int i = 0; i < n; i++) {
            double d = Vectors.squaredEuclidean(row, 0, train, i * columns, columns);
            if (filled == k && !nearer(d, distance[k - 1])) {
                continue;
            }
            // insertion step: shift farther entries one place right
            int pos = filled < k ? filled++ : k - 1;
            while (pos > 0 && nearer(d, distance[pos - 1])) {
                distance[pos] = distance[pos - 1];
                index[pos] = index[pos - 1];
                pos--;
            }
            distance[pos] = d;
            index[pos] = i;
        }
    }
}
