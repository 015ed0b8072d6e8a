package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Check;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.Reseedable;

/**
 * The learner of an ensemble's members, given the seed of each member: how a bag or a forest gives
 * every member its own random numbers without reflection.
 *
 * <p>Three forms, all giving the same members for the same seeds:
 * <ul>
 *   <li>a randomised library learner, wrapped by {@link #reseeding(Learner)}:
 *       {@code BaggingClassifier.of(SeededLearner.reseeding(DecisionTreeClassifier.of()))}. Member
 *       {@code m} is fitted by {@code learner.withSeed(seed_m)}. This is a value (the record
 *       {@link Reseeded}: two such bags are equal) and a bag of it can be saved to a model file;</li>
 *   <li>a learner without randomness, passed as itself to the ensemble's {@code of(learner)}, which
 *       wraps it with {@link #ignoringSeed(Learner)} (the record {@link Fixed}): every member gets the
 *       learner itself; saveable when the learner is the library's;</li>
 *   <li>any code, e.g. the method reference {@code DecisionTreeClassifier.of()::withSeed} or a
 *       learner of the caller's own: it fits the same members as {@code reseeding}, but a lambda is
 *       code, which a model file cannot hold, so such a bag refuses to save.</li>
 * </ul>
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
     * Wraps a randomised library learner: member {@code m} is fitted by {@code learner.withSeed(seed_m)}.
     * The learner's own seed is never used (each member gets its own), so it is stored as 0: wraps of
     * learners that differ only in their seed are equal.
     *
     * @param learner a learner that copies itself with another seed (trees, forests, gradient descent,
     *     ...); not null
     * @param <M> the kind of model
     * @param <L> the learner's type
     * @return the seeded learner
     */
    static <M extends Model, L extends Learner<? extends M> & Reseedable<L>> SeededLearner<M> reseeding(L learner) {
        return new Reseeded<>(learner);
    }

    /**
     * A randomised learner given each member's seed through its own {@code withSeed}: the value form of
     * the method reference {@code learner::withSeed}, which a model file can hold when the learner is the
     * library's.
     *
     * @param learner the learner, its seed 0 (the seed given is replaced by 0: it is never used)
     * @param <M> the kind of model
     * @param <L> the learner's type
     */
    record Reseeded<M extends Model, L extends Learner<? extends M> & Reseedable<L>>(L learner)
            implements SeededLearner<M> {

        /**
         * @param learner the learner; not null; stored with seed 0
         */
        public Reseeded {
            learner = Check.notNull("learner", learner).withSeed(0L);
        }

        @Override
        public Learner<? extends M> withSeed(long seed) {
            return learner.withSeed(seed);
        }
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
            Check.notNull("learner", learner);
        }

        @Override
        public Learner<? extends M> withSeed(long seed) {
            return learner;
        }
    }
}
