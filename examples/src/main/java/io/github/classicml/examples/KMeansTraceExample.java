package io.github.classicml.examples;

import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.cluster.KMeansModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Progress;
import io.github.classicml.core.ProgressLog;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.PrintStream;
import java.util.List;

/**
 * A k-means run, iteration by iteration, on iris's petal measurements, from a poor start.
 *
 * <p>The three starting centres are the first three rows (all setosa, all in one corner; two of them
 * coincide, which shows the empty-cluster rule at work). Each iteration
 * assigns every row to its nearest centre, then moves each centre to the mean of its rows; the inertia
 * (sum of squared distances to the assigned centres) can only go down, and the run stops when no label
 * changes. The example prints the trace (inertia and squared centre shift per iteration) and draws the
 * path of each centre over the data.
 */
public final class KMeansTraceExample implements Example {

    @Override
    public String name() {
        return "kmeans-trace";
    }

    @Override
    public String question() {
        return "How does k-means converge, step by step?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset petals = Datasets.iris().selectColumns(2, 3).withoutTargets();
        double[][] start = {petals.row(0), petals.row(1), petals.row(2)};
        KMeans learner = KMeans.of(3).withTolerance(0);
        ProgressLog log = new ProgressLog();      // the trace is what a progress listener hears
        KMeansModel model = learner.fitFrom(petals, start, log);
        List<Progress> trace = log.steps();
        out.println("k-means (k = 3) on iris petal length and width, starting from rows 0, 1, 2 (all setosa):");
        out.println("  iteration   inertia of the assignment   squared centre shift");
        boolean decreasing = true;
        for (Progress step : trace) {
            out.printf("  %9d   %25.4f   %20.6f%n", step.step(), step.loss(), step.change());
            if (step.step() > 1 && step.loss() > trace.get(step.step() - 2).loss()) {
                decreasing = false;
            }
        }
        out.printf("stopped after %d iterations, when no row changed cluster; final inertia %.4f.%n",
                model.iterations(), model.inertia());
        out.println("Rows 0 and 1 have the same petals, so two starting centres coincide: the second wins no row");
        out.println("(ties go to the lower centre), and its empty cluster takes the row farthest from its centre.");
        out.println(decreasing ? "In this run no step raised the inertia (a step can leave it equal), as theory says:"
                : "In this run a step raised the inertia, which theory forbids beyond rounding: investigate.");
        out.println("the assignment picks each row's nearest centre, and the mean is the point with the least");
        out.println("squared distance to a cluster's rows. So k-means always stops,");
        out.println("but at a local minimum that depends on the start: hence k-means++ and restarts.");

        // the centres after t iterations: the same run stopped after t update steps
        int steps = model.iterations();
        double[][][] path = new double[steps + 1][][];
        path[0] = start;
        for (int t = 1; t <= steps; t++) {
            path[t] = learner.withMaxIterations(t).fitFrom(petals, start).centres();
        }
        XYChart chart = new XYChartBuilder().width(640).height(480).title("k-means centres, iteration by iteration")
                .xAxisTitle("petal length (cm)").yAxisTitle("petal width (cm)").build();
        chart.addSeries("rows", petals.column(0), petals.column(1))
                .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter).setMarker(SeriesMarkers.CIRCLE);
        for (int c = 0; c < 3; c++) {
            double[] x = new double[steps + 1];
            double[] y = new double[steps + 1];
            for (int t = 0; t <= steps; t++) {
                x[t] = path[t][c][0];
                y[t] = path[t][c][1];
            }
            chart.addSeries("centre " + c, x, y).setMarker(SeriesMarkers.DIAMOND);
        }
        return Report.builder()
                .figure("iterations", model.iterations())
                .figure("firstInertia", trace.get(0).loss())
                .figure("finalInertia", model.inertia())
                .figure("inertiaNeverIncreased", decreasing ? 1 : 0)
                .file(Plots.savePng(chart, context, "kmeans-trace"))
                .build();
    }
}
