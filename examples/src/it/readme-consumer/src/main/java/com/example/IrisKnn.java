package com.example;

import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.neighbors.KnnClassifierModel;
import io.github.classicml.algorithms.selection.TrainTestSplit;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.metrics.ConfusionMatrix;

public class IrisKnn {
    public static void main(String[] args) {
        Dataset iris = Datasets.iris();                  // bundled; or CsvLoader.classTarget("species").load(path)
        TrainTestSplit.Indices split = TrainTestSplit.of(0.3).withStratification().withSeed(42).split(iris);
        Dataset train = split.trainData(iris);
        Dataset test = split.testData(iris);

        KnnClassifierModel model = KnnClassifier.of(5).fit(train);   // learner -> immutable model
        System.out.println(model);
        System.out.println("first test rows: " + String.join(", ", java.util.Arrays.copyOf(model.predictLabels(test), 3)));

        ConfusionMatrix matrix = ConfusionMatrix.of(test.classes(), model.predict(test), iris.classNames());
        System.out.println(matrix.table());          // rows: actual class, columns: predicted
        System.out.println(matrix.accuracy());       // a Ratio: the value with its working
    }
}
