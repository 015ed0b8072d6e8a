package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.internal.Parallel;

import java.util.SplittableRandom;

/**
 * The bias–variance decomposition of a learner's expected test error, estimated by refitting it on
 * many training sets (fresh draws from a {@link DataSource}, or bootstrap samples of one dataset).
 *
 * <p><b>Squared loss.</b> At a test point {@code x}, with predictions {@code p_r} of the models fitted
 * on {@code R} training sets (mean {@code p̄}) and {@code S} fresh targets {@code y_s} (mean {@code ȳ}):
 * noise = {@code mean_s (y_s - ȳ)²}, bias² = {@code (ȳ - p̄)²}, variance = {@code mean_r (p_r - p̄)²},
 * and the expected loss {@code mean_{r,s} (y_s - p_r)²} equals noise + bias² + variance exactly (the
 * cross terms vanish because the training sets and the test targets are drawn independently); each
 * term is then averaged over the test points. The noise estimate has divisor {@code S}, so its
 * expectation is {@code σ² (S - 1) / S}.
 *
 * <p><b>0-1 loss</b> (Domingos). With the optimal prediction {@code y*} (the most frequent target at
 * {@code x}) and the main prediction {@code y_m} (the most frequent prediction; ties to the lower
 * class): noise {@code N = P(y ≠ y*)}, bias {@code B = [y_m ≠ y*]}, variance {@code V = P(p ≠ y_m)}, and
 * the expected loss is {@code c1 N + B + c2 V} with {@code c2 = 1} where unbiased and
 * {@code c2 = -P(p = y* | p ≠ y_m)} where biased (variance then helps: it moves predictions off the
 * wrong main prediction), and for two classes {@code c1 = 2 P(p = y*) - 1}. The identity is exact for
 * two classes, and for any number of classes when the targets are noise-free; other cases are refused.
 *
 * <p><b>Bootstrap</b> forms ({@code decomposeBootstrap}) refit on bootstrap samples of one training
 * set and score against the test set's one target per row: the noise cannot be separated from the
 * bias then, so it is reported as 0 and included in bias². scikit-learn has no bias–variance
 * decomposition. Rounds run in parallel with seeds drawn up front, so the result does not depend on
 * the thread count. Cost: {@code R} fits plus {@code R × S × T} arithmetic for {@code T} test points.
 *
 * <p>References: Geman, Bienenstock and Doursat, "Neural networks and the bias/variance dilemma",
 * Neural Computation 4 (1992); Domingos, "A unified bias-variance decomposition and its
 * applications", ICML 2000.
 */
public final class BiasVariance {

    private BiasVariance() {
    }

    /**
     * The squared-loss decomposition, each term averaged over the test points.
     *
     * @param expectedLoss the mean squared error over every (model, target draw) pair
     * @param bias2 the squared bias
     * @param variance the variance of the predictions across training sets
     * @param noise the variance of the targets around their mean (irreducible error)
     */
    public record SquaredLoss(double expectedLoss, double bias2, double variance, double noise) {
    }

    /**
     * Domingos' 0-1 loss decomposition, each term averaged over the test points.
     *
     * @param expectedLoss the misclassification rate over every (model, target draw) pair
     * @param bias the share of test points whose main prediction is not the optimal one
     * @param variance the mean of {@code V}: how often predictions differ from the main prediction
     * @param noise the mean of {@code N}: how often targets differ from the optimal prediction
     * @param netVariance the mean of {@code c2 V}: variance that adds to the loss minus variance that
     *     removes from it
     * @param noiseTerm the mean of {@code c1 N}
     */
    public record ZeroOneLoss(double expectedLoss, double bias, double variance, double noise, double netVariance,
            double noiseTerm) {
    }

    /**
     * Squared-loss decomposition over fresh draws from a data-generating process.
     *
     * @param learner the regressor learner
     * @param source draws training sets and test targets
     * @param test the test points (features); not modified
     * @param rounds the number of training sets, {@code >= 2}
     * @param targetDraws the number of target draws per test point, {@code >= 1}
     * @param seed the seed of every draw
     * @return the decomposition
     */
    public static SquaredLoss decompose(Learner<? extends Regressor> learner, DataSource source, Dataset test,
            int rounds, int targetDraws, long seed) {
        Check.notNull("source", source);
        Check.atLeast("targetDraws", targetDraws, 1);
        double[][] predictions = predictions(learner, test, rounds, seed, (r, rng) -> source.trainingSet(rng),
                (model, t) -> ((Regressor) model).predict(t));
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[][] targets = new double[targetDraws][];
        for (int s = 0; s < targetDraws; s++) {
            targets[s] = source.targets(test, rng);
            Check.sameLength("targets", targets[s].length, "test", test.rows());
        }
        return squared(predictions, targets);
    }

    /**
     * Squared-loss decomposition over bootstrap samples of one training set; noise is not separable
     * and is reported as 0 (it is inside bias²).
     *
     * @param learner the regressor learner
     * @param train the training set to resample; not modified
     * @param test the test set, with one target per row; not modified
     * @param rounds the number of bootstrap samples, {@code >= 2}
     * @param seed the seed
     * @return the decomposition
     */
    public static SquaredLoss decomposeBootstrap(Learner<? extends Regressor> learner, Dataset train, Dataset test,
            int rounds, long seed) {
        Check.notNull("train", train);
        Check.notNull("test", test);
        Check.that(test.hasNumericTargets(), "test must have numeric targets");
        double[][] predictions = predictions(learner, test.withoutTargets(), rounds, seed,
                (r, rng) -> train.select(bootstrapRows(train.rows(), rng)), (model, t) -> ((Regressor) model).predict(t));
        return squared(predictions, new double[][] {test.targets()});
    }

    /**
     * Domingos' 0-1 loss decomposition over fresh draws from a data-generating process.
     *
     * @param learner the classifier learner
     * @param source draws training sets (with classes) and test targets (class indices)
     * @param test the test points (features); not modified
     * @param rounds the number of training sets, {@code >= 2}
     * @param targetDraws the number of target draws per test point, {@code >= 1}
     * @param seed the seed of every draw
     * @return the decomposition
     * @throws IllegalArgumentException if there are more than two classes and the targets are noisy
     */
    public static ZeroOneLoss decomposeZeroOne(Learner<? extends Classifier> learner, DataSource source,
            Dataset test, int rounds, int targetDraws, long seed) {
        Check.notNull("source", source);
        Check.atLeast("targetDraws", targetDraws, 1);
        double[][] predictions = predictions(learner, test, rounds, seed, (r, rng) -> source.trainingSet(rng),
                (model, t) -> toDoubles(((Classifier) model).predict(t)));
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[][] targets = new double[targetDraws][];
        for (int s = 0; s < targetDraws; s++) {
            targets[s] = source.targets(test, rng);
            Check.sameLength("targets", targets[s].length, "test", test.rows());
        }
        return zeroOne(predictions, targets);
    }

    /**
     * Domingos' 0-1 loss decomposition over bootstrap samples of one training set (noise 0, inside bias).
     *
     * @param learner the classifier learner
     * @param train the training set to resample; not modified
     * @param test the test set, with classes; not modified
     * @param rounds the number of bootstrap samples, {@code >= 2}
     * @param seed the seed
     * @return the decomposition
     */
    public static ZeroOneLoss decomposeZeroOneBootstrap(Learner<? extends Classifier> learner, Dataset train,
            Dataset test, int rounds, long seed) {
        Check.notNull("train", train);
        Check.notNull("test", test);
        Check.hasClasses(test);
        double[][] predictions = predictions(learner, test.withoutTargets(), rounds, seed,
                (r, rng) -> train.select(bootstrapRows(train.rows(), rng)),
                (model, t) -> toDoubles(((Classifier) model).predict(t)));
        return zeroOne(predictions, new double[][] {toDoubles(test.classes())});
    }

    private interface TrainingSets {
        Dataset draw(int round, SplittableRandom rng);
    }

    private interface Predict {
        double[] apply(Object model, Dataset test);
    }

    private static double[][] predictions(Learner<?> learner, Dataset test, int rounds, long seed,
            TrainingSets sets, Predict predict) {
        Check.notNull("learner", learner);
        Check.notNull("test", test);
        Check.atLeast("rounds", rounds, 2);
        Check.notEmpty("test", test.rows());
        SplittableRandom master = new SplittableRandom(seed);
        long[] seeds = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            seeds[r] = master.nextLong();
        }
        double[][] out = new double[rounds][];
        try (Parallel parallel = Parallel.of(0)) {
            parallel.forEach(rounds, r -> {
                Dataset train = sets.draw(r, new SplittableRandom(seeds[r]));
                out[r] = predict.apply(learner.fit(train), test);
            });
        }
        return out;
    }

    private static SquaredLoss squared(double[][] predictions, double[][] targets) {
        int rounds = predictions.length;
        int draws = targets.length;
        int points = predictions[0].length;
        double loss = 0;
        double bias2 = 0;
        double variance = 0;
        double noise = 0;
        for (int t = 0; t < points; t++) {
            double meanP = 0;
            for (double[] p : predictions) {
                meanP += p[t];
            }
            meanP /= rounds;
            double meanY = 0;
            for (double[] y : targets) {
                meanY += y[t];
            }
            meanY /= draws;
            double v = 0;
            for (double[] p : predictions) {
                v += (p[t] - meanP) * (p[t] - meanP);
            }
            double n = 0;
            for (double[] y : targets) {
                n += (y[t] - meanY) * (y[t] - meanY);
            }
            // the loss over every (model, target) pair, computed directly rather than from the terms
            double l = 0;
            for (double[] p : predictions) {
                for (double[] y : targets) {
                    l += (y[t] - p[t]) * (y[t] - p[t]);
                }
            }
            loss += l / ((double) rounds * draws);
            variance += v / rounds;
            noise += n / draws;
            bias2 += (meanY - meanP) * (meanY - meanP);
        }
        return new SquaredLoss(loss / points, bias2 / points, variance / points, noise / points);
    }

    private static ZeroOneLoss zeroOne(double[][] predictions, double[][] targets) {
        int rounds = predictions.length;
        int draws = targets.length;
        int points = predictions[0].length;
        int classes = 0;
        for (double[][] a : new double[][][] {predictions, targets}) {
            for (double[] row : a) {
                for (double v : row) {
                    classes = Math.max(classes, (int) v + 1);
                }
            }
        }
        double loss = 0;
        double bias = 0;
        double variance = 0;
        double noise = 0;
        double netVariance = 0;
        double noiseTerm = 0;
        for (int t = 0; t < points; t++) {
            int[] predicted = new int[classes];
            for (double[] p : predictions) {
                predicted[(int) p[t]]++;
            }
            int[] actual = new int[classes];
            for (double[] y : targets) {
                actual[(int) y[t]]++;
            }
            int main = argMax(predicted);
            int optimal = argMax(actual);
            double pOptimal = (double) predicted[optimal] / rounds;
            double n = 1 - (double) actual[optimal] / draws;
            double v = 1 - (double) predicted[main] / rounds;
            int b = main == optimal ? 0 : 1;
            double c2 = b == 0 ? 1 : (v == 0 ? 0 : -pOptimal / v);
            double c1;
            if (n == 0) {
                c1 = 0;
            } else {
                int classesAtPoint = 0;
                for (int c = 0; c < classes; c++) {
                    if (predicted[c] > 0 || actual[c] > 0) {
                        classesAtPoint++;
                    }
                }
                int point = t;
                int seen = Math.max(classes, classesAtPoint);
                Check.that(seen <= 2, () -> "targets must be noise-free for the 0-1 decomposition of more than"
                        + " two classes; test point " + point + " has noisy targets among " + seen + " classes");
                c1 = 2 * pOptimal - 1;
            }
            long wrong = 0;
            for (double[] y : targets) {
                wrong += rounds - predicted[(int) y[t]];
            }
            loss += (double) wrong / ((double) rounds * draws);
            bias += b;
            variance += v;
            noise += n;
            netVariance += c2 * v;
            noiseTerm += c1 * n;
        }
        return new ZeroOneLoss(loss / points, bias / points, variance / points, noise / points,
                netVariance / points, noiseTerm / points);
    }

    private static int argMax(int[] counts) {
        int best = 0;
        for (int c = 1; c < counts.length; c++) {
            if (counts[c] > counts[best]) {
                best = c;
            }
        }
        return best;
    }

    private static int[] bootstrapRows(int n, SplittableRandom rng) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = rng.nextInt(n);
        }
        return rows;
    }

    private static double[] toDoubles(int[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
