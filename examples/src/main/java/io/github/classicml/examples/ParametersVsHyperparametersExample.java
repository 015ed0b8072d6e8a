package io.github.classicml.examples;

import io.github.classicml.algorithms.bayes.GaussianNaiveBayes;
import io.github.classicml.algorithms.bayes.GaussianNaiveBayesModel;
import io.github.classicml.algorithms.preprocessing.StandardScalerModel;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.algorithms.selection.Pipeline;
import io.github.classicml.algorithms.selection.PipelineClassifier;
import io.github.classicml.algorithms.selection.PipelineClassifierModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Parameters against hyperparameters, on one fitted model: a pipeline that standardises the iris
 * measurements and classifies them with Gaussian naive Bayes.
 *
 * <p>Hyperparameters are chosen before fitting and live in the learner record (whether to centre and
 * scale; the variance smoothing; how priors are set); parameters are what {@code fit} learns from the
 * data and live in the model (the scaler's means and standard deviations; the class priors, and each
 * class's mean and variance per column). The example prints both, counts the parameters, and shows the
 * difference in behaviour: fitting the same learner on other rows changes the parameters and never the
 * hyperparameters, while changing a hyperparameter changes the parameters learned from the same rows.
 */
public final class ParametersVsHyperparametersExample implements Example {

    @Override
    public String name() {
        return "parameters-vs-hyperparameters";
    }

    @Override
    public String question() {
        return "What is the difference between a model parameter and a hyperparameter?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset iris = Datasets.iris();
        PipelineClassifier learner = Pipeline.of(StandardScaler.of()).classifier(GaussianNaiveBayes.of());
        PipelineClassifierModel model = learner.fit(iris);
        StandardScalerModel scaler = (StandardScalerModel) model.transformers().steps().get(0);
        GaussianNaiveBayesModel bayes = (GaussianNaiveBayesModel) model.classifier();

        out.println("Hyperparameters (set before fitting; the learner record):");
        out.println("  " + learner.transformers().steps().get(0));
        out.println("  " + learner.classifier());
        // the record components printed above: subtractMean, divideByStd; varianceSmoothing, priors
        int hyperparameters = 2 + 2;
        out.println();
        out.println("Parameters (learned from the 150 rows; the fitted model):");
        out.println("  scaler means  " + format(scaler.means()));
        out.println("  scaler scales " + format(scaler.scales()));
        double[] priors = Arrays.stream(bayes.classLogPriors()).map(Math::exp).toArray();
        out.println("  class priors  " + format(priors));
        double[][] means = bayes.means();
        double[][] variances = bayes.variances();
        for (int c = 0; c < means.length; c++) {
            out.printf("  %-10s    mean %s, variance %s%n", iris.classNames().get(c), format(means[c]),
                    format(variances[c]));
        }
        int parameters = scaler.means().length + scaler.scales().length + priors.length
                + means.length * means[0].length + variances.length * variances[0].length;
        out.printf("%d hyperparameters chose how to learn; %d parameters were learned.%n", hyperparameters, parameters);

        // other rows: parameters change, hyperparameters do not
        int[] half = IntStream.range(0, 150).filter(i -> i % 2 == 0).toArray();
        PipelineClassifierModel other = learner.fit(iris.select(half));
        StandardScalerModel otherScaler = (StandardScalerModel) other.transformers().steps().get(0);
        out.printf("Refitted on the even rows only: the same learner (%s), but the first scaler mean moves from"
                + " %.4f to %.4f.%n", other.learner().equals(learner) ? "equal" : "different", scaler.means()[0],
                otherScaler.means()[0]);
        // another hyperparameter: parameters learned from the same rows change
        PipelineClassifierModel smoothed = Pipeline.of(StandardScaler.of())
                .classifier(GaussianNaiveBayes.of().withVarianceSmoothing(0.5)).fit(iris);
        double smoothedVariance = ((GaussianNaiveBayesModel) smoothed.classifier()).variances()[0][0];
        out.printf("With variance smoothing 0.5 instead of 1e-9, the same rows give setosa's first variance %.4f"
                + " instead of %.4f.%n", smoothedVariance, variances[0][0]);

        CategoryChart chart = new CategoryChartBuilder().width(640).height(400)
                .title("Learned parameters: class means (standardised)").xAxisTitle("column").yAxisTitle("mean")
                .build();
        List<String> columns = iris.columnNames();
        for (int c = 0; c < means.length; c++) {
            chart.addSeries(iris.classNames().get(c), columns, Arrays.stream(means[c]).boxed().toList());
        }
        return Report.builder()
                .figure("hyperparameters", hyperparameters)
                .figure("parameters", parameters)
                .figure("scalerMean0", scaler.means()[0])
                .figure("scalerMean0EvenRows", otherScaler.means()[0])
                .figure("setosaVariance0", variances[0][0])
                .figure("setosaVariance0Smoothed", smoothedVariance)
                .file(Plots.savePng(chart, context, "parameters-vs-hyperparameters"))
                .build();
    }

    private static String format(double[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(String.format("%.3f", values[i]));
        }
        return out.append(']').toString();
    }
}
