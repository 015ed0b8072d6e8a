package io.github.classicml.metrics;

import io.github.classicml.core.Check;
import io.github.classicml.core.internal.linalg.Scaling;

import java.util.Arrays;

/**
 * Discounted cumulative gain (DCG) and its normalised form NDCG, with graded relevance, exactly as
 * scikit-learn's {@code dcg_score} and {@code ndcg_score} define them (tie handling included).
 *
 * <p>Items are ranked by decreasing score; the item at place i (from 0) gains its relevance times
 * the discount {@code 1 / log2(i + 2)}, and only the first k places count:
 * {@code DCG@k = Σ_(i<k) rel_(i) / log2(i + 2)}. The relevance is used as given (linear gain, not
 * {@code 2^rel - 1}). NDCG divides by the DCG of the ideal order (relevance sorted decreasing), so it
 * lies in [0, 1] and is 1 for a perfect ranking; a query whose items are all irrelevant has NDCG 0.
 * Tied scores: the items of a tied group share its places, each gaining the group's mean relevance
 * times the group's summed discounts, which is the expected DCG over the orders of the group
 * (scikit-learn's default {@code ignore_ties=False}). Relevance must be finite and {@code >= 0}
 * (scikit-learn 1.2 only warns on negative values; 1.4 rejects them). The mean over queries allows
 * lists of different lengths, where scikit-learn needs a rectangular array. O(n log n) per list.
 *
 * <p>Magnitudes: NDCG is scale-free (relevance times any factor gives the same NDCG), so relevance whose
 * largest value lies beyond {@code 2^±512} is multiplied by the exact power of two that brings it near 1
 * before either DCG is summed (the ratio's working then says so): relevance near {@link Double#MAX_VALUE},
 * whose sums overflow, or subnormal relevance, whose sums lose digits, gives the NDCG of the same lists at
 * ordinary magnitudes. A DCG itself beyond the double range is an {@link ArithmeticException} naming it and
 * its value.
 *
 * <p>Reference: K. Järvelin and J. Kekäläinen, "Cumulated gain-based evaluation of IR techniques",
 * ACM Transactions on Information Systems 20(4), 422-446, 2002; F. McSherry and M. Najork,
 * "Computing information retrieval performance measures efficiently in the presence of tied
 * scores", ECIR 2008.
 *
 * @see RankingMetrics
 */
public final class DiscountedGain {

    private static final double LN2 = Math.log(2);

    private DiscountedGain() {
    }

    /**
     * @param relevance the relevance of each item, finite and {@code >= 0}; not modified
     * @param scores the score of each item, finite; not modified
     * @return DCG over the whole list
     */
    public static Measure dcg(double[] relevance, double[] scores) {
        return dcgMeasure("DCG", relevance, scores, Integer.MAX_VALUE);
    }

    /**
     * @param relevance the relevance of each item, finite and {@code >= 0}; not modified
     * @param scores the score of each item, finite; not modified
     * @param k the number of places that count, {@code >= 1}
     * @return DCG@k
     */
    public static Measure dcg(double[] relevance, double[] scores, int k) {
        Check.atLeast("k", k, 1);
        return dcgMeasure("DCG@" + k, relevance, scores, k);
    }

    /**
     * @param relevance the relevance of each item, finite and {@code >= 0}; not modified
     * @param scores the score of each item, finite; not modified
     * @return NDCG over the whole list, in [0, 1]
     */
    public static Ratio ndcg(double[] relevance, double[] scores) {
        return ndcgRatio("NDCG", relevance, scores, Integer.MAX_VALUE);
    }

    /**
     * @param relevance the relevance of each item, finite and {@code >= 0}; not modified
     * @param scores the score of each item, finite; not modified
     * @param k the number of places that count, {@code >= 1}
     * @return NDCG@k, in [0, 1]
     */
    public static Ratio ndcg(double[] relevance, double[] scores, int k) {
        Check.atLeast("k", k, 1);
        return ndcgRatio("NDCG@" + k, relevance, scores, k);
    }

    /**
     * @param relevance one relevance list per query; not modified
     * @param scores one score list per query, each as long as its relevance list; not modified
     * @return the mean DCG over the queries (scikit-learn's {@code dcg_score})
     */
    public static Ratio meanDcg(double[][] relevance, double[][] scores) {
        return meanDcg("DCG", relevance, scores, Integer.MAX_VALUE);
    }

    /**
     * @param relevance one relevance list per query; not modified
     * @param scores one score list per query, each as long as its relevance list; not modified
     * @param k the number of places that count, {@code >= 1}
     * @return the mean DCG@k over the queries
     */
    public static Ratio meanDcg(double[][] relevance, double[][] scores, int k) {
        Check.atLeast("k", k, 1);
        return meanDcg("DCG@" + k, relevance, scores, k);
    }

    private static Ratio meanDcg(String name, double[][] relevance, double[][] scores, int k) {
        ScoreGroups.checkQueries(relevance, scores);
        double sum = 0;
        for (int q = 0; q < relevance.length; q++) {
            int query = q;
            sum += checkedDcg(() -> name + " of query " + query, relevance[q], scores[q],
                    ScoreGroups.of(relevance[q], scores[q], q), k);
        }
        if (Double.isInfinite(sum)) {
            throw new ArithmeticException("the sum of the per-query " + name + " must lie within the double range to"
                    + " be returned, got more than " + Check.format(Double.MAX_VALUE) + "; divide the relevance by a"
                    + " common factor (DCG is proportional to it)");
        }
        return Ratio.of("mean " + name, "Σ per-query " + name + " / queries", sum, relevance.length,
                ZeroDivision.ZERO);
    }

    /**
     * @param relevance one relevance list per query; not modified
     * @param scores one score list per query, each as long as its relevance list; not modified
     * @return the mean NDCG over the queries (scikit-learn's {@code ndcg_score})
     */
    public static Ratio meanNdcg(double[][] relevance, double[][] scores) {
        return meanNdcg("NDCG", relevance, scores, Integer.MAX_VALUE);
    }

    /**
     * @param relevance one relevance list per query; not modified
     * @param scores one score list per query, each as long as its relevance list; not modified
     * @param k the number of places that count, {@code >= 1}
     * @return the mean NDCG@k over the queries
     */
    public static Ratio meanNdcg(double[][] relevance, double[][] scores, int k) {
        Check.atLeast("k", k, 1);
        return meanNdcg("NDCG@" + k, relevance, scores, k);
    }

    private static Ratio meanNdcg(String name, double[][] relevance, double[][] scores, int k) {
        ScoreGroups.checkQueries(relevance, scores);
        double sum = 0;
        for (int q = 0; q < relevance.length; q++) {
            ScoreGroups groups = ScoreGroups.of(relevance[q], scores[q], q);
            int unit = unit(relevance[q]);
            if (unit == 0) {
                sum += ndcg(relevance[q], groups, k);
            } else {
                double[] scaled = scaled(relevance[q], unit);
                sum += ndcg(scaled, ScoreGroups.of(scaled, scores[q]), k);
            }
        }
        return Ratio.of("mean " + name, "Σ per-query " + name + " / queries", sum, relevance.length,
                ZeroDivision.ZERO);
    }

    private static Measure dcgMeasure(String name, double[] relevance, double[] scores, int k) {
        ScoreGroups groups = ScoreGroups.of(relevance, scores);
        int items = relevance.length;
        int ranks = Math.min(k, items);
        return new Measure(name, "Σ relevance / log2(rank + 1), tied items sharing their ranks' discounts",
                "sum over the top " + ranks + (ranks == 1 ? " rank" : " ranks") + " of " + items + " items",
                checkedDcg(() -> name, relevance, scores, groups, k));
    }

    /**
     * The DCG of validated lists, or the error naming it when it lies above the double range: its value
     * is then computed on the relevance scaled by a power of two, and reported in the relevance's units.
     */
    private static double checkedDcg(java.util.function.Supplier<String> name, double[] relevance, double[] scores,
                                     ScoreGroups groups, int k) {
        double v = dcg(groups, k);
        if (Double.isFinite(v)) {
            return v;
        }
        int unit = unit(relevance);
        double inUnits = dcg(ScoreGroups.of(scaled(relevance, unit), scores), k);
        throw new ArithmeticException(name.get() + " must lie within the double range to be returned, got about "
                + io.github.classicml.core.internal.linalg.Scaling.approximately(inUnits, -(long) unit)
                + "; divide the relevance by a common factor (DCG is proportional to it)");
    }

    private static Ratio ndcgRatio(String name, double[] relevance, double[] scores, int k) {
        ScoreGroups groups = ScoreGroups.of(relevance, scores);
        int unit = unit(relevance);
        if (unit == 0) {
            return Ratio.of(name, "DCG / ideal DCG", dcg(groups, k), idealDcg(relevance, k), ZeroDivision.ZERO);
        }
        double[] scaled = scaled(relevance, unit);
        return Ratio.of(name, "DCG / ideal DCG, relevance times 2^" + unit + " (NDCG is scale-free)",
                dcg(ScoreGroups.of(scaled, scores), k), idealDcg(scaled, k), ZeroDivision.ZERO);
    }

    /**
     * @param relevance validated relevance, finite and {@code >= 0}
     * @return the exponent {@code e} that brings the largest relevance near 1 when it lies beyond
     *     {@code 2^±512}; 0 otherwise (sums of up to 2^31 such terms stay far inside the range)
     */
    private static int unit(double[] relevance) {
        return Scaling.scaleExponent(Scaling.maxAbs(relevance, 0, relevance.length), Scaling.window(1));
    }

    private static double[] scaled(double[] relevance, int unit) {
        double[] out = relevance.clone();
        Scaling.scale(out, 0, out.length, unit);
        return out;
    }

    /** The discount of place i (from 0), computed as scikit-learn computes it. */
    private static double discount(long i) {
        return 1 / (Math.log(i + 2) / LN2);
    }

    private static double dcg(ScoreGroups groups, int k) {
        double sum = 0;
        long place = 0;
        for (int g = 0; g < groups.sizes().length && place < k; g++) {
            int size = groups.sizes()[g];
            double discounts = 0;
            for (long i = place; i < place + size && i < k; i++) {
                discounts += discount(i);
            }
            sum += groups.gains()[g] / size * discounts;
            place += size;
        }
        return sum;
    }

    private static double ndcg(double[] relevance, ScoreGroups groups, int k) {
        double best = idealDcg(relevance, k);
        return best == 0 ? 0 : dcg(groups, k) / best;
    }

    /** The DCG of the best order: relevance sorted from the highest down. */
    private static double idealDcg(double[] relevance, int k) {
        double[] ideal = relevance.clone();
        Arrays.sort(ideal);
        double best = 0;
        for (int i = 0; i < ideal.length && i < k; i++) {
            best += ideal[ideal.length - 1 - i] * discount(i);
        }
        return best;
    }
}
