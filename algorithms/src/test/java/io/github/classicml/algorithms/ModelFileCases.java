package io.github.classicml.algorithms;

import io.github.classicml.algorithms.bayes.GaussianNaiveBayes;
import io.github.classicml.algorithms.bayes.ClassPriors;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Clusterer;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.ProbabilisticClassifier;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.Transformer;
import io.github.classicml.core.io.Datasets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * One case per model type (and per notable setting): the learner and the bundled data it is fitted on.
 * The golden-file generator ({@link GoldenModelFiles}) writes {@code modelfiles/v<version>/<name>.model}
 * from these; the tests load those files and compare them with a fresh fit of the same learner on the
 * same data. A new model type adds its case here, then runs the generator once.
 */
final class ModelFileCases {

    /**
     * @param name the golden file's name (the model type, with a suffix for a second setting)
     * @param learner the learner
     * @param data the training data (also the rows predicted in the tests)
     */
    record Case(String name, Learner<? extends Model> learner, Supplier<Dataset> data) {

        Model fit() {
            return learner.fit(data.get());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private ModelFileCases() {
    }

    static Dataset iris() {
        return Datasets.iris();
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("GaussianNaiveBayesModel", GaussianNaiveBayes.of(), ModelFileCases::iris));
        cases.add(new Case("GaussianNaiveBayesModel-givenPriors",
                GaussianNaiveBayes.of().withPriors(ClassPriors.of(0.5, 0.25, 0.25)).withVarianceSmoothing(1e-3),
                ModelFileCases::iris));
        // neighbors, cluster, linear (model files, part A) are added here

        // tree, ensemble, preprocessing, selection (model files, part B)
        cases.addAll(ModelFileCasesB.all());

        return cases;
    }

    /**
     * Everything a model answers on the rows, flattened: labels and probabilities for classifiers,
     * predictions for regressors, clusters for clusterers, outputs for transformers. Compared with
     * {@link Arrays#equals(double[], double[])}, which compares bits (NaN included, -0 apart from 0).
     */
    static double[] outputs(Model model, Dataset data) {
        List<double[]> parts = new ArrayList<>();
        if (model instanceof ProbabilisticClassifier) {
            for (double[] p : ((ProbabilisticClassifier) model).predictProbabilities(data)) {
                parts.add(p);
            }
        }
        if (model instanceof Classifier) {
            parts.add(Arrays.stream(((Classifier) model).predict(data)).asDoubleStream().toArray());
        } else if (model instanceof Regressor) {
            parts.add(((Regressor) model).predict(data));
        } else if (model instanceof Clusterer) {
            parts.add(Arrays.stream(((Clusterer) model).predict(data)).asDoubleStream().toArray());
        } else if (model instanceof Transformer) {
            parts.add(((Transformer) model).transform(data).features());
        }
        return parts.stream().flatMapToDouble(Arrays::stream).toArray();
    }
}
