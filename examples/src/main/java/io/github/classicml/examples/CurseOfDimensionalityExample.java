package io.github.classicml.examples;

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

import java.io.PrintStream;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The curse of dimensionality: in many dimensions every point is about as far as every other.
 *
 * <p>Part 1 draws 1000 points uniformly in the unit cube of d dimensions and, for a few random queries,
 * divides the distance to the farthest point by the distance to the nearest. In one dimension the ratio
 * is in the thousands; in a thousand dimensions it is close to 1, so "nearest" stops meaning much
 * (Beyer et al., "When is nearest neighbor meaningful?", ICDT 1999). Part 2 shows the consequence: iris
 * plus d columns of uniform noise, every column standardised on the training rows so that noise and
 * measurements have the same scale (otherwise the lesson would be feature scaling again); 5-nearest-
 * neighbour accuracy, averaged over many random splits (one split of 45 test rows is too noisy to read),
 * falls towards guessing as the noise columns drown the four informative ones.
 */
public final class CurseOfDimensionalityExample implements Example {

    private static final int[] DIMENSIONS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    private static final int[] NOISE_COLUMNS = {0, 2, 5, 10, 20, 50, 100};

    @Override
    public String name() {
        return "curse-of-dimensionality";
    }

    @Override
    public String question() {
        return "What is the curse of dimensionality, and why does it hurt k-nearest neighbours?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        int points = 1000;
        int queries = context.fast() ? 10 : 50;
        out.printf("%d uniform points in [0, 1]^d; median over %d random queries of farthest / nearest distance%n",
                points, queries);
        out.println("(the median, because at d = 1 the nearest point can be at distance ~0 and the mean is unstable):");
        out.println("      d   farthest / nearest");
        double[] dims = new double[DIMENSIONS.length];
        double[] ratios = new double[DIMENSIONS.length];
        for (int t = 0; t < DIMENSIONS.length; t++) {
            dims[t] = DIMENSIONS[t];
            ratios[t] = medianRatio(DIMENSIONS[t], points, queries, new SplittableRandom(1000 + DIMENSIONS[t]));
            out.printf("  %5d   %18.3f%n", DIMENSIONS[t], ratios[t]);
        }
        out.println();

        Dataset iris = Datasets.iris();
        int repeats = context.fast() ? 5 : 20;
        out.printf("iris plus columns of pure noise, every column standardised on the training rows (so noise and%n");
        out.printf("real features have the same scale): 5-NN test accuracy, mean ± sd over %d random 70/30 splits%n",
                repeats);
        out.println("  noise columns   accuracy");
        double[] accuracy = new double[NOISE_COLUMNS.length];
        double[] spread = new double[NOISE_COLUMNS.length];
        for (int t = 0; t < NOISE_COLUMNS.length; t++) {
            double[] runs = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                Dataset noisy = withNoise(iris, NOISE_COLUMNS[t], new SplittableRandom(7 + r));
                TrainTestSplit.Indices split = TrainTestSplit.of(0.3).withStratification().withSeed(r).split(noisy);
                StandardScalerModel scaler = StandardScaler.of().fit(split.trainData(noisy));
                Dataset test = scaler.transform(split.testData(noisy));
                int[] predicted = KnnClassifier.of(5).fit(scaler.transform(split.trainData(noisy))).predict(test);
                runs[r] = ConfusionMatrix.of(test.classes(), predicted, iris.classNames()).accuracy().value();
            }
            accuracy[t] = mean(runs);
            spread[t] = standardDeviation(runs, accuracy[t]);
            out.printf("  %13d   %.3f ± %.3f%n", NOISE_COLUMNS[t], accuracy[t], spread[t]);
        }
        out.println();
        out.printf("With the scales equal, the loss is the curse itself: from %.3f with no noise to %.3f with %d%n",
                accuracy[0], accuracy[accuracy.length - 1], NOISE_COLUMNS[NOISE_COLUMNS.length - 1]);
        out.println("noise columns. Distances concentrate: with many columns the nearest and farthest rows are nearly");
        out.println("equally far, and irrelevant columns add as much distance as relevant ones. Remedies: fewer,");
        out.println("better features (selection, PCA), more data, or models that weigh features.");

        XYChart chart = new XYChartBuilder().width(640).height(420)
                .title("Distance contrast shrinks with dimension").xAxisTitle("dimension d")
                .yAxisTitle("farthest / nearest distance").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.addSeries("uniform points", dims, ratios);
        return Report.builder()
                .figure("ratioDimension2", ratios[1])
                .figure("ratioDimension1000", ratios[ratios.length - 1])
                .figure("accuracyNoNoise", accuracy[0])
                .figure("accuracy100NoiseColumns", accuracy[accuracy.length - 1])
                .figure("accuracySpread100NoiseColumns", spread[spread.length - 1])
                .file(Plots.savePng(chart, context, "curse-of-dimensionality"))
                .build();
    }

    /** Median over queries of the farthest over the nearest Euclidean distance to the points. */
    private static double medianRatio(int d, int points, int queries, SplittableRandom rng) {
        Dataset cloud = Dataset.of(uniform(rng, points, d)).withClasses(new int[points]);
        KnnClassifierModel all = KnnClassifier.of(points).fit(cloud);
        Neighbors found = all.neighbors(Dataset.of(uniform(rng, queries, d)));
        double[] ratio = new double[queries];
        for (int q = 0; q < queries; q++) {
            double[] distances = found.distances(q);
            ratio[q] = distances[points - 1] / distances[0];
        }
        Arrays.sort(ratio);
        return queries % 2 == 1 ? ratio[queries / 2] : (ratio[queries / 2 - 1] + ratio[queries / 2]) / 2;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The sample standard deviation (n - 1). */
    private static double standardDeviation(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }

    private static double[][] uniform(SplittableRandom rng, int rows, int columns) {
        double[][] x = new double[rows][columns];
        for (double[] row : x) {
            for (int j = 0; j < columns; j++) {
                row[j] = rng.nextDouble();
            }
        }
        return x;
    }

    private static Dataset withNoise(Dataset data, int extra, SplittableRandom rng) {
        double[][] x = new double[data.rows()][data.columns() + extra];
        for (int i = 0; i < data.rows(); i++) {
            data.copyRow(i, x[i], 0);
            for (int j = 0; j < extra; j++) {
                x[i][data.columns() + j] = rng.nextDouble();
            }
        }
        return Dataset.of(x).withClasses(data.classes(), data.classNames());
    }
}
