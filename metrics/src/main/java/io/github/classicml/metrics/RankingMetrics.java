package io.github.classicml.metrics;

import io.github.classicml.core.Check;

import java.util.function.ToDoubleFunction;

/**
 * Metrics of a ranked list, as in search and recommendation: precision@k, recall@k, reciprocal rank
 * and average precision, for one query or averaged over queries (MRR, MAP).
 *
 * <p>Each query is a list of items with a graded relevance ({@code >= 0}; an item is relevant when
 * its relevance is &gt; 0) and a score; items are ranked by decreasing score. With R relevant items
 * in all:
 * <ul>
 *   <li>precision@k = (relevant items in the top k) / k; positions past the end of a shorter list
 *       count as not relevant.
 *   <li>recall@k = (relevant items in the top k) / R.
 *   <li>reciprocal rank = 1 / (rank of the first relevant item), ranks counted from 1; the mean over
 *       queries is the MRR.
 *   <li>average precision = (1/R) Σ over the relevant items of precision@(their rank); the mean over
 *       queries is the MAP. With distinct scores it equals scikit-learn's
 *       {@code average_precision_score} of the list.
 * </ul>
 * A query without relevant items scores 0 on recall@k, reciprocal rank and average precision (as
 * scikit-learn's {@code ndcg_score} scores such a query 0).
 *
 * <p><b>Ties.</b> Items with equal scores have no order, so each metric is the expected value over
 * all orders of the tied items, the rule scikit-learn's {@code ndcg_score} applies to DCG
 * ({@link DiscountedGain}). For a group of g tied items, r of them relevant, after p ranked items of
 * which c were relevant: the top k holds on average {@code r·m/g} of them when it takes m of the g
 * places; the first relevant item of the group lands at offset s with probability
 * {@code P(S > s-1) · r/(g-s+1)}; and the expected precision contribution of place j is
 * {@code (r/g)·(c + 1 + (j-1)(r-1)/(g-1)) / (p + j)}. (scikit-learn's {@code average_precision_score}
 * instead treats a tied group as one threshold, so with ties the two differ.) Each list costs
 * O(n log n).
 *
 * <p>Reference: C. D. Manning, P. Raghavan and H. Schütze, Introduction to Information Retrieval,
 * Cambridge University Press, 2008, chapter 8; F. McSherry and M. Najork, "Computing information
 * retrieval performance measures efficiently in the presence of tied scores", ECIR 2008.
 *
 * @see DiscountedGain
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /**
     * @param relevance the relevance of each item, finite and {@code >= 0}; not modified
     * @param scores the score of each item, finite; not modified
     * @param k the cut-off, {@code >= 1}
     * @return the expected fraction of the top k that is relevant
     */
    public static Ratio precisionAtK(double[] relevance, double[] scores, int k) {
        Check.atLeast("k", k, 1);
        return Ratio.of("precision@" + k, "expected relevant items in the top k / k",
                relevantInTop(ScoreGroups.of(relevance, scores), k), k, ZeroDivision.ZERO);
    }

    /**
     * @param relevance the relevance of each item, finite and {@code >= 0}; not modified
     * @param scores the score of each item, finite; not modified
     * @param k the cut-off, {@code >= 1}
     * @return the expected fraction of the relevant items found in the top k; 0 without relevant items
     */
    public static Ratio recallAtK(double[] relevance, double[] scores, int k) {
        Check.atLeast("k", k, 1);
        ScoreGroups groups = ScoreGroups.of(relevance, scores);
        return Ratio.of("recall@" + k, "expected relevant items in the top k / relevant items",
                relevantInTop(groups, k), groups.totalRelevant(), ZeroDivision.ZERO);
    }

    /**
     * @param relevance the relevance of each item, finite and {@code >= 0}; not modified
     * @param scores the score of each item, finite; not modified
     * @return the expected 1 / rank of the first relevant item; 0 without relevant items
     */
    public static Measure reciprocalRank(double[] relevance, double[] scores) {
        ScoreGroups groups = ScoreGroups.of(relevance, scores);
        long before = 0;
        String working = "no relevant item";
        for (int g = 0; g < groups.sizes().length; g++) {
            if (groups.relevant()[g] > 0) {
                working = groups.sizes()[g] == 1 ? "1 / " + (before + 1)
                        : "expected 1 / rank over ranks " + (before + 1) + " to " + (before + groups.sizes()[g])
                                + " (tied; " + groups.relevant()[g] + " of them relevant)";
                break;
            }
            before += groups.sizes()[g];
        }
        return new Measure("reciprocal rank", "1 / rank of the first relevant item", working, reciprocalRank(groups));
    }

    /**
     * @param relevance the relevance of each item, finite and {@code >= 0}; not modified
     * @param scores the score of each item, finite; not modified
     * @return the expected average precision; 0 without relevant items
     */
    public static Ratio averagePrecision(double[] relevance, double[] scores) {
        ScoreGroups groups = ScoreGroups.of(relevance, scores);
        return Ratio.of("AP", "Σ precision at each relevant item / relevant items", precisionSum(groups),
                groups.totalRelevant(), ZeroDivision.ZERO);
    }

    /**
     * @param relevance one relevance list per query; not modified
     * @param scores one score list per query, each as long as its relevance list; not modified
     * @param k the cut-off, {@code >= 1}
     * @return the mean precision@k over the queries
     */
    public static Ratio meanPrecisionAtK(double[][] relevance, double[][] scores, int k) {
        Check.atLeast("k", k, 1);
        return mean("precision@" + k, relevance, scores, g -> relevantInTop(g, k) / k);
    }

    /**
     * @param relevance one relevance list per query; not modified
     * @param scores one score list per query, each as long as its relevance list; not modified
     * @param k the cut-off, {@code >= 1}
     * @return the mean recall@k over the queries
     */
    public static Ratio meanRecallAtK(double[][] relevance, double[][] scores, int k) {
        Check.atLeast("k", k, 1);
        return mean("recall@" + k, relevance, scores, g -> recallAtK(g, k));
    }

    /**
     * @param relevance one relevance list per query; not modified
     * @param scores one score list per query, each as long as its relevance list; not modified
     * @return MRR, the mean reciprocal rank over the queries
     */
    public static Ratio meanReciprocalRank(double[][] relevance, double[][] scores) {
        return mean("reciprocal rank", relevance, scores, RankingMetrics::reciprocalRank);
    }

    /**
     * @param relevance one relevance list per query; not modified
     * @param scores one score list per query, each as long as its relevance list; not modified
     * @return MAP, the mean average precision over the queries
     */
    public static Ratio meanAveragePrecision(double[][] relevance, double[][] scores) {
        return mean("AP", relevance, scores, RankingMetrics::averagePrecision);
    }

    static Ratio mean(String name, double[][] relevance, double[][] scores, ToDoubleFunction<ScoreGroups> metric) {
        ScoreGroups.checkQueries(relevance, scores);
        double sum = 0;
        for (int q = 0; q < relevance.length; q++) {
            sum += metric.applyAsDouble(ScoreGroups.of(relevance[q], scores[q], q));
        }
        return Ratio.of("mean " + name, "Σ per-query " + name + " / queries", sum, relevance.length,
                ZeroDivision.ZERO);
    }

    /** The expected number of relevant items among the first k places. */
    private static double relevantInTop(ScoreGroups groups, int k) {
        double expected = 0;
        long before = 0;
        for (int g = 0; g < groups.sizes().length && before < k; g++) {
            int size = groups.sizes()[g];
            long places = Math.min(size, k - before);
            expected += (double) groups.relevant()[g] * places / size;
            before += size;
        }
        return expected;
    }

    private static double recallAtK(ScoreGroups groups, int k) {
        int total = groups.totalRelevant();
        return total == 0 ? 0 : relevantInTop(groups, k) / total;
    }

    private static double reciprocalRank(ScoreGroups groups) {
        long before = 0;
        for (int g = 0; g < groups.sizes().length; g++) {
            int size = groups.sizes()[g];
            int r = groups.relevant()[g];
            if (r > 0) {
                // S = offset of the first relevant item in the group; P(S = s) = P(S > s-1) * r / (size - s + 1)
                double expected = 0;
                double survive = 1;
                for (int s = 1; s <= size - r + 1; s++) {
                    expected += survive * r / (size - s + 1) / (before + s);
                    survive *= (double) (size - r - s + 1) / (size - s + 1);
                }
                return expected;
            }
            before += size;
        }
        return 0;
    }

    private static double averagePrecision(ScoreGroups groups) {
        int total = groups.totalRelevant();
        return total == 0 ? 0 : precisionSum(groups) / total;
    }

    /** Σ over the relevant items of the expected precision at the item's place, ties averaged. */
    private static double precisionSum(ScoreGroups groups) {
        double sum = 0;
        long before = 0;
        long relevantBefore = 0;
        for (int g = 0; g < groups.sizes().length; g++) {
            int size = groups.sizes()[g];
            int r = groups.relevant()[g];
            if (r > 0) {
                for (int j = 1; j <= size; j++) {
                    // E[relevant at place j times relevant among places 1..j]: given place j is relevant,
                    // the other r - 1 are spread uniformly over the other size - 1 places
                    double others = size == 1 ? 0 : (double) (j - 1) * (r - 1) / (size - 1);
                    sum += (double) r / size * (relevantBefore + 1 + others) / (before + j);
                }
            }
            before += size;
            relevantBefore += r;
        }
        return sum;
    }
}
