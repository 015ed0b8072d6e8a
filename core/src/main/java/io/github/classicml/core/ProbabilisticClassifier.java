package io.github.classicml.core;

/**
 * A classifier that also estimates the probability of each class.
 *
 * <p>Probabilities are indexed like {@link #classNames()}, are non-negative and sum to 1 (up to
 * rounding). {@link #predict(double[])} returns the class of highest probability, the lowest index
 * among ties, unless an implementation documents another rule.
 */
public interface ProbabilisticClassifier extends Classifier {

    /**
     * Estimates the class probabilities of one row.
     *
     * @param row the features, {@link #columns()} of them; not modified
     * @return one probability per class
     * @throws IllegalArgumentException if the row has the wrong width
     */
    double[] predictProbabilities(double[] row);

    /**
     * Estimates the class probabilities of every row of a dataset. Agrees exactly with
     * {@link #predictProbabilities(double[])} row by row.
     *
     * @param data rows of {@link #columns()} features; not modified
     * @return one array of class probabilities per row
     * @throws ArithmeticException {@code data row <i>: ...} (the row's own message) for the first row whose
     *     result lies beyond the double range
     */
    default double[][] predictProbabilities(Dataset data) {
        Check.columns(data, columns());
        double[][] out = new double[data.rows()][];
        double[] row = new double[data.columns()];
        for (int i = 0; i < out.length; i++) {
            data.copyRow(i, row, 0);
            try {
                out[i] = predictProbabilities(row);
            } catch (IllegalArgumentException e) {
                throw Check.inRow(i, e);
            } catch (ArithmeticException e) {
                throw Check.inRow(i, e);
            }
        }
        return out;
    }
}
