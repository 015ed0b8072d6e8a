package io.github.classicml.metrics;

import io.github.classicml.core.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * The confusion matrix of a classifier: how many rows of each actual class were predicted as each
 * class.
 *
 * <p>Cell {@code (a, p)} counts the rows whose actual class is {@code a} and whose predicted class is
 * {@code p}, so rows are actual classes and columns predicted ones, as in scikit-learn's
 * {@code confusion_matrix}. The diagonal holds the correct predictions; accuracy is the trace divided
 * by the total. Building it is one pass over the labels, O(n + k²) time and O(k²) memory.
 *
 * <p>Immutable: the counts are copied out on request.
 */
public final class ConfusionMatrix {

    private final List<String> classNames;
    private final int classCount;
    /** Row-major k x k counts: actual class by predicted class. */
    private final long[] counts;
    private final long total;

    private ConfusionMatrix(List<String> classNames, long[] counts, long total) {
        this.classNames = classNames;
        this.classCount = classNames.size();
        this.counts = counts;
        this.total = total;
    }

    /**
     * Counts actual against predicted classes.
     *
     * @param actual the true class index of each row; not modified
     * @param predicted the predicted class index of each row; not modified
     * @param classNames the name of each class, by index; every index must be below its size
     * @return the matrix
     * @throws IllegalArgumentException if the lengths differ, the input is empty, or an index is out of range
     */
    public static ConfusionMatrix of(int[] actual, int[] predicted, List<String> classNames) {
        Check.notNull(actual, "actual");
        Check.notNull(predicted, "predicted");
        Check.notNull(classNames, "classNames");
        Check.sameLength("actual", actual.length, "predicted", predicted.length);
        Check.notEmpty("actual", actual.length);
        int k = Check.atLeast("number of classes", classNames.size(), 1);
        long[] counts = new long[k * k];
        for (int i = 0; i < actual.length; i++) {
            int a = actual[i];
            int p = predicted[i];
            // one unsigned comparison per label tests 0 <= index < k
            if (Integer.compareUnsigned(a, k) >= 0) {
                Check.classIndex("actual", i, a, k);
            }
            if (Integer.compareUnsigned(p, k) >= 0) {
                Check.classIndex("predicted", i, p, k);
            }
            counts[a * k + p]++;
        }
        return new ConfusionMatrix(List.copyOf(classNames), counts, actual.length);
    }

    /**
     * Counts actual against predicted classes, naming the classes {@code 0..k-1} with
     * {@code k = 1 + max(actual, predicted)}.
     *
     * @param actual the true class index of each row; not modified
     * @param predicted the predicted class index of each row; not modified
     * @return the matrix
     */
    public static ConfusionMatrix of(int[] actual, int[] predicted) {
        Check.notNull(actual, "actual");
        Check.notNull(predicted, "predicted");
        int max = 0;
        for (int i = 0; i < actual.length; i++) {
            Check.atLeast("actual[" + i + "]", actual[i], 0);
            max = Math.max(max, actual[i]);
        }
        for (int i = 0; i < predicted.length; i++) {
            Check.atLeast("predicted[" + i + "]", predicted[i], 0);
            max = Math.max(max, predicted[i]);
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c <= max; c++) {
            names.add(Integer.toString(c));
        }
        return of(actual, predicted, names);
    }

    /** @return the class names by index (unmodifiable) */
    public List<String> classNames() {
        return classNames;
    }

    /** @return the number of classes k */
    public int classCount() {
        return classCount;
    }

    /** @return the number of rows counted */
    public long total() {
        return total;
    }

    /**
     * @param actual an actual class index
     * @param predicted a predicted class index
     * @return how many rows of class {@code actual} were predicted as {@code predicted}
     */
    public long count(int actual, int predicted) {
        Check.classIndex("actual", 0, actual, classCount);
        Check.classIndex("predicted", 0, predicted, classCount);
        return counts[actual * classCount + predicted];
    }

    /** @return a copy of the counts, {@code [actual][predicted]} */
    public long[][] counts() {
        long[][] out = new long[classCount][classCount];
        for (int a = 0; a < classCount; a++) {
            System.arraycopy(counts, a * classCount, out[a], 0, classCount);
        }
        return out;
    }

    /** @return the number of correct predictions: the sum of the diagonal */
    public long trace() {
        long t = 0;
        for (int c = 0; c < classCount; c++) {
            t += counts[c * classCount + c];
        }
        return t;
    }

    /** @return accuracy = correct / total = trace / n, in [0, 1] */
    public double accuracy() {
        return (double) trace() / total;
    }

    /** @return the working of {@link #accuracy()}: {@code accuracy = correct / total = 43 / 45 = 0.956} */
    public String explainAccuracy() {
        return String.format(java.util.Locale.ROOT, "accuracy = correct / total = %d / %d = %.3f",
                trace(), total, accuracy());
    }

    /**
     * Renders the matrix as a table: one line per actual class, one column per predicted class.
     *
     * @return the table, lines separated by {@code \n}
     */
    @Override
    public String toString() {
        String corner = "actual \\ predicted";
        int labelWidth = corner.length();
        int cellWidth = 1;
        for (String name : classNames) {
            labelWidth = Math.max(labelWidth, name.length());
            cellWidth = Math.max(cellWidth, name.length());
        }
        for (long c : counts) {
            cellWidth = Math.max(cellWidth, Long.toString(c).length());
        }
        String label = "%-" + labelWidth + "s";
        String cell = "%" + (cellWidth + 2) + "s";
        StringBuilder sb = new StringBuilder(String.format(label, corner));
        for (String name : classNames) {
            sb.append(String.format(cell, name));
        }
        sb.append('\n');
        for (int a = 0; a < classCount; a++) {
            sb.append(String.format(label, classNames.get(a)));
            for (int p = 0; p < classCount; p++) {
                sb.append(String.format(cell, counts[a * classCount + p]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
