package io.github.classicml.examples;

import io.github.classicml.algorithms.linear.LogisticRegression;
import io.github.classicml.algorithms.linear.LogisticRegressionModel;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.algorithms.preprocessing.StandardScalerModel;
import io.github.classicml.algorithms.selection.TrainTestSplit;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.metrics.DiscountedGain;
import io.github.classicml.metrics.RankingMetrics;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * A recommendation funnel in miniature: retrieve candidates cheaply by nearest neighbours, then rank them
 * with a model.
 *
 * <p>The catalogue is half of the wine data (the other half trains the ranker). Each catalogue wine in turn
 * is the one a customer liked; the recommender must suggest others of the same cultivar (the relevant
 * items, unknown to it). Retrieval uses a cheap two-number description of each wine (its standardised
 * alcohol and colour intensity) and keeps the {@value #CANDIDATES} nearest; the ranker, a logistic
 * regression on all 13 standardised measurements, scores each candidate by
 * {@code Σ_c P(c | liked wine) · P(c | candidate)}, the chance that the two share a cultivar under the
 * model. The example compares retrieval alone, the funnel (retrieval then ranking) and the ranker
 * scoring the whole catalogue, by precision@5, MRR and NDCG@10, and counts what the funnel saves: the
 * ranker scores {@value #CANDIDATES} items per request instead of the whole catalogue. Re-ranking only
 * reorders the candidates, so what retrieval misses no ranker can recover: its recall caps the funnel.
 */
public final class RecommendationFunnelExample implements Example {

    static final int CANDIDATES = 20;
    static final String[] RETRIEVAL_COLUMNS = {"alcohol", "color_intensity"};

    @Override
    public String name() {
        return "recommendation-funnel";
    }

    @Override
    public String question() {
        return "How does a recommender work: candidate retrieval by nearest neighbours, then ranking by a model?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset wine = Datasets.wine();
        TrainTestSplit.Indices split = TrainTestSplit.of(0.5).withStratification().withSeed(5).split(wine);
        Dataset train = split.trainData(wine);
        Dataset catalogue = split.testData(wine);
        StandardScalerModel scaler = StandardScaler.of().fit(train);
        LogisticRegressionModel ranker = LogisticRegression.of().fit(scaler.transform(train));
        double[][] probabilities = ranker.predictProbabilities(scaler.transform(catalogue));
        int[] cheap = new int[RETRIEVAL_COLUMNS.length];
        for (int j = 0; j < cheap.length; j++) {
            cheap[j] = wine.columnIndex(RETRIEVAL_COLUMNS[j]);
        }
        Dataset scaled = scaler.transform(catalogue);

        int n = catalogue.rows();
        double[][] relevance = new double[n][];
        double[][] retrieval = new double[n][];
        double[][] funnel = new double[n][];
        double[][] full = new double[n][];
        long relevantTotal = 0;
        long relevantRetrieved = 0;
        for (int q = 0; q < n; q++) {
            relevance[q] = new double[n - 1];
            retrieval[q] = new double[n - 1];
            funnel[q] = new double[n - 1];
            full[q] = new double[n - 1];
            double[] distance = new double[n - 1];
            int at = 0;
            for (int i = 0; i < n; i++) {
                if (i == q) {
                    continue;
                }
                relevance[q][at] = catalogue.classOf(i) == catalogue.classOf(q) ? 1 : 0;
                double d = 0;
                for (int column : cheap) {
                    double diff = scaled.get(i, column) - scaled.get(q, column);
                    d += diff * diff;
                }
                distance[at] = Math.sqrt(d);
                double score = 0;
                for (int c = 0; c < probabilities[q].length; c++) {
                    score += probabilities[q][c] * probabilities[i][c];
                }
                full[q][at] = score;
                retrieval[q][at] = -distance[at];
                at++;
            }
            // the funnel: the CANDIDATES nearest are ranked by the model, above everything else (kept in distance order)
            double cutoff = kthSmallest(distance, CANDIDATES);
            for (int i = 0; i < n - 1; i++) {
                boolean candidate = distance[i] <= cutoff;
                funnel[q][i] = candidate ? 10 + full[q][i] : -distance[i];
                relevantTotal += (long) relevance[q][i];
                relevantRetrieved += candidate ? (long) relevance[q][i] : 0;
            }
        }
        String[] names = {"retrieval only (2 numbers, kNN)", "funnel: retrieve " + CANDIDATES + ", then rank",
            "ranker on the whole catalogue"};
        double[][][] strategies = {retrieval, funnel, full};
        double[] precision5 = new double[3];
        double[] mrr = new double[3];
        double[] ndcg10 = new double[3];
        double[] precisionCandidates = new double[3];
        for (int s = 0; s < 3; s++) {
            precision5[s] = RankingMetrics.meanPrecisionAtK(relevance, strategies[s], 5).value();
            mrr[s] = RankingMetrics.meanReciprocalRank(relevance, strategies[s]).value();
            ndcg10[s] = DiscountedGain.meanNdcg(relevance, strategies[s], 10).value();
            precisionCandidates[s] = RankingMetrics.meanPrecisionAtK(relevance, strategies[s], CANDIDATES).value();
        }
        double candidateRecall = relevantRetrieved / (double) relevantTotal;

        out.printf(Locale.ROOT, "wine: %d wines train the ranker; the other %d are the catalogue. Each catalogue wine in turn"
                + " is the one a customer liked;%nthe relevant suggestions are the other wines of its cultivar"
                + " (%d requests, %d items each).%n", train.rows(), n, n, n - 1);
        out.printf(Locale.ROOT, "Stage 1, retrieval: the %d nearest by standardised %s and %s (cheap: 2 numbers per item).%n",
                CANDIDATES, RETRIEVAL_COLUMNS[0], RETRIEVAL_COLUMNS[1]);
        out.printf(Locale.ROOT, "Stage 2, ranking: logistic regression on all %d measurements; score = Σ_c P(c | liked)"
                + " P(c | candidate).%n%n", wine.columns());
        out.printf(Locale.ROOT, "  %-36s %12s %8s %9s %14s%n", "", "precision@5", "MRR", "NDCG@10", "model calls");
        int[] scored = {0, CANDIDATES, n - 1};
        for (int s = 0; s < 3; s++) {
            out.printf(Locale.ROOT, "  %-36s %12.3f %8.3f %9.3f %14d%n", names[s], precision5[s], mrr[s], ndcg10[s],
                    scored[s]);
        }
        out.println();
        out.printf(Locale.ROOT, "Retrieval keeps %d of the %d relevant pairs: recall@%d = %.3f, the ceiling on what"
                + " the funnel can find.%n", relevantRetrieved, relevantTotal, CANDIDATES, candidateRecall);
        out.printf(Locale.ROOT, "Ranking the same %d candidates moves precision@5 from %.3f to %.3f and NDCG@10 from %.3f"
                + " to %.3f;%nprecision@%d is %.3f for both, because re-ranking only reorders the candidates.%n",
                CANDIDATES, precision5[0], precision5[1], ndcg10[0], ndcg10[1], CANDIDATES, precisionCandidates[0],
                precisionCandidates[1]);
        out.printf(Locale.ROOT, "Scoring the whole catalogue with the model gives precision@5 %.3f at %d model calls per"
                + " request instead of %d (%.1f times as many);%nin a real catalogue of millions, only the funnel is"
                + " affordable, and the retrieval stage decides what can be found.%n", precision5[2], n - 1,
                CANDIDATES, (n - 1) / (double) CANDIDATES);

        CategoryChart chart = new CategoryChartBuilder().width(680).height(420).title("A recommendation funnel (wine)")
                .xAxisTitle("metric").yAxisTitle("mean over requests").build();
        List<String> metrics = List.of("precision@5", "MRR", "NDCG@10");
        for (int s = 0; s < 3; s++) {
            chart.addSeries(names[s], metrics, List.of(precision5[s], mrr[s], ndcg10[s]));
        }
        return Report.builder()
                .figure("catalogue", n)
                .figure("candidateRecall", candidateRecall)
                .figure("relevantPairs", relevantTotal)
                .figure("relevantRetrieved", relevantRetrieved)
                .figure("retrievalPrecision5", precision5[0])
                .figure("funnelPrecision5", precision5[1])
                .figure("fullPrecision5", precision5[2])
                .figure("retrievalNdcg10", ndcg10[0])
                .figure("funnelNdcg10", ndcg10[1])
                .figure("retrievalPrecisionAtCandidates", precisionCandidates[0])
                .figure("funnelPrecisionAtCandidates", precisionCandidates[1])
                .file(Plots.savePng(chart, context, "recommendation-funnel"))
                .build();
    }

    /** The k-th smallest value (k from 1). */
    static double kthSmallest(double[] values, int k) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[k - 1];
    }
}
