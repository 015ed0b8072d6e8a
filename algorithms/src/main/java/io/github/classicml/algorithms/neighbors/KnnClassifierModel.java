package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.ProbabilisticClassifier;

import java.util.List;

/**
 * A fitted k-nearest-neighbours classifier: the stored training rows, indexed for search, and their
 * classes.
 *
 * <p>Immutable and safe for concurrent prediction: every prediction works in its own buffers. Batch
 * predictions search blocks of rows on several threads and agree exactly with row-by-row predictions.
 *
 * @see KnnClassifier
 */
public final class KnnClassifierModel extends KnnModel implements ProbabilisticClassifier {

    private final int[] classes;
    private final List<String> classNames;

    private final KnnClassifier learner;

    KnnClassifierModel(KnnClassifier learner, FittedNeighbors search, int[] classes, List<String> classNames) {
        super(search, learner.weighting());
        this.learner = learner;
        this.classes = classes;
        this.classNames = classNames;
    }

    /** @return the class of each training row, for the model file */
    int[] trainingClasses() {
        return classes.clone();
    }

    @Override
    public KnnClassifier learner() {
        return learner;
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    @Override
    public int predict(double[] row) {
        return argmax(votes(row));
    }

    @Override
    public double[] predictProbabilities(double[] row) {
        return shares(votes(row));
    }

    @Override
    public int[] predict(Dataset data) {
        return predictAll(search.rowsOf(data), data.rows());
    }

    @Override
    public int[] predict(double[][] rows) {
        return predictAll(search.rowsOf(rows), rows.length);
    }

    @Override
    public double[][] predictProbabilities(Dataset data) {
        int n = data.rows();
        // rows x classes probabilities: bounded before any search or allocation
        Check.tableSize("the probability table", n, "rows", classNames.size(), "classes", Dataset.MAX_CELLS);
        int k = k();
        int[] found = new int[Check.tableSize("the neighbour table", n, "rows", k, "neighbours", Dataset.MAX_CELLS)];
        double[] reduced = new double[n * k];
        search.searchAll(search.rowsOf(data), n, found, reduced);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = shares(votes(found, reduced, i * k));
        }
        return out;
    }

    private int[] predictAll(double[] rows, int n) {
        int k = k();
        int[] found = new int[Check.tableSize("the neighbour table", n, "rows", k, "neighbours", Dataset.MAX_CELLS)];
        double[] reduced = new double[n * k];
        search.searchAll(rows, n, found, reduced);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = argmax(votes(found, reduced, i * k));
        }
        return out;
    }

    private double[] votes(double[] row) {
        int[] found = new int[k()];
        double[] reduced = new double[k()];
        search.search(row, found, reduced);
        return votes(found, reduced, 0);
    }

    /** Sums the neighbours' weights by class, nearest neighbour first. */
    private double[] votes(int[] found, double[] reduced, int offset) {
        int k = k();
        double[] weights = new double[k];
        double[] distances = new double[k];
        search.distances(reduced, offset, distances);
        weighting.weigh(distances, weights);
        double[] votes = new double[classNames.size()];
        for (int j = 0; j < k; j++) {
            votes[classes[found[offset + j]]] += weights[j];
        }
        return votes;
    }

    /** The vote shares: each class's votes over the total, summed in class order. */
    private static double[] shares(double[] votes) {
        double total = 0;
        for (double v : votes) {
            total += v;
        }
        double[] p = new double[votes.length];
        for (int c = 0; c < votes.length; c++) {
            p[c] = votes[c] / total;
        }
        return p;
    }

    /** The first maximum: ties go to the lowest class index. */
    private static int argmax(double[] votes) {
        int best = 0;
        for (int c = 1; c < votes.length; c++) {
            if (votes[c] > votes[best]) {
                best = c;
            }
        }
        return best;
    }
}
