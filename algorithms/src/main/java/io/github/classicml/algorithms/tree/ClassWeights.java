package io.github.classicml.algorithms.tree;

import io.github.classicml.core.Check;

import java.util.Arrays;

/**
 * How much a row of each class weighs when a tree counts rows: every class 1 ({@link #uniform()}),
 * inversely to the class's frequency ({@link #balanced()}), or given per class ({@link #of}). A row's
 * weight is its sample weight times its class's weight (scikit-learn's {@code class_weight}).
 * Immutable; two instances are equal when they give the same weights.
 */
public final class ClassWeights {

    private static final ClassWeights UNIFORM = new ClassWeights(null, false);
    private static final ClassWeights BALANCED = new ClassWeights(null, true);

    private final double[] weights;
    private final boolean balanced;

    private ClassWeights(double[] weights, boolean balanced) {
        this.weights = weights;
        this.balanced = balanced;
    }

    /** @return every class weighs 1 (the default) */
    public static ClassWeights uniform() {
        return UNIFORM;
    }

    /**
     * Class {@code c} weighs {@code n / (k n_c)}, where {@code n} is the number of training rows,
     * {@code n_c} those of class {@code c} and {@code k} the number of classes that occur: every class
     * then weighs {@code n / k} in total (scikit-learn's {@code "balanced"}; the counts are of rows,
     * not of sample weights).
     *
     * @return the balanced weights
     */
    public static ClassWeights balanced() {
        return BALANCED;
    }

    /**
     * @param weights one positive, finite weight per class index; not modified
     * @return these weights
     * @throws IllegalArgumentException if a weight is not positive and finite, or there are none
     */
    public static ClassWeights of(double... weights) {
        Check.notNull("weights", weights);
        Check.notEmpty("weights", weights.length);
        for (int c = 0; c < weights.length; c++) {
            Check.finite("weights", c, weights[c]);
            if (!(weights[c] > 0)) {
                throw new IllegalArgumentException("weights must be > 0; entry " + c + " is "
                        + Check.format(weights[c]));
            }
        }
        return new ClassWeights(weights.clone(), false);
    }

    /**
     * The weight of each class for a training set.
     *
     * @param classes the training classes; not modified
     * @param classCount the number of classes
     * @return one weight per class
     * @throws IllegalArgumentException if given weights do not match the number of classes
     */
    double[] weigh(int[] classes, int classCount) {
        double[] out = new double[classCount];
        if (weights != null) {
            if (weights.length != classCount) {
                throw new IllegalArgumentException("classWeights has " + weights.length
                        + " weights but the data has " + classCount + " classes");
            }
            return weights.clone();
        }
        Arrays.fill(out, 1.0);
        if (balanced) {
            int[] counts = new int[classCount];
            for (int c : classes) {
                counts[c]++;
            }
            int present = 0;
            for (int count : counts) {
                if (count > 0) {
                    present++;
                }
            }
            for (int c = 0; c < classCount; c++) {
                out[c] = counts[c] == 0 ? 1.0 : (double) classes.length / (present * (double) counts[c]);
            }
        }
        return out;
    }

    /** @return the given weights (a copy), or null for uniform and balanced weights */
    double[] given() {
        return weights == null ? null : weights.clone();
    }

    /** @return whether the weights are balanced */
    boolean isBalanced() {
        return balanced;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassWeights other && balanced == other.balanced && Arrays.equals(weights, other.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Boolean.hashCode(balanced);
    }

    @Override
    public String toString() {
        return weights != null ? "ClassWeights" + Arrays.toString(weights) : balanced ? "balanced" : "uniform";
    }
}
