package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;

import java.util.List;

/**
 * A fitted simple imputation: each NaN in column j becomes {@code fill_j}; with indicators, one 0/1
 * column per column that had missing values at fit follows the imputed columns. Immutable and
 * thread-safe; the arrays it returns are copies.
 *
 * @see SimpleImputer
 */
public final class SimpleImputerModel extends FittedTransformer {

    private final SimpleImputer learner;
    private final double[] fill;
    private final int[] indicators;

    SimpleImputerModel(SimpleImputer learner, double[] fill, int[] indicators) {
        super(fill.length);
        this.learner = learner;
        this.fill = fill;
        this.indicators = indicators;
    }

    @Override
    public SimpleImputer learner() {
        return learner;
    }

    @Override
    boolean acceptsMissing() {
        return true;
    }

    /** @return the input width plus one indicator per column that had missing values at fit */
    @Override
    public int outputColumns() {
        return fill.length + indicators.length;
    }

    /** @return each column's fill value (scikit-learn's {@code statistics_}) */
    public double[] fillValues() {
        return fill.clone();
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
        Check.sameLength("inputNames", inputNames.size(), "columns", fill.length);
        return MissingIndicators.names(inputNames, indicators);
    }

    @Override
    void apply(double[] row, double[] out) {
        for (int j = 0; j < row.length; j++) {
            out[j] = Double.isNaN(row[j]) ? fill[j] : row[j];
        }
        MissingIndicators.write(row, indicators, out, fill.length);
    }

    @Override
    public String toString() {
        return "SimpleImputerModel[" + fill.length + " columns, " + learner.strategy().name().toLowerCase(java.util.Locale.ROOT)
                + " fill" + (learner.addIndicator() ? ", " + indicators.length + " indicator columns" : "") + "]";
    }
}
