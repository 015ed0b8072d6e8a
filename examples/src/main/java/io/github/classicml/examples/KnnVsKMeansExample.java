package io.github.classicml.examples;

import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.cluster.KMeansModel;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.selection.TrainTestSplit;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.metrics.ConfusionMatrix;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * k-nearest neighbours against k-means on iris: the same "nearness", one supervised and one not.
 *
 * <p>kNN learns from labelled rows and predicts the species of held-out rows; k-means sees only the four
 * measurements and groups all 150 rows into 3 clusters. The example prints kNN's test accuracy, then
 * the table of clusters against species (k-means never saw the species, so its cluster numbers are
 * arbitrary) and its purity: the share of rows whose cluster's majority species is their own. It draws
 * both on the petal measurements.
 */
public final class KnnVsKMeansExample implements Example {

    @Override
    public String name() {
        return "knn-vs-kmeans";
    }

    @Override
    public String question() {
        return "What separates k-nearest neighbours (supervised) from k-means (unsupervised)?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset iris = Datasets.iris();
        TrainTestSplit.Indices split = TrainTestSplit.of(0.3).withStratification().withSeed(42).split(iris);
        Dataset test = split.testData(iris);
        int[] predicted = KnnClassifier.of(5).fit(split.trainData(iris)).predict(test);
        double accuracy = ConfusionMatrix.of(test.classes(), predicted, iris.classNames()).accuracy().value();

        KMeansModel clusters = KMeans.of(3).withSeed(0).fit(iris.withoutTargets());
        int[] label = clusters.labels();
        int[] species = iris.classes();
        int[][] table = new int[3][iris.classCount()];
        for (int i = 0; i < iris.rows(); i++) {
            table[label[i]][species[i]]++;
        }
        int majority = 0;
        for (int[] row : table) {
            int best = 0;
            for (int count : row) {
                best = Math.max(best, count);
            }
            majority += best;
        }
        double purity = majority / (double) iris.rows();

        out.println("Supervised: k-nearest neighbours (k = 5) learns from 105 labelled rows,");
        out.printf("then predicts the species of 45 held-out rows: accuracy %.3f.%n%n", accuracy);
        out.println("Unsupervised: k-means (k = 3) sees only the measurements of all 150 rows.");
        out.printf("Its clusters against the species it never saw (inertia %.2f):%n", clusters.inertia());
        out.printf("  %-10s %10s %10s %10s%n", "", iris.classNames().get(0), iris.classNames().get(1),
                iris.classNames().get(2));
        for (int c = 0; c < 3; c++) {
            out.printf("  cluster %d %10d %10d %10d%n", c, table[c][0], table[c][1], table[c][2]);
        }
        out.printf("purity = rows in their cluster's majority species / rows = %d / %d = %.3f%n%n", majority,
                iris.rows(), purity);
        out.println("Both rely on distance, but only kNN is told what the groups mean. k-means rediscovers");
        out.println("setosa exactly and mixes versicolor with virginica, which overlap in these measurements;");
        out.println("its cluster numbers are arbitrary and it cannot name a species.");

        Report.Builder report = Report.builder().figure("knnAccuracy", accuracy).figure("kmeansPurity", purity)
                .figure("kmeansInertia", clusters.inertia());
        report.file(Plots.savePng(scatter(iris, species, iris.classNames(), "Iris species (the labels kNN learns from)"),
                context, "knn-vs-kmeans-species"));
        List<String> names = List.of("cluster 0", "cluster 1", "cluster 2");
        report.file(Plots.savePng(scatter(iris, label, names, "k-means clusters (found without labels)"), context,
                "knn-vs-kmeans-clusters"));
        return report.build();
    }

    /** Petal length against petal width, one series per group. */
    private static XYChart scatter(Dataset iris, int[] group, List<String> names, String title) {
        XYChart chart = new XYChartBuilder().width(640).height(480).title(title)
                .xAxisTitle("petal length (cm)").yAxisTitle("petal width (cm)").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        for (int g = 0; g < names.size(); g++) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < iris.rows(); i++) {
                if (group[i] == g) {
                    x.add(iris.get(i, 2));
                    y.add(iris.get(i, 3));
                }
            }
            if (!x.isEmpty()) {
                chart.addSeries(names.get(g), x, y).setMarker(SeriesMarkers.CIRCLE);
            }
        }
        return chart;
    }
}
