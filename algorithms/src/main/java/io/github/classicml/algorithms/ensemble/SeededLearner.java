package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;

/**
 * The learner of an ensemble's members, given the seed of each member: how a bag or a forest gives
 * every member its own random numbers without reflection.
 *
 * <p>A randomised learner whose record has a {@code withSeed(long)} copy is passed as a method
 * reference, {@code DecisionTreeClassifier.of()::withSeed}; a learner without randomness is passed as
 * itself to the ensemble's {@code of(learner)}, which wraps it with {@link #ignoringSeed(Learner)}.
 * Member seeds are drawn from the ensemble's own seed, one per member in member order, so the members
 * do not depend on the thread count.
 *
 * @param <M> the kind of model the members are
 */
@FunctionalInterface
public interface SeededLearner<M extends Model> {

    /**
     * @param seed the member's seed
     * @return the learner that fits that member
     */
    Learner<? extends M> withSeed(long seed);

    /**
     * Wraps a learner that draws no random numbers: every member gets the learner itself. Two wraps of
     * equal learners are equal.
     *
     * @param learner the learner; not null
     * @param <M> the kind of model
     * @return the seeded learner
     */
    static <M extends Model> SeededLearner<M> ignoringSeed(Learner<? extends M> learner) {
        return new Fixed<>(learner);
    }

    /**
     * A learner that draws no random numbers, the same for every seed.
     *
     * @param learner the learner
     * @param <M> the kind of model
     */
    record Fixed<M extends Model>(Learner<? extends M> learner) implements SeededLearner<M> {

        /**
         * @param learner the learner; not null
         */
        public Fixed {
            io.github.classicml.core.Check.notNull("learner", learner);
        }

        @Override
        public Learner<? extends M> withSeed(long seed) {
            return learner;
        }
    }
}
