package io.github.classicml.examples;

import io.github.classicml.metrics.DiscountedGain;
import io.github.classicml.metrics.RankingMetrics;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ranking metrics for search and recommendation, worked by hand on three queries: precision@k, the
 * reciprocal rank and its mean (MRR), and NDCG.
 *
 * <p>A search engine returns six results for each of three queries; a judge has graded each result's
 * relevance from 0 (useless) to 3 (perfect). precision@3 counts the relevant results (grade above 0) in
 * the first three places; the reciprocal rank is 1 over the place of the first relevant result; DCG adds
 * each grade discounted by {@code 1 / log2(place + 1)} and NDCG divides it by the DCG of the best possible
 * order. The example prints the arithmetic, checks it against {@link RankingMetrics} and
 * {@link DiscountedGain}, and shows what each metric ignores: precision@k does not see the order inside
 * the top k, the reciprocal rank sees only the first hit, NDCG sees grades and order.
 */
public final class RankingMetricsExample implements Example {

    /** The judged grades of the six results of each query, in the order the engine returned them. */
    static final double[][] GRADES = {
        {3, 2, 0, 0, 1, 0},
        {0, 0, 1, 0, 0, 2},
        {0, 1, 0, 3, 0, 0},
    };
    static final String[] QUERIES = {"\"iris dataset\"", "\"kd-tree build\"", "\"box-cox lambda\""};
    static final int K = 3;

    @Override
    public String name() {
        return "ranking-metrics";
    }

    @Override
    public String question() {
        return "How are search and recommendation rankings scored: precision@k, MRR and NDCG?";
    }

    /** Scores that rank the items in the given order: 6, 5, ..., 1. */
    static double[] engineScores(int length) {
        double[] scores = new double[length];
        for (int i = 0; i < length; i++) {
            scores[i] = length - i;
        }
        return scores;
    }

    static double dcgByHand(double[] gradesInOrder, StringBuilder working) {
        double dcg = 0;
        for (int i = 0; i < gradesInOrder.length; i++) {
            if (gradesInOrder[i] > 0) {
                double term = gradesInOrder[i] / (Math.log(i + 2) / Math.log(2));
                dcg += term;
                if (working != null) {
                    working.append(working.length() == 0 ? "" : " + ")
                            .append(String.format(Locale.ROOT, "%.0f/log2(%d)", gradesInOrder[i], i + 2));
                }
            }
        }
        return dcg;
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        int q = GRADES.length;
        double[][] scores = new double[q][];
        double[] precision = new double[q];
        double[] reciprocal = new double[q];
        double[] ndcg = new double[q];
        double worstGap = 0;
        out.println("Three queries, six results each; the judged grade (0-3) of each result in the order returned:");
        for (int i = 0; i < q; i++) {
            scores[i] = engineScores(GRADES[i].length);
            StringBuilder grades = new StringBuilder();
            for (double g : GRADES[i]) {
                grades.append(String.format(Locale.ROOT, " %.0f", g));
            }
            out.printf(Locale.ROOT, "  %-18s%s%n", QUERIES[i], grades);
        }
        out.println();
        for (int i = 0; i < q; i++) {
            double[] g = GRADES[i];
            int hits = 0;
            for (int p = 0; p < K; p++) {
                hits += g[p] > 0 ? 1 : 0;
            }
            int first = 0;
            while (first < g.length && g[first] == 0) {
                first++;
            }
            precision[i] = hits / (double) K;
            reciprocal[i] = first < g.length ? 1.0 / (first + 1) : 0;
            StringBuilder working = new StringBuilder();
            double dcg = dcgByHand(g, working);
            double[] ideal = g.clone();
            java.util.Arrays.sort(ideal);
            for (int a = 0, b = ideal.length - 1; a < b; a++, b--) {
                double t = ideal[a];
                ideal[a] = ideal[b];
                ideal[b] = t;
            }
            StringBuilder idealWorking = new StringBuilder();
            double idcg = dcgByHand(ideal, idealWorking);
            ndcg[i] = dcg / idcg;
            out.printf(Locale.ROOT, "%s%n", QUERIES[i]);
            out.printf(Locale.ROOT, "  precision@%d = relevant in the top %d / %d = %d / %d = %.3f%n", K, K, K, hits, K,
                    precision[i]);
            out.printf(Locale.ROOT, "  reciprocal rank = 1 / (place of the first relevant result) = 1 / %d = %.3f%n",
                    first + 1, reciprocal[i]);
            out.printf(Locale.ROOT, "  DCG = %s = %.4f%n", working, dcg);
            out.printf(Locale.ROOT, "  ideal order %s: IDCG = %s = %.4f;  NDCG = %.4f / %.4f = %.4f%n",
                    java.util.Arrays.toString(ideal).replace(".0", ""), idealWorking, idcg, dcg, idcg, ndcg[i]);
            worstGap = Math.max(worstGap, Math.abs(precision[i]
                    - RankingMetrics.precisionAtK(g, scores[i], K).value()));
            worstGap = Math.max(worstGap, Math.abs(reciprocal[i] - RankingMetrics.reciprocalRank(g, scores[i]).value()));
            worstGap = Math.max(worstGap, Math.abs(ndcg[i] - DiscountedGain.ndcg(g, scores[i]).value()));
        }
        double meanPrecision = RankingMetrics.meanPrecisionAtK(GRADES, scores, K).value();
        double mrr = RankingMetrics.meanReciprocalRank(GRADES, scores).value();
        double meanNdcg = DiscountedGain.meanNdcg(GRADES, scores).value();
        out.println();
        out.printf(Locale.ROOT, "Over the three queries: mean precision@%d = %.4f, MRR = (%.3f + %.3f + %.3f) / 3 = %.4f,"
                + " mean NDCG = %.4f.%n", K, meanPrecision, reciprocal[0], reciprocal[1], reciprocal[2], mrr, meanNdcg);
        out.printf(Locale.ROOT, "RankingMetrics and DiscountedGain agree with the hand arithmetic within %.1e.%n", worstGap);

        // what each metric ignores: swap the first two results of the first query
        double[] swapped = GRADES[0].clone();
        double t = swapped[0];
        swapped[0] = swapped[1];
        swapped[1] = t;
        double swappedPrecision = RankingMetrics.precisionAtK(swapped, scores[0], K).value();
        double swappedReciprocal = RankingMetrics.reciprocalRank(swapped, scores[0]).value();
        double swappedNdcg = DiscountedGain.ndcg(swapped, scores[0]).value();
        out.printf(Locale.ROOT, "Put the grade-2 result of %s above the grade-3 one: precision@%d stays %.3f and the"
                + " reciprocal rank %.3f,%nbut NDCG falls from %.4f to %.4f. Precision@k and MRR count hits; only NDCG"
                + " sees how good each hit is and where it sits.%n", QUERIES[0], K, swappedPrecision,
                swappedReciprocal, ndcg[0], swappedNdcg);

        CategoryChart chart = new CategoryChartBuilder().width(640).height(420).title("Ranking metrics per query")
                .xAxisTitle("query").yAxisTitle("score").build();
        List<String> names = List.of(QUERIES);
        chart.addSeries("precision@" + K, names, boxed(precision));
        chart.addSeries("reciprocal rank", names, boxed(reciprocal));
        chart.addSeries("NDCG", names, boxed(ndcg));
        return Report.builder()
                .figure("meanPrecisionAtK", meanPrecision)
                .figure("meanReciprocalRank", mrr)
                .figure("meanNdcg", meanNdcg)
                .figure("ndcgFirst", ndcg[0])
                .figure("ndcgFirstSwapped", swappedNdcg)
                .figure("precisionFirstSwapped", swappedPrecision)
                .figure("worstGap", worstGap)
                .file(Plots.savePng(chart, context, "ranking-metrics"))
                .build();
    }

    private static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
