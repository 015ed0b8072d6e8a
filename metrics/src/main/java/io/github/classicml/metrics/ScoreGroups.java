package io.github.classicml.metrics;

import io.github.classicml.core.Check;

import java.util.Arrays;

/**
 * The items of one ranked list grouped by equal score, from the highest score down: the ranking
 * metrics' common first step. A group of tied items occupies consecutive ranks in an order nobody
 * chose, so every ranking metric takes the expected value over the orders of each group.
 *
 * @param sizes the number of items of each group
 * @param gains the sum of the relevance of each group's items
 * @param relevant the number of each group's items with relevance &gt; 0
 */
record ScoreGroups(int[] sizes, double[] gains, int[] relevant) {

    /**
     * Validates one list and groups it. O(n log n).
     *
     * @param relevance the graded relevance of each item, finite and {@code >= 0}; not modified
     * @param scores the score of each item, higher ranked first, finite; not modified
     * @return the groups, highest score first
     */
    static ScoreGroups of(double[] relevance, double[] scores) {
        return of(relevance, scores, -1);
    }

    /**
     * Validates the lists of one query of several and groups them.
     *
     * @param relevance the graded relevance of each item, finite and {@code >= 0}; not modified
     * @param scores the score of each item, finite; not modified
     * @param query the query's index, named in messages, or -1 for a single list
     * @return the groups, highest score first
     */
    static ScoreGroups of(double[] relevance, double[] scores, int query) {
        if (!valid(relevance, scores)) {
            // the names carry the query's index; they are built only on this failing path
            String relevanceName = query < 0 ? "relevance" : "relevance[" + query + "]";
            String scoresName = query < 0 ? "scores" : "scores[" + query + "]";
            Inputs.finitePair(relevanceName, relevance, scoresName, scores);
            for (int i = 0; i < relevance.length; i++) {
                Check.atLeast(relevanceName, i, relevance[i], 0.0);
            }
        }
        int n = scores.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ScoreKeys.key(scores[i]);
        }
        long[] distinct = keys.clone();
        ScoreKeys.sort(distinct);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                distinct[m++] = distinct[i];
            }
        }
        int[] sizes = new int[m];
        double[] gains = new double[m];
        int[] relevant = new int[m];
        for (int i = 0; i < n; i++) {
            // ascending position of the score, turned around so that group 0 is the highest score
            int g = m - 1 - Arrays.binarySearch(distinct, 0, m, keys[i]);
            sizes[g]++;
            gains[g] += relevance[i];
            relevant[g] += relevance[i] > 0 ? 1 : 0;
        }
        return new ScoreGroups(sizes, gains, relevant);
    }

    /**
     * Tests every rule of one list without building any message.
     *
     * @return true when both lists are present, equally long, not empty, finite and the relevance
     *     non-negative
     */
    private static boolean valid(double[] relevance, double[] scores) {
        if (relevance == null || scores == null || relevance.length != scores.length || relevance.length == 0) {
            return false;
        }
        for (int i = 0; i < relevance.length; i++) {
            // NaN fails the first test, +infinity the second; -infinity fails the first
            if (!(relevance[i] >= 0) || relevance[i] == Double.POSITIVE_INFINITY || !Double.isFinite(scores[i])) {
                return false;
            }
        }
        return true;
    }

    /** @return the number of items with relevance &gt; 0 */
    int totalRelevant() {
        int r = 0;
        for (int v : relevant) {
            r += v;
        }
        return r;
    }

    /**
     * Validates a set of queries: as many relevance lists as score lists, at least one.
     *
     * @param relevance one relevance list per query
     * @param scores one score list per query
     */
    static void checkQueries(double[][] relevance, double[][] scores) {
        Check.notNull("relevance", relevance);
        Check.notNull("scores", scores);
        Check.sameLength("relevance", relevance.length, "scores", scores.length);
        Check.notEmpty("relevance", relevance.length);
    }
}
