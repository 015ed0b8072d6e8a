package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

/**
 * A fitted Box-Cox or Yeo-Johnson transformation: each column's λ and, with standardisation, the mean
 * and standard deviation of the transformed training column. Immutable and thread-safe.
 *
 * @see BoxCox
 * @see YeoJohnson
 */
public final class PowerTransformerModel extends FittedTransformer {

    /** Which family of power transformations. */
    enum Method {
        BOX_COX, YEO_JOHNSON
    }

    private final PowerTransformer learner;
    private final Method method;
    private final double[] lambdas;
    /** The divisor of each column before it is transformed: 1, or a Box-Cox column's normaliser. */
    private final double[] units;
    private final double[] mean;
    private final double[] scale;
    private final boolean standardized;

    private PowerTransformerModel(PowerTransformer learner, Method method, double[] lambdas, double[] units,
                                  double[] mean, double[] scale, boolean standardized) {
        super(lambdas.length);
        this.learner = learner;
        this.method = method;
        this.lambdas = lambdas;
        this.units = units;
        this.mean = mean;
        this.scale = scale;
        this.standardized = standardized;
    }

    /**
     * A model read back from a model file: finite lambdas and means, finite positive scales and units,
     * without standardisation means 0 and scales 1, and units 1 except for standardised Box-Cox, as a
     * fit leaves them.
     *
     * @throws IllegalArgumentException naming the entry that breaks the rule
     */
    static PowerTransformerModel restore(PowerTransformer learner, double[] lambdas, double[] units, double[] mean,
                                         double[] scale) {
        Check.notEmpty("lambdas", lambdas.length);
        Check.sameLength("lambdas", lambdas.length, "means", mean.length);
        Check.sameLength("lambdas", lambdas.length, "scales", scale.length);
        Check.allFinite("lambdas", lambdas);
        Check.allFinite("means", mean);
        Check.allFinite("scales", scale);
        Check.sameLength("lambdas", lambdas.length, "units", units.length);
        boolean standardize = learner.standardize();
        boolean scaledUnits = standardize && learner instanceof BoxCox;
        for (int j = 0; j < units.length; j++) {
            int column = j;
            Check.that(units[j] > 0 && units[j] < Double.POSITIVE_INFINITY && (scaledUnits || units[j] == 1),
                    () -> "units must be " + (scaledUnits ? "> 0 and finite" : "1 except for standardised Box-Cox")
                            + "; entry " + column + " is " + Check.format(units[column]));
        }
        for (int j = 0; j < scale.length; j++) {
            int column = j;
            Check.that(scale[j] > 0, () -> "scales must be > 0; entry " + column + " is " + Check.format(scale[column]));
            Check.that(standardize || (mean[j] == 0 && scale[j] == 1), () -> "means and scales must be 0 and 1 "
                    + "without standardisation; entry " + column + " is " + Check.format(mean[column]) + " and "
                    + Check.format(scale[column]));
        }
        Method method = learner instanceof BoxCox ? Method.BOX_COX : Method.YEO_JOHNSON;
        return new PowerTransformerModel(learner, method, lambdas.clone(), units.clone(), mean.clone(), scale.clone(),
                standardize);
    }

    /** Refuses a constant column, whose likelihood grows without bound (scipy: "Data must not be constant"). */
    static void requireNotConstant(Dataset data, String method) {
        for (int j = 0; j < data.columns(); j++) {
            double[] c = data.column(j);
            boolean constant = true;
            for (int i = 1; i < c.length && constant; i++) {
                constant = c[i] == c[0];
            }
            if (constant) {
                throw new IllegalArgumentException("column " + j + " (" + data.columnName(j) + ") must not be constant for "
                        + method + ", got every value " + Check.format(c[0]) + "; drop it first");
            }
        }
    }

    static PowerTransformerModel fit(PowerTransformer learner, Method method, double[] lambdas, double[] units,
                                     boolean standardize, Dataset data) {
        int p = lambdas.length;
        double[] mean = new double[p];
        double[] scale = new double[p];
        java.util.Arrays.fill(scale, 1.0);
        PowerTransformerModel raw = new PowerTransformerModel(learner, method, lambdas, units, mean, scale, false);
        if (!standardize) {
            return raw;
        }
        StandardScalerModel s = StandardScaler.of().fit(raw.transform(data.withoutTargets()));
        return new PowerTransformerModel(learner, method, lambdas, units, s.means(), s.scales(), true);
    }

    @Override
    public PowerTransformer learner() {
        return learner;
    }

    /** @return the number of columns: the transformation keeps the width */
    @Override
    public int outputColumns() {
        return lambdas.length;
    }

    /** @return each column's λ (scikit-learn's {@code lambdas_}) */
    public double[] lambdas() {
        return lambdas.clone();
    }

    /**
     * @return each column's divisor before transforming: 1, except for a standardised Box-Cox column whose
     *     transform would lose its rows to rounding, where it is the column's normaliser (see {@link BoxCox})
     */
    public double[] units() {
        return units.clone();
    }

    /**
     * @return the means subtracted after transforming (zeros without standardisation), of the transform
     *     of {@code x / units}
     */
    public double[] means() {
        return mean.clone();
    }

    /** @return the divisors after transforming (ones without standardisation) */
    public double[] scales() {
        return scale.clone();
    }

    @Override
    void apply(double[] row, double[] out) {
        for (int j = 0; j < row.length; j++) {
            double y;
            if (method == Method.BOX_COX) {
                y = PowerTransforms.boxCox(units[j] == 1 ? row[j] : row[j] / units[j], lambdas[j]);
            } else {
                y = PowerTransforms.yeoJohnson(row[j], lambdas[j]);
            }
            out[j] = (y - mean[j]) / scale[j];
        }
    }

    /** A transformed value beyond the double range is an {@link ArithmeticException} naming the value. */
    @Override
    RuntimeException outputOutOfRange(double[] row, int rowIndex, int column, double value) {
        String where = rowIndex < 0 ? "column " + column : "row " + rowIndex + ", column " + column;
        return new ArithmeticException((method == Method.BOX_COX ? "the Box-Cox" : "the Yeo-Johnson")
                + " transform must be finite; " + where + " is " + Check.format(row[column]) + ", whose transform"
                + " at lambda " + lambdas[column] + " lies beyond the double range (about 1.8e308)");
    }

    @Override
    void checkRow(double[] row, int rowIndex) {
        super.checkRow(row, rowIndex);
        if (method == Method.BOX_COX) {
            for (int j = 0; j < row.length; j++) {
                BoxCox.requirePositive(row[j], rowIndex, j);
            }
        }
    }

    /**
     * Maps a transformed row back to the original scale.
     *
     * @param row a transformed row of {@link #columns()} finite values; not modified
     * @return a new row on the original scale
     * @throws IllegalArgumentException if the row has the wrong width, a non-finite value, or a value
     *     outside the range of the transformation (for Box-Cox with λ &gt; 0, below -1/λ)
     */
    public double[] inverseTransform(double[] row) {
        Check.rowWidth(row, lambdas.length);
        checkFinite(row, -1);
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            double y = row[j] * scale[j] + mean[j];
            double x = method == Method.BOX_COX ? PowerTransforms.boxCoxInverse(y, lambdas[j])
                    : PowerTransforms.yeoJohnsonInverse(y, lambdas[j]);
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("row must be in the range of the transformation; column " + j
                        + " is " + Check.format(row[j]) + ", which no finite value maps to (lambda "
                        + lambdas[j] + ")");
            }
            out[j] = x * units[j];
            if (!Double.isFinite(out[j])) {
                throw new ArithmeticException("the inverse of column " + j + " must be finite; "
                        + Check.format(row[j]) + " maps back to " + x + " times " + units[j]
                        + ", beyond the double range (about 1.8e308)");
            }
        }
        return out;
    }

    /**
     * Maps every transformed row back, keeping column names and targets.
     *
     * @param data transformed rows; not modified
     * @return the rows on the original scale
     * @throws IllegalArgumentException as {@link #inverseTransform(double[])}
     */
    public Dataset inverseTransform(Dataset data) {
        return inverseEach(data, lambdas.length, this::inverseTransform);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(method == Method.BOX_COX ? "Box-Cox" : "Yeo-Johnson");
        s.append(" PowerTransformerModel[lambdas ");
        for (int j = 0; j < Math.min(lambdas.length, 6); j++) {
            s.append(j == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.4f", lambdas[j]));
        }
        return s.append(lambdas.length > 6 ? ", ..." : "").append(standardized ? ", standardised]" : "]")
                .toString();
    }
}
