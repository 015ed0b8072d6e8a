package io.github.classicml.metrics;

/**
 * What a ratio reports when its denominator is zero, such as precision when nothing was predicted
 * positive ({@code TP + FP = 0}) or recall of a class absent from the actual labels
 * ({@code TP + FN = 0}).
 *
 * <p>The default everywhere is {@link #ZERO}, which is what scikit-learn reports under its default
 * {@code zero_division="warn"} (it also warns; a {@link Ratio} says "undefined" in its working
 * instead). {@link #ONE} is scikit-learn's {@code zero_division=1}; {@link #NAN} makes an undefined
 * ratio visible and propagates into every average that includes it. The policy applies to the
 * per-class ratios and therefore to their macro and weighted averages, and to micro averages,
 * Matthews correlation, Cohen's kappa and the F-scores when their own denominator is zero.
 */
public enum ZeroDivision {
    /** Report 0 (the default, as scikit-learn's {@code zero_division="warn"} and {@code 0}). */
    ZERO(0.0),
    /** Report 1 (scikit-learn's {@code zero_division=1}). */
    ONE(1.0),
    /** Report NaN, so that the undefined case cannot go unnoticed. */
    NAN(Double.NaN);

    private final double value;

    ZeroDivision(double value) {
        this.value = value;
    }

    /** @return the value reported for {@code x / 0} */
    public double value() {
        return value;
    }
}
