package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProgressListener;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.Reseedable;

import java.util.ArrayList;
import java.util.List;

/**
 * Bagging (bootstrap aggregating) of any regressor: many members, each fitted on its own random sample
 * of the rows (and optionally of the columns); the prediction is the mean of theirs.
 *
 * <p>Samples are drawn as for {@link BaggingClassifier}: {@code floor(maxSamples * n)} rows with
 * replacement (without when {@code bootstrap} is off) and {@code max(1, floor(maxFeatures * p))}
 * columns without replacement (with when {@code bootstrapFeatures} is on). The mean of {@code B}
 * members of variance {@code s^2} and pairwise correlation {@code rho} has variance
 * {@code rho s^2 + (1 - rho) s^2 / B}: bagging keeps the bias of the members and cuts the part of
 * their variance that the resampling decorrelates, which is large for unstable learners such as deep
 * trees and small for stable ones such as k-nearest neighbours with a large k. The out-of-bag
 * prediction of a training row is the mean over the members that did not see it; its R² estimates the
 * test R² without a held-out set.
 *
 * <p>Cost: {@code members} fits on samples of {@code floor(maxSamples * n)} rows, in parallel on
 * {@code threads} threads; the model is bit-identical for any thread count (each member's seed and
 * sample are drawn in member order before any fit). Progress: one step per fitted member.
 *
 * <p>Reference: L. Breiman, "Bagging predictors", <i>Machine Learning</i> 24(2), 123-140, 1996;
 * scikit-learn's {@code BaggingRegressor} has the same parameters.
 *
 * @param member the members' learner, given each member's seed ({@link SeededLearner}); not null
 * @param members the number of members, at least 1; default 10
 * @param maxSamples the fraction of the rows in each sample, in (0, 1]; default 1
 * @param maxFeatures the fraction of the columns each member sees, in (0, 1]; default 1
 * @param bootstrap whether rows are drawn with replacement; default true
 * @param bootstrapFeatures whether columns are drawn with replacement; default false
 * @param oobScore whether to compute the out-of-bag R² and predictions (needs {@code bootstrap});
 *     default false
 * @param seed the seed of the samples and of the members' seeds; default 0
 * @param threads the threads that fit members, at least 0; 0 (the default) means one per processor;
 *     never changes the model
 * @see BaggingRegressorModel
 */
public record BaggingRegressor(SeededLearner<Regressor> member, int members, double maxSamples,
                               double maxFeatures, boolean bootstrap, boolean bootstrapFeatures,
                               boolean oobScore, long seed, int threads)
        implements Learner<BaggingRegressorModel>, Reseedable<BaggingRegressor> {

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
    public BaggingRegressor {
        BaggingClassifier.validate(member, members, maxSamples, maxFeatures, bootstrap, oobScore, threads);
    }

    /**
     * A bag of 10 members of a learner that draws no random numbers, every other setting at
     * scikit-learn's default.
     *
     * @param member the members' learner; not null
     * @return the learner
     */
    @SuppressWarnings("overloads") // a method reference or a learner picks one; an implicit lambda fits neither
    public static BaggingRegressor of(Learner<? extends Regressor> member) {
        return of(SeededLearner.ignoringSeed(Check.notNull("member", member)));
    }

    /**
     * A bag of 10 members of a randomised learner, each with its own seed, e.g.
     * {@code BaggingRegressor.of(SeededLearner.reseeding(tree))} (a value, and the bag can be saved to a model
     * file) or {@code BaggingRegressor.of(tree::withSeed)} (the same members, but code, so the bag cannot be
     * saved); every other setting at scikit-learn's default.
     *
     * @param member the members' learner given each member's seed; not null
     * @return the learner
     */
    @SuppressWarnings("overloads")
    public static BaggingRegressor of(SeededLearner<Regressor> member) {
        return new BaggingRegressor(member, 10, 1.0, 1.0, true, false, false, 0L, 0);
    }

    /**
     * @param value the number of members
     * @return a copy with it
     */
    public BaggingRegressor withMembers(int value) {
        return new BaggingRegressor(member, value, maxSamples, maxFeatures, bootstrap, bootstrapFeatures, oobScore, seed, threads);
    }

    /**
     * @param value the row fraction
     * @return a copy with it
     */
    public BaggingRegressor withMaxSamples(double value) {
        return new BaggingRegressor(member, members, value, maxFeatures, bootstrap, bootstrapFeatures, oobScore, seed, threads);
    }

    /**
     * @param value the column fraction
     * @return a copy with it
     */
    public BaggingRegressor withMaxFeatures(double value) {
        return new BaggingRegressor(member, members, maxSamples, value, bootstrap, bootstrapFeatures, oobScore, seed, threads);
    }

    /**
     * @param value whether rows are drawn with replacement
     * @return a copy with it
     */
    public BaggingRegressor withBootstrap(boolean value) {
        return new BaggingRegressor(member, members, maxSamples, maxFeatures, value, bootstrapFeatures, oobScore, seed, threads);
    }

    /**
     * @param value whether columns are drawn with replacement
     * @return a copy with it
     */
    public BaggingRegressor withBootstrapFeatures(boolean value) {
        return new BaggingRegressor(member, members, maxSamples, maxFeatures, bootstrap, value, oobScore, seed, threads);
    }

    /**
     * @param value whether to compute the out-of-bag score
     * @return a copy with it
     */
    public BaggingRegressor withOobScore(boolean value) {
        return new BaggingRegressor(member, members, maxSamples, maxFeatures, bootstrap, bootstrapFeatures, value, seed, threads);
    }

    /**
     * @param value the seed
     * @return a copy with it
     */
    public BaggingRegressor withSeed(long value) {
        return new BaggingRegressor(member, members, maxSamples, maxFeatures, bootstrap, bootstrapFeatures, oobScore, value, threads);
    }

    /**
     * @param value the thread count (0: all processors)
     * @return a copy with it
     */
    public BaggingRegressor withThreads(int value) {
        return new BaggingRegressor(member, members, maxSamples, maxFeatures, bootstrap, bootstrapFeatures, oobScore, seed, value);
    }

    @Override
    public BaggingRegressorModel fit(Dataset data) {
        return fit(data, ProgressListener.NONE);
    }

    /**
     * Fits the members in parallel, reporting one step per member.
     *
     * @param data rows with numeric targets, all finite; not modified
     * @param listener receives one step per fitted member
     * @return the model
     * @throws IllegalArgumentException if the data has no numeric targets, a non-finite value, or too
     *     few rows for one sampled row; or as the members' learner rejects a sample
     */
    @Override
    public BaggingRegressorModel fit(Dataset data, ProgressListener listener) {
        Check.notNull("data", data);
        Check.notNull("listener", listener);
        Check.finiteTargets(data);
        Check.minRows(data, 1);
        Check.finiteFeatures(data);
        int n = data.rows();
        int p = data.columns();
        int sampleRows = BaggingClassifier.sampleRows(maxSamples, n);
        int sampleColumns = Math.max(1, (int) (maxFeatures * p));
        Bag[] bags = Bag.draw(seed, members, n, sampleRows, bootstrap, p, sampleColumns, bootstrapFeatures);
        double[] x = data.features();
        double[] y = data.targets();
        List<Regressor> fitted = Members.fit(members, threads,
                m -> (Regressor) member.withSeed(bags[m].seed()).fit(Samples.targets(x, p, y, bags[m])), listener);
        int[][] columns = new int[members][];
        for (int m = 0; m < members; m++) {
            columns[m] = bags[m].columns();
        }
        Averaging averaging = new Averaging(new ArrayList<>(fitted), columns, p);
        OutOfBag.Predictions oob = oobScore ? OutOfBag.predictions(averaging, bags, x, p, y, threads) : null;
        return new BaggingRegressorModel(this, averaging, oob);
    }
}
