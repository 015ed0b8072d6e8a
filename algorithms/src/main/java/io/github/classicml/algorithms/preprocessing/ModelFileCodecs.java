package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.internal.modelfile.LambdaCodec;
import io.github.classicml.core.internal.modelfile.ModelCodec;

import java.util.List;

/**
 * The model-file codecs of the fitted transformers, for the library's registry in
 * {@code io.github.classicml.algorithms.ModelFiles}: save and load models through that class. Not for
 * direct use; public only because the registry lives in another package.
 */
public final class ModelFileCodecs {

    private ModelFileCodecs() {
    }

    /** @return the codecs of this package, one per model type */
    public static List<ModelCodec<?, ?>> all() {
        return List.of(
                new LambdaCodec<>("StandardScalerModel", StandardScalerModel.class, StandardScaler.class,
                        PreprocessingFiles::writeLearner, PreprocessingFiles::readStandardScalerLearner,
                        PreprocessingFiles::write, PreprocessingFiles::read),
                new LambdaCodec<>("MinMaxScalerModel", MinMaxScalerModel.class, MinMaxScaler.class,
                        PreprocessingFiles::writeLearner, PreprocessingFiles::readMinMaxScalerLearner,
                        PreprocessingFiles::write, PreprocessingFiles::read),
                new LambdaCodec<>("MaxAbsScalerModel", MaxAbsScalerModel.class, MaxAbsScaler.class,
                        (learner, out) -> { }, PreprocessingFiles::readMaxAbsScalerLearner,
                        PreprocessingFiles::write, PreprocessingFiles::read),
                new LambdaCodec<>("RobustScalerModel", RobustScalerModel.class, RobustScaler.class,
                        PreprocessingFiles::writeLearner, PreprocessingFiles::readRobustScalerLearner,
                        PreprocessingFiles::write, PreprocessingFiles::read),
                new LambdaCodec<>("SimpleImputerModel", SimpleImputerModel.class, SimpleImputer.class,
                        PreprocessingFiles::writeLearner, PreprocessingFiles::readSimpleImputerLearner,
                        PreprocessingFiles::write, PreprocessingFiles::read),
                new LambdaCodec<>("KnnImputerModel", KnnImputerModel.class, KnnImputer.class,
                        PreprocessingFiles::writeLearner, PreprocessingFiles::readKnnImputerLearner,
                        PreprocessingFiles::write, PreprocessingFiles::read),
                new LambdaCodec<>("OneHotEncoderModel", OneHotEncoderModel.class, OneHotEncoder.class,
                        PreprocessingFiles::writeLearner, PreprocessingFiles::readOneHotEncoderLearner,
                        PreprocessingFiles::write, PreprocessingFiles::read),
                new LambdaCodec<>("OrdinalEncoderModel", OrdinalEncoderModel.class, OrdinalEncoder.class,
                        PreprocessingFiles::writeLearner, PreprocessingFiles::readOrdinalEncoderLearner,
                        PreprocessingFiles::write, PreprocessingFiles::read),
                new LambdaCodec<>("PcaModel", PcaModel.class, Pca.class,
                        PreprocessingFiles::writeLearner, PreprocessingFiles::readPcaLearner,
                        PreprocessingFiles::write, PreprocessingFiles::read),
                new LambdaCodec<>("PolynomialFeaturesModel", PolynomialFeaturesModel.class, PolynomialFeatures.class,
                        PreprocessingFiles::writeLearner, PreprocessingFiles::readPolynomialFeaturesLearner,
                        PreprocessingFiles::write, PreprocessingFiles::read),
                new LambdaCodec<>("CorrelationFilterModel", CorrelationFilterModel.class, CorrelationFilter.class,
                        PreprocessingFiles::writeLearner, PreprocessingFiles::readCorrelationFilterLearner,
                        PreprocessingFiles::write, PreprocessingFiles::read),
                new LambdaCodec<>("PowerTransformerModel", PowerTransformerModel.class, PowerTransformer.class,
                        PreprocessingFiles::writeLearner, PreprocessingFiles::readPowerTransformerLearner,
                        PreprocessingFiles::write, PreprocessingFiles::read),
                new LambdaCodec<>("ColumnTransformerModel", ColumnTransformerModel.class, ColumnTransformer.class,
                        PreprocessingFiles::writeLearner, PreprocessingFiles::readColumnTransformerLearner,
                        PreprocessingFiles::write, PreprocessingFiles::read));
    }
}
