package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.internal.modelfile.LambdaCodec;
import io.github.classicml.core.internal.modelfile.ModelCodec;

import java.util.List;

/**
 * The model-file codecs of the ensembles, for the library's registry in
 * {@code io.github.classicml.algorithms.ModelFiles}: save and load models through that class. Not for
 * direct use; public only because the registry lives in another package.
 */
public final class ModelFileCodecs {

    private ModelFileCodecs() {
    }

    /** @return the codecs of this package, one per model type */
    public static List<ModelCodec<?, ?>> all() {
        return List.of(
                new LambdaCodec<>("ForestClassifierModel", ForestClassifierModel.class, ForestClassifier.class,
                        EnsembleFiles::writeLearner, EnsembleFiles::readForestClassifierLearner,
                        EnsembleFiles::write, EnsembleFiles::readForestClassifier),
                new LambdaCodec<>("ForestRegressorModel", ForestRegressorModel.class, ForestRegressor.class,
                        EnsembleFiles::writeLearner, EnsembleFiles::readForestRegressorLearner,
                        EnsembleFiles::write, EnsembleFiles::readForestRegressor),
                new LambdaCodec<>("BaggingClassifierModel", BaggingClassifierModel.class, BaggingClassifier.class,
                        BagFiles::writeLearner, BagFiles::readBaggingClassifierLearner,
                        BagFiles::write, BagFiles::readBaggingClassifier),
                new LambdaCodec<>("BaggingRegressorModel", BaggingRegressorModel.class, BaggingRegressor.class,
                        BagFiles::writeLearner, BagFiles::readBaggingRegressorLearner,
                        BagFiles::write, BagFiles::readBaggingRegressor),
                new LambdaCodec<>("GradientBoostingClassifierModel", GradientBoostingClassifierModel.class,
                        GradientBoostingClassifier.class, BoostingFiles::writeLearner,
                        BoostingFiles::readGradientBoostingClassifierLearner, BoostingFiles::write,
                        BoostingFiles::readGradientBoostingClassifier),
                new LambdaCodec<>("GradientBoostingRegressorModel", GradientBoostingRegressorModel.class,
                        GradientBoostingRegressor.class, BoostingFiles::writeLearner,
                        BoostingFiles::readGradientBoostingRegressorLearner, BoostingFiles::write,
                        BoostingFiles::readGradientBoostingRegressor),
                new LambdaCodec<>("AdaBoostClassifierModel", AdaBoostClassifierModel.class, AdaBoostClassifier.class,
                        BoostingFiles::writeLearner, BoostingFiles::readAdaBoostLearner, BoostingFiles::write,
                        BoostingFiles::readAdaBoost));
    }
}
