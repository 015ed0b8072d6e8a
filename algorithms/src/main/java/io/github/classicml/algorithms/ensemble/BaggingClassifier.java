package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Check;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.Reseedable;

import java.util.ArrayList;
import java.util.List;

/**
 * Bagging (bootstrap aggregating) of any classifier: many members, each fitted on its own random
 * sample of the rows (and optionally of the columns), vote on every prediction.
 *
 * <p>Member {@code m} is fitted on {@code floor(maxSamples * n)} rows drawn from the {@code n}
 * training rows with replacement (a bootstrap sample; without replacement when {@code bootstrap} is
 * off) and on {@code max(1, floor(maxFeatures * p))} of the {@code p} columns, drawn without
 * replacement (with replacement when {@code bootstrapFeatures} is on). The ensemble's probabilities
 * are the mean of the members' probabilities when every member estimates them (soft voting), else the
 * shares of the members' votes (hard voting); the prediction is the most probable class, the lowest
 * index among ties. Averaging many members fitted on perturbed data leaves their bias but shrinks the
 * variance of an unstable learner (a deep tree): for members of variance {@code s^2} and pairwise
 * correlation {@code rho} the mean has variance {@code rho s^2 + (1 - rho) s^2 / B}. A row left out of
 * a member's sample is "out of bag" for it (about {@code e^-1 = 36.8%} of the rows with a full
 * bootstrap); voting only the members that did not see a row gives an honest estimate of the test
 * accuracy without a held-out set (the out-of-bag score).
 *
 * <p>Cost: {@code members} fits on samples of {@code floor(maxSamples * n)} rows, run on
 * {@code threads} threads, plus one copy of each sample; prediction asks every member. Members are
 * fitted in parallel, one task per member, each with its own seed and sample drawn in member order
 * from {@code seed} before any fit, so the model is bit-identical for any thread count. Progress:
 * one step per fitted member.
 *
 * <p>Reference: L. Breiman, "Bagging predictors", <i>Machine Learning</i> 24(2), 123-140, 1996;
 * T. K. Ho, "The random subspace method for constructing decision forests", <i>IEEE TPAMI</i> 20(8),
 * 1998 (column samples); scikit-learn's {@code BaggingClassifier} has the same parameters and voting
 * rule.
 *
 * @param member the members' learner, given each member's seed ({@link SeededLearner}); not null
 * @param members the number of members, at least 1; default 10
 * @param maxSamples the fraction of the rows in each sample, in (0, 1]; default 1
 * @param maxFeatures the fraction of the columns each member sees, in (0, 1]; default 1
 * @param bootstrap whether rows are drawn with replacement; default true
 * @param bootstrapFeatures whether columns are drawn with replacement; default false
 * @param oobScore whether to compute the out-of-bag score and probabilities (needs {@code bootstrap});
 *     default false
 * @param seed the seed of the samples and of the members' seeds; default 0
 * @param threads the threads that fit members, at least 0; 0 (the default) means one per processor;
 *     never changes the model
 * @see BaggingClassifierModel
 */
public record BaggingClassifier(SeededLearner<Classifier> member, int members, double maxSamples,
                                double maxFeatures, boolean bootstrap, boolean bootstrapFeatures,
                                boolean oobScore, long seed, int threads)
        implements Learner<BaggingClassifierModel>, Reseedable<BaggingClassifier> {

    /**
     * Validates the hyperparameters.
     *
     * @param member the members' learner
     * @param members the number of members, at least 1
     * @param maxSamples the row fraction, in (0, 1]
     * @param maxFeatures the column fraction, in (0, 1]
     * @param bootstrap rows with replacement
     * @param bootstrapFeatures columns with replacement
     * @param oobScore whether to compute the out-of-bag score; needs {@code bootstrap}
     * @param seed the seed
     * @param threads the threads, at least 0
     */
    public BaggingClassifier {
        validate(member, members, maxSamples, maxFeatures, bootstrap, oobScore, threads);
    }

    static void validate(Object member, int members, double maxSamples, double maxFeatures, boolean bootstrap,
                         boolean oobScore, int threads) {
        Check.notNull("member", member);
        Check.atLeast("members", members, 1);
        fraction("maxSamples", maxSamples);
        fraction("maxFeatures", maxFeatures);
        Check.that(bootstrap || !oobScore, "oobScore needs bootstrap; without replacement set oobScore false");
        Check.atLeast("threads", threads, 0);
    }

    /** Checks that a fraction lies in (0, 1]. */
    static void fraction(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], got " + Check.format(value));
        }
    }

    /**
     * A bag of 10 members of a learner that draws no random numbers (k-nearest neighbours, naive
     * Bayes), with every other setting at scikit-learn's default.
     *
     * @param member the members' learner; not null
     * @return the learner
     */
    @SuppressWarnings("overloads") // a method reference or a learner picks one; an implicit lambda fits neither
    public static BaggingClassifier of(Learner<? extends Classifier> member) {
        return of(SeededLearner.ignoringSeed(Check.notNull("member", member)));
    }

    /**
     * A bag of 10 members of a randomised learner, each with its own seed, e.g.
     * {@code BaggingClassifier.of(SeededLearner.reseeding(tree))} (a value, and the bag can be saved to a model
     * file) or {@code BaggingClassifier.of(tree::withSeed)} (the same members, but code, so the bag cannot be
     * saved); every other setting at scikit-learn's default.
     *
     * @param member the members' learner given each member's seed; not null
     * @return the learner
     */
    @SuppressWarnings("overloads")
    public static BaggingClassifier of(SeededLearner<Classifier> member) {
        return new BaggingClassifier(member, 10, 1.0, 1.0, true, false, false, 0L, 0);
    }

    /**
     * @param value the number of members
     * @return a copy with it
     */
    public BaggingClassifier withMembers(int value) {
        return new BaggingClassifier(member, value, maxSamples, maxFeatures, bootstrap, bootstrapFeatures, oobScore, seed, threads);
    }

    /**
     * @param value the row fraction
     * @return a copy with it
     */
    public BaggingClassifier withMaxSamples(double value) {
        return new BaggingClassifier(member, members, value, maxFeatures, bootstrap, bootstrapFeatures, oobScore, seed, threads);
    }

    /**
     * @param value the column fraction
     * @return a copy with it
     */
    public BaggingClassifier withMaxFeatures(double value) {
        return new BaggingClassifier(member, members, maxSamples, value, bootstrap, bootstrapFeatures, oobScore, seed, threads);
    }

    /**
     * @param value whether rows are drawn with replacement
     * @return a copy with it
     */
    public BaggingClassifier withBootstrap(boolean value) {
        return new BaggingClassifier(member, members, maxSamples, maxFeatures, value, bootstrapFeatures, oobScore, seed, threads);
    }

    /**
     * @param value whether columns are drawn with replacement
     * @return a copy with it
     */
    public BaggingClassifier withBootstrapFeatures(boolean value) {
        return new BaggingClassifier(member, members, maxSamples, maxFeatures, bootstrap, value, oobScore, seed, threads);
    }

    /**
     * @param value whether to compute the out-of-bag score
     * @return a copy with it
     */
    public BaggingClassifier withOobScore(boolean value) {
        return new BaggingClassifier(member, members, maxSamples, maxFeatures, bootstrap, bootstrapFeatures, value, seed, threads);
    }

    /**
     * @param value the seed
     * @return a copy with it
     */
    public BaggingClassifier withSeed(long value) {
        return new BaggingClassifier(member, members, maxSamples, maxFeatures, bootstrap, bootstrapFeatures, oobScore, value, threads);
    }

    /**
     * @param value the thread count (0: all processors)
     * @return a copy with it
     */
    public BaggingClassifier withThreads(int value) {
        return new BaggingClassifier(member, members, maxSamples, maxFeatures, bootstrap, bootstrapFeatures, oobScore, seed, value);
    }

    @Override
    public BaggingClassifierModel fit(Dataset data) {
        return fit(data, ProgressListener.NONE);
    }

    /**
     * Fits the members in parallel, reporting one step per member.
     *
     * @param data rows with class targets, all features finite; not modified
     * @param listener receives one step per fitted member
     * @return the model
     * @throws IllegalArgumentException if the data has no class targets, a non-finite feature, or too
     *     few rows for one sampled row; or as the members' learner rejects a sample
     */
    @Override
    public BaggingClassifierModel fit(Dataset data, ProgressListener listener) {
        Check.notNull("data", data);
        Check.notNull("listener", listener);
        Check.hasClasses(data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        int n = data.rows();
        int p = data.columns();
        int sampleRows = sampleRows(maxSamples, n);
        int sampleColumns = Math.max(1, (int) (maxFeatures * p));
        Bag[] bags = Bag.draw(seed, members, n, sampleRows, bootstrap, p, sampleColumns, bootstrapFeatures);
        double[] x = data.features();
        int[] y = data.classes();
        List<String> names = data.classNames();
        int k = names.size();
        List<FittedMember> fitted = Members.fit(members, threads, m -> {
            Samples.ClassSample sample = Samples.classes(x, p, y, names, bags[m]);
            return new FittedMember(member.withSeed(bags[m].seed()).fit(sample.data()), sample.classMap());
        }, listener);
        List<Classifier> models = new ArrayList<>(members);
        int[][] columns = new int[members][];
        int[][] maps = new int[members][];
        for (int m = 0; m < members; m++) {
            models.add(fitted.get(m).model());
            columns[m] = bags[m].columns();
            int[] map = fitted.get(m).classMap();
            maps[m] = map.length == k ? null : map;
        }
        Voting voting = new Voting(models, columns, maps, k, p);
        OutOfBag.Votes oob = oobScore ? OutOfBag.votes(voting, bags, x, p, y, k, threads) : null;
        return new BaggingClassifierModel(this, voting, names, oob);
    }

    /** @return {@code floor(maxSamples * n)}, checked to be at least 1 */
    static int sampleRows(double maxSamples, int n) {
        int rows = (int) (maxSamples * n);
        if (rows < 1) {
            throw new IllegalArgumentException("maxSamples * rows must be >= 1, got " + maxSamples + " * " + n
                    + "; raise maxSamples or give more rows");
        }
        return rows;
    }

    private record FittedMember(Classifier model, int[] classMap) {
    }
}
