package io.github.classicml.examples;

import io.github.classicml.algorithms.neighbors.Distance;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.neighbors.KnnClassifierModel;
import io.github.classicml.algorithms.neighbors.Neighbors;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.algorithms.preprocessing.StandardScalerModel;
import io.github.classicml.algorithms.selection.TrainTestSplit;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.metrics.ConfusionMatrix;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Euclidean against Manhattan (and Chebyshev) distance: what changes when the distance changes.
 *
 * <p>First the arithmetic on one pair of points, then the "unit circles" (the points at distance 1 from
 * the origin: a diamond for Manhattan, a circle for Euclidean, a square for Chebyshev), drawn as a
 * picture. Then 5-nearest neighbours on standardised breast-cancer data (30 columns) with each distance:
 * the test accuracy, and how often the five neighbours found by Manhattan differ from Euclidean's.
 */
public final class EuclideanVsManhattanExample implements Example {

    @Override
    public String name() {
        return "euclidean-vs-manhattan";
    }

    @Override
    public String question() {
        return "Euclidean or Manhattan distance: what is the difference, and does it matter?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        double[] a = {0, 0};
        double[] b = {3, 4};
        out.println("From (0, 0) to (3, 4):");
        out.printf("  Euclidean  sqrt(3^2 + 4^2) = %.0f   (straight line)%n", Distance.EUCLIDEAN.between(a, b));
        out.printf("  Manhattan  |3| + |4|       = %.0f   (along the grid, like city blocks)%n",
                Distance.MANHATTAN.between(a, b));
        out.printf("  Chebyshev  max(|3|, |4|)   = %.0f   (the worst single coordinate)%n",
                Distance.CHEBYSHEV.between(a, b));
        out.println("Squaring makes Euclidean distance dominated by the largest differences; Manhattan adds");
        out.println("them as they are, so one outlying coordinate weighs less.");
        out.println();

        Dataset cancer = Datasets.breastCancer();
        TrainTestSplit.Indices split = TrainTestSplit.of(0.3).withStratification().withSeed(42).split(cancer);
        StandardScalerModel scaler = StandardScaler.of().fit(split.trainData(cancer));
        Dataset train = scaler.transform(split.trainData(cancer));
        Dataset test = scaler.transform(split.testData(cancer));
        out.printf("5-nearest neighbours on standardised breast cancer data (%d training rows, %d test rows, %d"
                + " columns):%n", train.rows(), test.rows(), train.columns());
        Report.Builder report = Report.builder();
        Neighbors[] found = new Neighbors[3];
        List<Distance> distances = List.of(Distance.EUCLIDEAN, Distance.MANHATTAN, Distance.CHEBYSHEV);
        for (int m = 0; m < 3; m++) {
            KnnClassifierModel model = KnnClassifier.of(5).withDistance(distances.get(m)).fit(train);
            double accuracy = ConfusionMatrix.of(test.classes(), model.predict(test), test.classNames()).accuracy().value();
            found[m] = model.neighbors(test);
            out.printf("  %-10s accuracy %.3f%n", distances.get(m), accuracy);
            report.figure("accuracy" + capitalised(distances.get(m).toString()), accuracy);
        }
        int differ = 0;
        for (int q = 0; q < test.rows(); q++) {
            Set<Integer> e = new HashSet<>();
            for (int r : found[0].rows(q)) {
                e.add(r);
            }
            for (int r : found[1].rows(q)) {
                if (!e.contains(r)) {
                    differ++;
                    break;
                }
            }
        }
        double share = differ / (double) test.rows();
        out.printf("At least one of Manhattan's five neighbours is not among Euclidean's for %d of %d test rows"
                + " (%.0f %%),%n", differ, test.rows(), 100 * share);
        out.println("yet the accuracies are close: the votes mostly agree. The choice matters less than scaling;");
        out.println("in many dimensions Manhattan keeps a little more contrast between near and far rows.");

        XYChart chart = new XYChartBuilder().width(520).height(520).title("Points at distance 1 from the origin")
                .xAxisTitle("x").yAxisTitle("y").build();
        int points = 361;
        for (Distance d : distances) {
            double[] x = new double[points];
            double[] y = new double[points];
            for (int t = 0; t < points; t++) {
                double angle = 2 * Math.PI * t / (points - 1);
                double[] direction = {Math.cos(angle), Math.sin(angle)};
                double r = d.between(new double[2], direction);
                x[t] = direction[0] / r;
                y[t] = direction[1] / r;
            }
            chart.addSeries(d.toString(), x, y).setMarker(SeriesMarkers.NONE);
        }
        return report.figure("neighbourSetsDiffer", share)
                .file(Plots.savePng(chart, context, "euclidean-vs-manhattan-unit-circles"))
                .build();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
