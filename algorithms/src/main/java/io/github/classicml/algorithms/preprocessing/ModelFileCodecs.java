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
                        EncoderFiles::writeLearner, EncoderFiles::readOneHotEncoderLearner,
                        EncoderFiles::write, EncoderFiles::read),
                new LambdaCodec<>("OrdinalEncoderModel", OrdinalEncoderModel.class, OrdinalEncoder.class,
                        EncoderFiles::writeLearner, EncoderFiles::readOrdinalEncoderLearner,
                        EncoderFiles::write, EncoderFiles::read),
                new LambdaCodec<>("PcaModel", PcaModel.class, Pca.class,
                        ProjectionFiles::writeLearner, ProjectionFiles::readPcaLearner,
                        ProjectionFiles::write, ProjectionFiles::read),
                new LambdaCodec<>("PolynomialFeaturesModel", PolynomialFeaturesModel.class, PolynomialFeatures.class,
                        ProjectionFiles::writeLearner, ProjectionFiles::readPolynomialFeaturesLearner,
                        ProjectionFiles::write, ProjectionFiles::read),
                new LambdaCodec<>("CorrelationFilterModel", CorrelationFilterModel.class, CorrelationFilter.class,
                        ProjectionFiles::writeLearner, ProjectionFiles::readCorrelationFilterLearner,
                        ProjectionFiles::write, ProjectionFiles::read),
                new LambdaCodec<>("PowerTransformerModel", PowerTransformerModel.class, PowerTransformer.class,
                        ProjectionFiles::writeLearner, ProjectionFiles::readPowerTransformerLearner,
                        ProjectionFiles::write, ProjectionFiles::read),
                new LambdaCodec<>("ColumnTransformerModel", ColumnTransformerModel.class, ColumnTransformer.class,
                        EncoderFiles::writeLearner, EncoderFiles::readColumnTransformerLearner,
                        EncoderFiles::write, EncoderFiles::read));
    }
}
