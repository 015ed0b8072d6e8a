package io.github.classicml.examples;

import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.algorithms.tree.SplitTrace;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * How the Gini impurity chooses the first split of iris: every candidate threshold of every column,
 * scored by the decrease in Gini impurity, best first, and drawn per column.
 *
 * <p>The root holds 50 rows of each species, Gini {@code 1 - 3 (1/3)^2 = 2/3}. A split's score is the
 * root's Gini minus the Gini of each side weighted by its share of the rows; the tree takes the largest.
 * On iris two candidates tie: petal length below 2.45 and petal width below 0.8 both set the 50 setosa
 * apart. This library takes the lower column index; scikit-learn visits the columns in random order, so
 * its first split depends on {@code random_state}.
 */
public final class GiniFirstSplitExample implements Example {

    @Override
    public String name() {
        return "gini-first-split";
    }

    @Override
    public String question() {
        return "How does the Gini impurity choose a decision tree's first split?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset iris = Datasets.iris();
        DecisionTreeClassifierModel model = DecisionTreeClassifier.of().fit(iris);
        SplitTrace trace = model.splitTrace(iris, 0);
        int[] counts = iris.classCounts();
        long squares = 0;
        for (int c : counts) {
            squares += (long) c * c;
        }
        double rootGini = 1 - squares / ((double) iris.rows() * iris.rows());
        out.printf("Iris: %d rows; at the root Gini = 1 - (%d^2 + %d^2 + %d^2) / %d^2 = %.4f.%n", iris.rows(),
                counts[0], counts[1], counts[2], iris.rows(), rootGini);
        out.printf("%d candidate splits (every midpoint between neighbouring values, in each of %d columns)."
                + " The best eight:%n", trace.candidates().size(), iris.columns());
        out.println("  split                       left rows  Gini left  right rows  Gini right  decrease");
        for (int k = 0; k < Math.min(8, trace.candidates().size()); k++) {
            SplitTrace.Candidate c = trace.candidates().get(k);
            out.printf("  %-14s <= %7.3f  %9d  %9.4f  %10d  %10.4f  %8.4f%n", c.featureName(), c.threshold(),
                    c.leftRows(), c.leftImpurity(), c.rightRows(), c.rightImpurity(), c.decrease());
        }
        SplitTrace.Candidate best = trace.best();
        List<SplitTrace.Candidate> tied = new ArrayList<>();
        for (SplitTrace.Candidate c : trace.candidates()) {
            if (c.decrease() >= best.decrease() - 1e-12) {
                tied.add(c);
            }
        }
        out.println();
        out.printf("Best: %s <= %.2f: Gini %.4f - %d/%d x %.4f - %d/%d x %.4f = %.4f.%n", best.featureName(),
                best.threshold(), rootGini, best.leftRows(), iris.rows(), best.leftImpurity(), best.rightRows(),
                iris.rows(), best.rightImpurity(), best.decrease());
        if (tied.size() > 1) {
            StringBuilder names = new StringBuilder();
            for (SplitTrace.Candidate c : tied) {
                names.append(names.length() == 0 ? "" : " and ").append(c.featureName())
                        .append(String.format(" <= %.2f", c.threshold()));
            }
            out.printf("%d candidates tie (%s): the tree takes the first column; scikit-learn draws the column"
                    + " order at random, so its root changes with random_state.%n", tied.size(), names);
        }
        out.printf("The fitted tree's first rule: %s%n", model.exportText().lines().findFirst().orElse(""));

        XYChart chart = new XYChartBuilder().width(680).height(440).title("Iris: Gini decrease of every root split")
                .xAxisTitle("threshold").yAxisTitle("decrease in Gini impurity").build();
        for (int f = 0; f < iris.columns(); f++) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (SplitTrace.Candidate c : trace.candidates()) {
                if (c.feature() == f) {
                    x.add(c.threshold());
                    y.add(c.decrease());
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < x.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> Double.compare(x.get(a), x.get(b)));
            double[] xs = new double[x.size()];
            double[] ys = new double[x.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = x.get(order.get(i));
                ys[i] = y.get(order.get(i));
            }
            chart.addSeries(iris.columnName(f), xs, ys).setMarker(SeriesMarkers.CIRCLE);
        }
        return Report.builder()
                .figure("rootGini", rootGini)
                .figure("candidates", trace.candidates().size())
                .figure("bestDecrease", best.decrease())
                .figure("bestFeature", best.feature())
                .figure("bestThreshold", best.threshold())
                .figure("tiedBest", tied.size())
                .file(Plots.savePng(chart, context, "gini-first-split"))
                .build();
    }
}
