package io.github.classicml.algorithms.selection;

import io.github.classicml.core.internal.modelfile.LambdaCodec;
import io.github.classicml.core.internal.modelfile.ModelCodec;

import java.util.List;

/**
 * The model-file codecs of the pipelines, for the library's registry in
 * {@code io.github.classicml.algorithms.ModelFiles}: save and load models through that class. Not for
 * direct use; public only because the registry lives in another package.
 */
public final class ModelFileCodecs {

    private ModelFileCodecs() {
    }

    /** @return the codecs of this package, one per model type */
    public static List<ModelCodec<?, ?>> all() {
        return List.of(
                new LambdaCodec<>("PipelineTransformerModel", PipelineTransformerModel.class, Pipeline.class,
                        PipelineFiles::writeLearner, PipelineFiles::readPipelineLearner,
                        PipelineFiles::write, PipelineFiles::read),
                new LambdaCodec<>("PipelineClassifierModel", PipelineClassifierModel.class, PipelineClassifier.class,
                        PipelineFiles::writeLearner, PipelineFiles::readPipelineClassifierLearner,
                        PipelineFiles::write, PipelineFiles::read),
                new LambdaCodec<>("PipelineProbabilisticClassifierModel", PipelineProbabilisticClassifierModel.class,
                        PipelineProbabilisticClassifier.class, PipelineFiles::writeLearner,
                        PipelineFiles::readPipelineProbabilisticClassifierLearner, PipelineFiles::write,
                        PipelineFiles::read),
                new LambdaCodec<>("PipelineRegressorModel", PipelineRegressorModel.class, PipelineRegressor.class,
                        PipelineFiles::writeLearner, PipelineFiles::readPipelineRegressorLearner,
                        PipelineFiles::write, PipelineFiles::read));
    }
}
