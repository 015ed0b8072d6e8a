package io.github.classicml.algorithms.linear;

/**
 * A smooth function of a vector that gives its value and gradient in one call, as optimisers need
 * them: the gradient costs about as much as the value, and both share the same pass over the data.
 */
@FunctionalInterface
interface DifferentiableFunction {

    /**
     * Evaluates the function and its gradient.
     *
     * @param x the point; not modified
     * @param gradient receives the gradient at {@code x}, as many entries as {@code x}
     * @return the value at {@code x}; {@code +Infinity} or NaN when the point lies outside the domain
     */
    double valueAndGradient(double[] x, double[] gradient);
}
