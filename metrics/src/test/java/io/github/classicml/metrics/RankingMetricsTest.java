package io.github.classicml.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link RankingMetrics} and {@link DiscountedGain}. */
class RankingMetricsTest {

    // ranked by score: relevance 0, 1, 0, 2, 0
    private static final double[] RELEVANCE = {0, 1, 0, 2, 0};
    private static final double[] SCORES = {0.9, 0.8, 0.7, 0.6, 0.5};

    static LongStream seeds() {
        return LongStream.range(0, 150);
    }

    @Test
    void distinctScores_handWorked() {
        assertEquals(0.0, RankingMetrics.precisionAtK(RELEVANCE, SCORES, 1).value());
        assertEquals(0.5, RankingMetrics.precisionAtK(RELEVANCE, SCORES, 2).value());
        assertEquals(0.5, RankingMetrics.precisionAtK(RELEVANCE, SCORES, 4).value());
        assertEquals(2.0 / 10, RankingMetrics.precisionAtK(RELEVANCE, SCORES, 10).value()); // missing places count as irrelevant
        assertEquals(0.5, RankingMetrics.recallAtK(RELEVANCE, SCORES, 2).value());
        assertEquals(0.5, RankingMetrics.reciprocalRank(RELEVANCE, SCORES).value()); // first relevant at rank 2
        // relevant at ranks 2 and 4: (1/2 + 2/4) / 2
        assertEquals(0.5, RankingMetrics.averagePrecision(RELEVANCE, SCORES).value());
        // DCG = 1 / log2(3) + 2 / log2(5); ideal = 2 / log2(2) + 1 / log2(3)
        double dcg = 1 / log2(3) + 2 / log2(5);
        assertEquals(dcg, DiscountedGain.dcg(RELEVANCE, SCORES).value(), 1e-15);
        assertEquals(dcg / (2 + 1 / log2(3)), DiscountedGain.ndcg(RELEVANCE, SCORES).value(), 1e-15);
        assertEquals((1 / log2(3)) / (2 + 1 / log2(3)), DiscountedGain.ndcg(RELEVANCE, SCORES, 2).value(), 1e-15);
        assertEquals(0.0, DiscountedGain.ndcg(RELEVANCE, SCORES, 1).value());
    }

    @Test
    void tiedScores_takeTheExpectationOverOrders() {
        // one relevant item among three tied: it is at rank 1, 2 or 3 with probability 1/3 each
        double[] rel = {1, 0, 0};
        double[] tied = {0.5, 0.5, 0.5};
        assertEquals((1 + 0.5 + 1.0 / 3) / 3, RankingMetrics.reciprocalRank(rel, tied).value(), 1e-15);
        assertEquals((1 + 0.5 + 1.0 / 3) / 3, RankingMetrics.averagePrecision(rel, tied).value(), 1e-15);
        assertEquals(1.0 / 3, RankingMetrics.precisionAtK(rel, tied, 1).value(), 1e-15);
        assertEquals(2.0 / 3, RankingMetrics.recallAtK(rel, tied, 2).value(), 1e-15);
        // DCG: the mean relevance 1/3 times the three discounts (scikit-learn's tie averaging)
        assertEquals((1 + 1 / log2(3) + 0.5) / 3, DiscountedGain.dcg(rel, tied).value(), 1e-15);
    }

    @Test
    void queriesWithoutRelevantItems_scoreZero() {
        double[] none = {0, 0, 0};
        double[] s = {3, 2, 1};
        assertEquals(0.0, RankingMetrics.recallAtK(none, s, 2).value());
        assertEquals(0.0, RankingMetrics.reciprocalRank(none, s).value());
        assertEquals(0.0, RankingMetrics.averagePrecision(none, s).value());
        assertEquals(0.0, DiscountedGain.ndcg(none, s).value());
        assertEquals(0.25, RankingMetrics.meanReciprocalRank(new double[][] {none, RELEVANCE},
                new double[][] {s, SCORES}).value(), 1e-15);
        assertEquals(0.25, RankingMetrics.meanAveragePrecision(new double[][] {none, RELEVANCE},
                new double[][] {s, SCORES}).value(), 1e-15);
        assertEquals(0.25, RankingMetrics.meanPrecisionAtK(new double[][] {none, RELEVANCE}, new double[][] {s, SCORES}, 2).value());
        assertEquals(0.25, RankingMetrics.meanRecallAtK(new double[][] {none, RELEVANCE}, new double[][] {s, SCORES}, 2).value());
    }

    @Test
    void invalidInput_namesTheProblem() {
        assertEquals("k must be >= 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> RankingMetrics.precisionAtK(RELEVANCE, SCORES, 0).value()).getMessage());
        assertEquals("relevance must be >= 0; entry 1 is -1", assertThrows(IllegalArgumentException.class,
                () -> DiscountedGain.ndcg(new double[] {1, -1}, new double[] {1, 2}).value()).getMessage());
        assertEquals("relevance[1] has 2 entries but scores[1] has 1", assertThrows(IllegalArgumentException.class,
                () -> DiscountedGain.meanNdcg(new double[][] {{1}, {1, 0}}, new double[][] {{1}, {1}}).value()).getMessage());
        assertEquals("scores[0] must be finite; entry 0 is NaN", assertThrows(IllegalArgumentException.class,
                () -> RankingMetrics.meanReciprocalRank(new double[][] {{1}}, new double[][] {{Double.NaN}}).value()).getMessage());
        assertEquals("relevance has 1 entries but scores has 2", assertThrows(IllegalArgumentException.class,
                () -> RankingMetrics.meanAveragePrecision(new double[][] {{1}}, new double[][] {{1}, {1}}).value()).getMessage());
        assertEquals("relevance must not be empty, got 0 entries", assertThrows(IllegalArgumentException.class,
                () -> RankingMetrics.averagePrecision(new double[0], new double[0]).value()).getMessage());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void everyMetric_equalsTheMeanOverAllOrdersOfTiedItems(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(1, 7);
        double[] rel = new double[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            rel[i] = rng.nextInt(0, 3);
            scores[i] = rng.nextInt(0, 3); // few values: many ties
        }
        int k = rng.nextInt(1, n + 2);
        List<int[]> orders = new ArrayList<>();
        permutations(new int[n], new boolean[n], 0, scores, orders);
        double p = 0;
        double r = 0;
        double rr = 0;
        double ap = 0;
        double dcg = 0;
        for (int[] order : orders) {
            p += bruteRelevantInTop(rel, order, k) / k;
            int total = (int) java.util.Arrays.stream(rel).filter(v -> v > 0).count();
            r += total == 0 ? 0 : bruteRelevantInTop(rel, order, k) / total;
            rr += bruteReciprocalRank(rel, order);
            ap += bruteAveragePrecision(rel, order);
            dcg += bruteDcg(rel, order, k);
        }
        int m = orders.size();
        assertEquals(p / m, RankingMetrics.precisionAtK(rel, scores, k).value(), 1e-12);
        assertEquals(r / m, RankingMetrics.recallAtK(rel, scores, k).value(), 1e-12);
        assertEquals(rr / m, RankingMetrics.reciprocalRank(rel, scores).value(), 1e-12);
        assertEquals(ap / m, RankingMetrics.averagePrecision(rel, scores).value(), 1e-12);
        assertEquals(dcg / m, DiscountedGain.dcg(rel, scores, k).value(), 1e-12);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void ndcg_isInZeroOne_andOneForTheIdealRanking(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(1, 40);
        double[] rel = new double[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            rel[i] = rng.nextInt(0, 5);
            scores[i] = rng.nextInt(0, 6);
        }
        rel[0] = 1;
        int k = rng.nextInt(1, n + 3);
        double ndcg = DiscountedGain.ndcg(rel, scores, k).value();
        assertTrue(ndcg >= 0 && ndcg <= 1 + 1e-15, "ndcg " + ndcg);
        // scoring each item by its own relevance is an ideal ranking (ties only among equal relevance)
        assertEquals(1.0, DiscountedGain.ndcg(rel, rel, k).value(), 1e-14);
        assertEquals(1.0, DiscountedGain.ndcg(rel, rel).value(), 1e-14);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Every order of the items consistent with decreasing scores (tied items in every order). */
    private static void permutations(int[] order, boolean[] used, int depth, double[] scores, List<int[]> out) {
        if (depth == order.length) {
            out.add(order.clone());
            return;
        }
        for (int i = 0; i < order.length; i++) {
            if (!used[i] && (depth == 0 || scores[order[depth - 1]] >= scores[i])) {
                used[i] = true;
                order[depth] = i;
                permutations(order, used, depth + 1, scores, out);
                used[i] = false;
            }
        }
    }

    private static double bruteRelevantInTop(double[] rel, int[] order, int k) {
        double count = 0;
        for (int i = 0; i < Math.min(k, order.length); i++) {
            count += rel[order[i]] > 0 ? 1 : 0;
        }
        return count;
    }

    private static double bruteReciprocalRank(double[] rel, int[] order) {
        for (int i = 0; i < order.length; i++) {
            if (rel[order[i]] > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double bruteAveragePrecision(double[] rel, int[] order) {
        double sum = 0;
        int found = 0;
        for (int i = 0; i < order.length; i++) {
            if (rel[order[i]] > 0) {
                found++;
                sum += (double) found / (i + 1);
            }
        }
        return found == 0 ? 0 : sum / found;
    }

    private static double bruteDcg(double[] rel, int[] order, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, order.length); i++) {
            sum += rel[order[i]] / log2(i + 2);
        }
        return sum;
    }
}
