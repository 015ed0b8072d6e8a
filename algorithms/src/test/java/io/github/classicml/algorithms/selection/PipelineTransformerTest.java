package io.github.classicml.algorithms.selection;

import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.TransformerContract;

/** A pipeline of transformers alone keeps the transformer contract. */
class PipelineTransformerTest implements TransformerContract<PipelineTransformerModel> {

    @Override
    public Learner<PipelineTransformerModel> learner() {
        return Pipeline.of(StandardScaler.of()).then(new StandardScaler(false, true));
    }

    @Override
    public double[] answerRow(PipelineTransformerModel model, double[] row) {
        return model.transform(row);
    }

    @Override
    public double[][] answerBatch(PipelineTransformerModel model, Dataset data) {
        return model.transform(data).toArray();
    }
}
