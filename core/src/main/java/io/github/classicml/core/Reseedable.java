package io.github.classicml.core;

/**
 * A learner that draws random numbers from a {@code long seed} it holds, and can copy itself with
 * another seed: what an ensemble needs to give each member its own random numbers while the learner
 * stays a value (a record that can be compared, printed and written to a model file).
 *
 * <p>Only the randomised learners of the library implement it (trees, forests, extra trees, gradient
 * boosting, AdaBoost, bagging, k-means, gradient descent, random search); a learner without
 * randomness has no seed to set and does not. Nothing requires a learner to implement it: an ensemble
 * also takes any seeded learner as code (a method reference such as {@code tree::withSeed}), which
 * works the same but cannot be saved.
 *
 * <p>{@code withSeed} must be a pure copy: {@code l.withSeed(s)} differs from {@code l} in the seed
 * only, and {@code l.withSeed(a).withSeed(b).equals(l.withSeed(b))}.
 *
 * @param <L> the learner type itself, which {@link #withSeed(long)} returns
 */
public interface Reseedable<L extends Learner<?>> {

    /**
     * @param seed the seed of the copy
     * @return a copy of this learner with that seed and every other setting the same
     */
    L withSeed(long seed);
}
