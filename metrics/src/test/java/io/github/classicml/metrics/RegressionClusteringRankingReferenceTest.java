package io.github.classicml.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Regression, clustering and ranking metrics against scikit-learn 1.2.1
 * ({@code reference/metrics/regression.txt}, {@code clustering.txt}, {@code ranking.txt}, made by
 * {@code metrics_reference.py}).
 *
 * <p>Regression: noisy, outliers, zeros in the actual values (MAPE's epsilon), constant actual values
 * with perfect and imperfect predictions (the force-finite rule), a constant bias and two rows.
 * Clustering: silhouettes of blobs, a singleton cluster, labels with gaps, equal points in different
 * clusters and noise, and k-means' inertia. Ranking: NDCG and DCG at k = all, 1, 3, 5 with graded
 * relevance, heavy ties and a query without relevant items; per-query average precision with binary
 * relevance.
 */
class RegressionClusteringRankingReferenceTest {

    private static final ReferenceData REGRESSION = ReferenceData.load("regression.txt");
    private static final ReferenceData CLUSTERING = ReferenceData.load("clustering.txt");
    private static final ReferenceData RANKING = ReferenceData.load("ranking.txt");

    static Stream<String> regressionCases() {
        return REGRESSION.cases().stream();
    }

    static Stream<String> clusteringCases() {
        return CLUSTERING.cases().stream().filter(c -> CLUSTERING.has(c + ".silhouetteScore"));
    }

    static Stream<String> rankingCases() {
        return RANKING.cases().stream();
    }

    private static void assertClose(double expected, double actual, String message) {
        assertEquals(expected, actual, 1e-13 * Math.max(1, Math.abs(expected)), message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressionCases")
    void regression_equalsScikitLearn(String c) {
        double[] y = REGRESSION.doubles(c + ".actual");
        double[] p = REGRESSION.doubles(c + ".predicted");
        assertClose(REGRESSION.scalar(c + ".mse"), RegressionMetrics.meanSquaredError(y, p).value(), c + " mse");
        assertClose(REGRESSION.scalar(c + ".rmse"), RegressionMetrics.rootMeanSquaredError(y, p).value(), c + " rmse");
        assertClose(REGRESSION.scalar(c + ".mae"), RegressionMetrics.meanAbsoluteError(y, p).value(), c + " mae");
        assertClose(REGRESSION.scalar(c + ".medae"), RegressionMetrics.medianAbsoluteError(y, p).value(), c + " medae");
        assertClose(REGRESSION.scalar(c + ".mape"), RegressionMetrics.meanAbsolutePercentageError(y, p).value(), c + " mape");
        assertClose(REGRESSION.scalar(c + ".r2"), RegressionMetrics.r2(y, p).value(), c + " r2");
        assertClose(REGRESSION.scalar(c + ".explainedVariance"), RegressionMetrics.explainedVariance(y, p).value(),
                c + " explained variance");
        // adjusted R² from scikit-learn's R² by its definition, with 1 predictor
        double r2 = REGRESSION.scalar(c + ".r2");
        int n = y.length;
        if (n > 2) {
            assertClose(1 - (1 - r2) * (n - 1) / (n - 2), RegressionMetrics.adjustedR2(y, p, 1).value(), c + " adjusted");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clusteringCases")
    void silhouetteAndInertia_equalScikitLearn(String c) {
        double[][] x = CLUSTERING.matrix(c, "rows");
        int[] labels = CLUSTERING.ints(c + ".labels");
        // scikit-learn computes distances as sqrt(|x|² - 2x·y + |y|²), we sum the squared differences
        assertArrayEquals(CLUSTERING.doubles(c + ".silhouetteSamples"), ClusteringMetrics.silhouetteSamples(x, labels),
                1e-12, c);
        assertEquals(CLUSTERING.scalar(c + ".silhouetteScore"), ClusteringMetrics.silhouetteScore(x, labels).value(), 1e-12, c);
        assertClose(CLUSTERING.scalar(c + ".inertiaMeans"), ClusteringMetrics.inertia(x, labels).value(), c);
    }

    @Test
    void inertia_withKMeansCentres_equalsKMeansInertia() {
        double[][] x = CLUSTERING.matrix("kmeans", "rows");
        int[] labels = CLUSTERING.ints("kmeans.labels");
        int[] shape = {3, 2};
        double[] flat = CLUSTERING.doubles("kmeans.centres");
        double[][] centres = new double[shape[0]][shape[1]];
        for (int i = 0; i < shape[0]; i++) {
            System.arraycopy(flat, i * shape[1], centres[i], 0, shape[1]);
        }
        assertClose(CLUSTERING.scalar("kmeans.inertia"), ClusteringMetrics.inertia(x, labels, centres).value(), "kmeans");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rankingCases")
    void ndcgAndDcg_equalScikitLearn(String c) {
        double[][] rel = RANKING.matrix(c, "relevance");
        double[][] s = RANKING.matrix(c, "scores");
        for (String k : new String[] {"all", "1", "3", "5"}) {
            String p = c + " k=" + k;
            boolean all = k.equals("all");
            int kk = all ? 0 : Integer.parseInt(k);
            assertClose(RANKING.scalar(c + ".ndcg." + k),
                    all ? DiscountedGain.meanNdcg(rel, s).value() : DiscountedGain.meanNdcg(rel, s, kk).value(), p);
            assertClose(RANKING.scalar(c + ".dcg." + k),
                    all ? DiscountedGain.meanDcg(rel, s).value() : DiscountedGain.meanDcg(rel, s, kk).value(), p);
            double[] perQuery = RANKING.doubles(c + ".ndcgPerQuery." + k);
            for (int q = 0; q < rel.length; q++) {
                assertClose(perQuery[q], all ? DiscountedGain.ndcg(rel[q], s[q]).value() : DiscountedGain.ndcg(rel[q], s[q], kk).value(),
                        p + " query " + q);
            }
        }
    }

    @Test
    void averagePrecision_distinctScores_equalsScikitLearnPerQuery() {
        double[][] rel = RANKING.matrix("binary", "relevance");
        double[][] s = RANKING.matrix("binary", "scores");
        double[] expected = RANKING.doubles("binary.ap");
        double mean = 0;
        for (int q = 0; q < rel.length; q++) {
            assertClose(expected[q], RankingMetrics.averagePrecision(rel[q], s[q]).value(), "query " + q);
            mean += expected[q] / rel.length;
        }
        assertClose(mean, RankingMetrics.meanAveragePrecision(rel, s).value(), "MAP");
    }
}
