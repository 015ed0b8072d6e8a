package io.github.classicml.algorithms.selection;

import io.github.classicml.algorithms.bayes.GaussianNaiveBayes;
import io.github.classicml.algorithms.bayes.GaussianNaiveBayesModel;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.algorithms.preprocessing.StandardScalerModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.testing.ProbabilisticClassifierContract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A pipeline ending in a probabilistic classifier keeps that contract and passes the probabilities on. */
class PipelineProbabilisticClassifierTest
        implements ProbabilisticClassifierContract<PipelineProbabilisticClassifierModel> {

    @Override
    public Learner<PipelineProbabilisticClassifierModel> learner() {
        return Pipeline.of(StandardScaler.of()).probabilisticClassifier(GaussianNaiveBayes.of());
    }

    @Test
    void probabilities_areTheFinalModelsOnTransformedRows() {
        Dataset iris = Datasets.iris();
        PipelineProbabilisticClassifierModel model = learner().fit(iris);
        StandardScalerModel scaler = StandardScaler.of().fit(iris);
        GaussianNaiveBayesModel bayes = GaussianNaiveBayes.of().fit(scaler.transform(iris));
        for (int i = 0; i < iris.rows(); i += 7) {
            double[] row = iris.row(i);
            assertArrayEquals(bayes.predictProbabilities(scaler.transform(row)), model.predictProbabilities(row), 0.0);
            assertEquals(bayes.predict(scaler.transform(row)), model.predict(row));
        }
        assertEquals("steps must not be empty, got 0 entries", assertThrows(
                IllegalArgumentException.class, () -> new Pipeline(List.of())).getMessage());
        assertEquals("classifier must not be null", assertThrows(
                NullPointerException.class, () -> Pipeline.of(StandardScaler.of()).classifier(null)).getMessage());
    }
}
