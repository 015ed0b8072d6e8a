package io.github.classicml.examples;

import io.github.classicml.algorithms.cluster.ClusterCount;
import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Choosing k for k-means on standardised wine: the elbow curve and the mean silhouette.
 *
 * <p>The inertia always falls as k grows, so the example looks for the "elbow" where it stops falling
 * fast; the mean silhouette (how much nearer each row is to its own cluster than to the next one) can be
 * compared across k directly, and its maximum is a candidate k. Wine has three cultivars, which k-means
 * never sees; the silhouette finds three. Both curves are drawn.
 */
public final class ChoosingKExample implements Example {

    @Override
    public String name() {
        return "choosing-k-kmeans";
    }

    @Override
    public String question() {
        return "How do you choose the number of clusters k for k-means?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset wine = Datasets.wine();
        Dataset scaled = StandardScaler.of().fit(wine).transform(wine.withoutTargets());
        int maxK = 10;
        KMeans learner = KMeans.of(1).withSeed(0);
        double[] inertia = ClusterCount.elbow(learner, scaled, maxK);
        double[] silhouette = ClusterCount.silhouettes(learner, scaled, maxK);
        out.println("k-means on standardised wine (178 rows, 13 columns); the 3 cultivars are not shown to it.");
        out.println("   k     inertia   drop from k-1   mean silhouette");
        int best = 2;
        double[] ks = new double[maxK];
        for (int k = 1; k <= maxK; k++) {
            ks[k - 1] = k;
            String drop = k == 1 ? "" : String.format("%.1f", inertia[k - 2] - inertia[k - 1]);
            String s = k == 1 ? "" : String.format("%.3f", silhouette[k - 2]);
            out.printf("  %2d  %10.1f  %14s  %16s%n", k, inertia[k - 1], drop, s);
            if (k >= 2 && silhouette[k - 2] > silhouette[best - 2]) {
                best = k;
            }
        }
        // The elbow, read off the drops printed above: the k after which the next drop is the most
        // times smaller than this one (drop(k) / drop(k + 1) largest), and whether the drops keep shrinking.
        int elbow = 2;
        double sharpest = 0;
        for (int k = 2; k < maxK; k++) {
            double ratio = drop(inertia, k) / drop(inertia, k + 1);
            if (ratio > sharpest) {
                sharpest = ratio;
                elbow = k;
            }
        }
        List<String> rises = new ArrayList<>();
        for (int k = elbow + 1; k < maxK; k++) {
            if (drop(inertia, k + 1) > drop(inertia, k)) {
                rises.add(String.format("%.1f after %.1f at k = %d", drop(inertia, k + 1), drop(inertia, k), k + 1));
            }
        }
        out.println();
        out.printf("Elbow: the drop shrinks most sharply after k = %d (%.1f, then %.1f: %.1f times smaller).%n", elbow,
                drop(inertia, elbow), drop(inertia, elbow + 1), sharpest);
        out.println(rises.isEmpty() ? "After it the drops keep shrinking: a clear elbow."
                : "After it the drops do not shrink steadily (" + String.join("; ", rises)
                        + "): the elbow is soft, and reading it is a judgement.");
        out.printf("Silhouette: it peaks at k = %d (%.3f)%s.%n", best, silhouette[best - 2],
                best == elbow ? ", the same answer as the elbow" : ", not the elbow's answer");
        out.println("Neither is a proof: look at both, and at what the clusters mean in the problem.");

        XYChart elbowChart = new XYChartBuilder().width(560).height(400).title("Elbow: inertia against k")
                .xAxisTitle("k").yAxisTitle("inertia (sum of squared distances)").build();
        elbowChart.addSeries("inertia", ks, inertia);
        XYChart sil = new XYChartBuilder().width(560).height(400).title("Mean silhouette against k")
                .xAxisTitle("k").yAxisTitle("mean silhouette").build();
        sil.addSeries("silhouette", Arrays.copyOfRange(ks, 1, maxK), silhouette);
        return Report.builder()
                .figure("bestSilhouetteK", best)
                .figure("elbowK", elbow)
                .figure("dropsRiseAfterElbow", rises.size())
                .figure("silhouetteK3", silhouette[1])
                .figure("inertiaK3", inertia[2])
                .file(Plots.savePng(elbowChart, context, "choosing-k-elbow"))
                .file(Plots.savePng(sil, context, "choosing-k-silhouette"))
                .build();
    }

    /** @return how much the inertia fell from k - 1 to k clusters */
    private static double drop(double[] inertia, int k) {
        return inertia[k - 2] - inertia[k - 1];
    }
}
