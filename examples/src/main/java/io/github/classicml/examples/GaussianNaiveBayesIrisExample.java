package io.github.classicml.examples;

import io.github.classicml.algorithms.bayes.GaussianNaiveBayes;
import io.github.classicml.algorithms.bayes.GaussianNaiveBayesModel;
import io.github.classicml.algorithms.selection.TrainTestSplit;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.metrics.ConfusionMatrix;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Gaussian naive Bayes on iris: what does the model learn, and how does it classify?
 *
 * <p>Fits Gaussian naive Bayes on all 150 flowers and prints what it learned, a mean and a variance
 * per species and measurement, then judges it on a stratified 30 % test part. Draws the three
 * class-conditional densities of petal length, whose overlap is where the model errs.
 */
public final class GaussianNaiveBayesIrisExample implements Example {

    @Override
    public String name() {
        return "gaussian-nb-iris";
    }

    @Override
    public String question() {
        return "What does Gaussian naive Bayes learn from iris, and how well does it classify?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset iris = Datasets.iris();
        GaussianNaiveBayesModel model = GaussianNaiveBayes.of().fit(iris);
        double[][] means = model.means();
        double[][] variances = model.variances();

        out.println("Gaussian naive Bayes models each measurement, within each species, as a normal distribution");
        out.println("with its own mean and variance, and treats the measurements as independent given the species.");
        out.println();
        out.println("learned from all 150 flowers (mean / variance, in cm and cm^2):");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-14s", "measurement"));
        for (String species : iris.classNames()) {
            header.append(String.format(Locale.ROOT, "%20s", species));
        }
        out.println(header);
        for (int j = 0; j < iris.columns(); j++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s", iris.columnName(j)));
            for (int c = 0; c < iris.classCount(); c++) {
                line.append(String.format(Locale.ROOT, "%11.3f / %6.4f", means[c][j], variances[c][j]));
            }
            out.println(line);
        }
        out.printf(Locale.ROOT, "priors: 1/3 each (50 flowers per species); variance smoothing eps = %.3g%n",
                model.epsilon());

        int[] predicted = model.predict(iris);
        ConfusionMatrix training = ConfusionMatrix.of(iris.classes(), predicted, iris.classNames());
        out.printf(Locale.ROOT, "accuracy on the 150 flowers it learned from (training accuracy): %.3f%n%n",
                training.accuracy().value());

        TrainTestSplit.Indices split = TrainTestSplit.of(0.3).withStratification().withSeed(42).split(iris);
        Dataset train = split.trainData(iris);
        Dataset test = split.testData(iris);
        GaussianNaiveBayesModel held = GaussianNaiveBayes.of().fit(train);
        ConfusionMatrix matrix = ConfusionMatrix.of(test.classes(), held.predict(test), iris.classNames());
        out.printf(Locale.ROOT, "fitted on %d flowers, tested on the %d held out (rows: actual, columns: predicted):%n",
                train.rows(), test.rows());
        out.println(matrix.table());
        out.println(matrix.accuracy());
        double seen = ConfusionMatrix.of(train.classes(), held.predict(train), iris.classNames()).accuracy().value();
        double unseen = matrix.accuracy().value();
        double standardError = Math.sqrt(unseen * (1 - unseen) / test.rows());
        out.printf(Locale.ROOT, "%nthe same model on the %d flowers it was fitted on: %.3f; on the %d held out: %.3f.%n",
                train.rows(), seen, test.rows(), unseen);
        out.printf(Locale.ROOT, "Accuracy on the training rows is optimistic: the model has seen them. Here the gap is"
                + " %.3f;%none test flower is %.3f of the test accuracy, and its standard error sqrt(p(1 - p) / n) is"
                + " %.3f,%nso this gap is %s two standard errors: %s%n",
                seen - unseen, 1.0 / test.rows(), standardError,
                Math.abs(seen - unseen) <= 2 * standardError ? "within" : "beyond",
                Math.abs(seen - unseen) <= 2 * standardError
                        ? String.format(Locale.ROOT, "a simple model (%d parameters per species: a mean and a variance"
                                + " per measurement, and a prior)%nbarely overfits, and %d test flowers cannot tell the gap"
                                + " from chance.", 2 * iris.columns() + 1, test.rows())
                        : "the model has learned the training flowers better than the species.");

        double[] flower = {6.0, 2.9, 4.8, 1.6};
        double[] posterior = model.predictProbabilities(flower);
        out.printf(Locale.ROOT, "%na flower of %s: P(species | flower) = %.4f, %.4f, %.4f -> %s%n",
                Arrays.toString(flower), posterior[0], posterior[1], posterior[2], model.predictLabel(flower));

        int petal = iris.columnIndex("petal_length");
        XYChart chart = new XYChartBuilder().width(720).height(420)
                .title("Gaussian naive Bayes on iris: petal length by species")
                .xAxisTitle("petal length (cm)").yAxisTitle("density").build();
        chart.getStyler().setXAxisDecimalPattern("0.0");
        chart.getStyler().setMarkerSize(0);
        int points = 300;
        double[] x = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = 0.5 + 7.0 * i / (points - 1);
        }
        for (int c = 0; c < iris.classCount(); c++) {
            double[] density = new double[points];
            double v = variances[c][petal];
            for (int i = 0; i < points; i++) {
                double d = x[i] - means[c][petal];
                density[i] = Math.exp(-d * d / (2 * v)) / Math.sqrt(2 * Math.PI * v);
            }
            chart.addSeries(iris.classNames().get(c), x, density).setMarker(SeriesMarkers.NONE);
        }
        Path file = Plots.savePng(chart, context, "gaussian-nb-iris-petal-length");
        return Report.builder()
                .figure("setosaPetalLengthMean", means[0][petal])
                .figure("setosaPetalLengthVariance", variances[0][petal])
                .figure("trainingAccuracy", training.accuracy().value())
                .figure("testAccuracy", unseen)
                .figure("splitTrainingAccuracy", seen)
                .figure("testStandardError", standardError)
                .file(file)
                .build();
    }
}
