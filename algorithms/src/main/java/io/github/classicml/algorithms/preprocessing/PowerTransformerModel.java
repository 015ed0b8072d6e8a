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
    private final double[] mean;
    private final double[] scale;
    private final boolean standardized;

    private PowerTransformerModel(PowerTransformer learner, Method method, double[] lambdas,
                                  double[] mean, double[] scale, boolean standardized) {
        super(lambdas.length);
        this.learner = learner;
        this.method = method;
        this.lambdas = lambdas;
        this.mean = mean;
        this.scale = scale;
        this.standardized = standardized;
    }

    /** Refuses a constant column, whose likelihood grows without bound (scipy: "Data must not be constant"). */
    /**
     * A model read back from a model file: finite lambdas and means, finite positive scales, and without
     * standardisation means 0 and scales 1, as a fit leaves them.
     *
     * @throws IllegalArgumentException naming the entry that breaks the rule
     */
    static PowerTransformerModel restore(PowerTransformer learner, double[] lambdas, double[] mean, double[] scale) {
        Check.notEmpty("lambdas", lambdas.length);
        Check.sameLength("lambdas", lambdas.length, "means", mean.length);
        Check.sameLength("lambdas", lambdas.length, "scales", scale.length);
        Check.allFinite("lambdas", lambdas);
        Check.allFinite("means", mean);
        Check.allFinite("scales", scale);
        boolean standardize = learner.standardize();
        for (int j = 0; j < scale.length; j++) {
            int column = j;
            Check.that(scale[j] > 0, () -> "scales must be > 0; entry " + column + " is " + Check.format(scale[column]));
            Check.that(standardize || (mean[j] == 0 && scale[j] == 1), () -> "means and scales must be 0 and 1 "
                    + "without standardisation; entry " + column + " is " + Check.format(mean[column]) + " and "
                    + Check.format(scale[column]));
        }
        Method method = learner instanceof BoxCox ? Method.BOX_COX : Method.YEO_JOHNSON;
        return new PowerTransformerModel(learner, method, lambdas.clone(), mean.clone(), scale.clone(), standardize);
    }

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

    static PowerTransformerModel fit(PowerTransformer learner, Method method, double[] lambdas,
                                     boolean standardize, Dataset data) {
        int p = lambdas.length;
        double[] mean = new double[p];
        double[] scale = new double[p];
        java.util.Arrays.fill(scale, 1.0);
        PowerTransformerModel raw = new PowerTransformerModel(learner, method, lambdas, mean, scale, false);
        if (!standardize) {
            return raw;
        }
        StandardScalerModel s = StandardScaler.of().fit(raw.transform(data.withoutTargets()));
        return new PowerTransformerModel(learner, method, lambdas, s.means(), s.scales(), true);
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

    /** @return the means subtracted after transforming (zeros without standardisation) */
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
                y = PowerTransforms.boxCox(row[j], lambdas[j]);
            } else {
                y = PowerTransforms.yeoJohnson(row[j], lambdas[j]);
            }
            out[j] = (y - mean[j]) / scale[j];
        }
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
            out[j] = method == Method.BOX_COX ? PowerTransforms.boxCoxInverse(y, lambdas[j])
                    : PowerTransforms.yeoJohnsonInverse(y, lambdas[j]);
            if (!Double.isFinite(out[j])) {
                throw new IllegalArgumentException("row must be in the range of the transformation; column " + j
                        + " is " + Check.format(row[j]) + ", which no finite value maps to (lambda "
                        + lambdas[j] + ")");
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
