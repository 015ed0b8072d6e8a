package io.github.classicml.examples;

import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.neighbors.KnnClassifierModel;
import io.github.classicml.algorithms.selection.TrainTestSplit;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.metrics.ConfusionMatrix;

import java.io.PrintStream;

/**
 * k-nearest neighbours on iris, judged by a confusion matrix: which species does it confuse?
 *
 * <p>Loads Fisher's iris, holds out a stratified 30 % test part, fits 5-nearest neighbours on the rest
 * and prints the confusion matrix and accuracy on the held-out rows.
 */
public final class KnnIrisExample implements Example {

    @Override
    public String name() {
        return "knn-iris";
    }

    @Override
    public String question() {
        return "How does k-nearest neighbours classify iris, and which species does it confuse?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset iris = Datasets.iris();
        TrainTestSplit.Indices split = TrainTestSplit.of(0.3).withStratification().withSeed(42).split(iris);
        Dataset train = split.trainData(iris);
        Dataset test = split.testData(iris);

        KnnClassifierModel model = KnnClassifier.of(5).fit(train);
        int[] predicted = model.predict(test);
        ConfusionMatrix matrix = ConfusionMatrix.of(test.classes(), predicted, iris.classNames());

        out.printf("iris: %d rows, %d features; stratified split: %d training rows, %d test rows%n",
                iris.rows(), iris.columns(), train.rows(), test.rows());
        out.printf("k-nearest neighbours, k = %d, Euclidean distance, majority vote%n%n", model.k());
        out.println("confusion matrix on the test rows (rows: actual species, columns: predicted):");
        out.println(matrix.table());
        out.println(matrix.accuracy());
        out.println();
        out.println("Setosa is separated from the others by its small petals; the few mistakes, if any,");
        out.println("fall between versicolor and virginica, whose measurements overlap.");
        return Report.builder()
                .figure("accuracy", matrix.accuracy().value())
                .figure("testRows", test.rows())
                .file(Plots.savePng(Plots.confusionBars("kNN (k = 5) on the iris test rows", iris.classNames(),
                        matrix.counts()), context, "knn-iris-confusion"))
                .build();
    }
}
