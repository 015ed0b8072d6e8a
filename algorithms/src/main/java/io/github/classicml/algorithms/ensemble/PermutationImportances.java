package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Check;

/**
 * The result of {@link PermutationImportance}: the intact score and, per column and repeat, how much
 * shuffling the column lowered it.
 */
public final class PermutationImportances {

    private final double baseline;
    private final double[][] drops;

    PermutationImportances(double baseline, double[][] drops) {
        this.baseline = baseline;
        this.drops = drops;
    }

    /** @return the model's score on the intact data */
    public double baseline() {
        return baseline;
    }

    /** @return the number of columns */
    public int columns() {
        return drops.length;
    }

    /**
     * @param column a column index
     * @return the drop in score of each repeat (a copy)
     */
    public double[] drops(int column) {
        return drops[Check.index("column", column, drops.length)].clone();
    }

    /** @return per column the mean drop in score over the repeats: the importance */
    public double[] means() {
        double[] out = new double[drops.length];
        for (int j = 0; j < drops.length; j++) {
            double sum = 0;
            for (double d : drops[j]) {
                sum += d;
            }
            out[j] = sum / drops[j].length;
        }
        return out;
    }

    /** @return per column the population standard deviation of the drops (numpy's default, ddof 0) */
    public double[] standardDeviations() {
        double[] means = means();
        double[] out = new double[drops.length];
        for (int j = 0; j < drops.length; j++) {
            double sum = 0;
            for (double d : drops[j]) {
                sum += (d - means[j]) * (d - means[j]);
            }
            out[j] = Math.sqrt(sum / drops[j].length);
        }
        return out;
    }

    @Override
    public String toString() {
        return "PermutationImportances[" + drops.length + " columns, " + drops[0].length + " repeats, baseline "
                + baseline + "]";
    }
}
