package io.github.classicml.algorithms.tree;

import io.github.classicml.core.internal.modelfile.LambdaCodec;
import io.github.classicml.core.internal.modelfile.ModelCodec;

import java.util.List;

/**
 * The model-file codecs of the decision trees, for the library's registry in
 * {@code io.github.classicml.algorithms.ModelFiles}: save and load models through that class. Not for
 * direct use; public only because the registry lives in another package.
 */
public final class ModelFileCodecs {

    private ModelFileCodecs() {
    }

    /** @return the codecs of this package, one per model type */
    public static List<ModelCodec<?, ?>> all() {
        return List.of(
                new LambdaCodec<>("DecisionTreeClassifierModel", DecisionTreeClassifierModel.class,
                        DecisionTreeClassifier.class, TreeFiles::writeLearner, TreeFiles::readClassifierLearner,
                        TreeFiles::write, TreeFiles::readClassifier),
                new LambdaCodec<>("DecisionTreeRegressorModel", DecisionTreeRegressorModel.class,
                        DecisionTreeRegressor.class, TreeFiles::writeLearner, TreeFiles::readRegressorLearner,
                        TreeFiles::write, TreeFiles::readRegressor));
    }
}
