package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;

import io.github.classicml.core.testing.ProbabilisticClassifierContract;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BernoulliNaiveBayesTest implements ProbabilisticClassifierContract<BernoulliNaiveBayesModel> {

    @Override
    public Dataset easyCase() {
        return BayesTestData.separated(new SplittableRandom(2024), 120, 6, 3);
    }

    @Override
    public Learner<BernoulliNaiveBayesModel> learner() {
        return BernoulliNaiveBayes.of();
    }

    @Test
    void fit_handWorked_presenceAndAbsenceAreEvidence() {
        // the messages' counts binarised at 0: ham (0,1,0), (1,1,0), (0,1,0); spam (1,0,1), (1,0,1)
        BernoulliNaiveBayesModel model = BernoulliNaiveBayes.of().fit(MultinomialNaiveBayesTest.messages());
        assertArrayEquals(new double[][] {{1, 3, 0}, {2, 0, 2}}, model.featureCounts());
        // p = (present + 1) / (rows + 2): ham (2/5, 4/5, 1/5), spam (3/4, 1/4, 3/4)
        assertArrayEquals(new double[] {Math.log(0.4), Math.log(0.8), Math.log(0.2)},
                model.featureLogProbabilities()[0], 1e-15);
        // "free prize" (1, 0, 1): P(ham, x) = 3/5 * 2/5 * (1 - 4/5) * 1/5 = 6/625,
        // P(spam, x) = 2/5 * 3/4 * (1 - 1/4) * 3/4 = 27/160
        double[] x = {1, 0, 1};
        assertArrayEquals(new double[] {Math.log(6.0 / 625), Math.log(27.0 / 160)},
                model.predictJointLogProbabilities(x), 1e-14);
        // P(spam | x) = 27/160 / (27/160 + 6/625) = 16875 / 17835; counts above 0 are "present"
        assertArrayEquals(new double[] {960.0 / 17835, 16875.0 / 17835}, model.predictProbabilities(x), 1e-15);
        assertArrayEquals(model.predictProbabilities(x), model.predictProbabilities(new double[] {7, 0, 0.5}));
    }

    @Test
    void fit_threshold_binarisesAboveIt() {
        Dataset data = Dataset.of(new double[][] {{0.2}, {0.7}, {0.9}}).withClasses(new int[] {0, 1, 1});
        BernoulliNaiveBayesModel model = BernoulliNaiveBayes.of().withThreshold(0.5).fit(data);
        // present: 0 of 1 in class 0, 2 of 2 in class 1
        assertArrayEquals(new double[][] {{0}, {2}}, model.featureCounts());
        assertEquals(1, model.predict(new double[] {0.51}));
        assertEquals(0, model.predict(new double[] {0.5}));
    }

    @Test
    void fit_binaryInput_rejectsOtherValues() {
        Dataset data = Dataset.of(new double[][] {{0, 1}, {1, 2}}).withClasses(new int[] {0, 1});
        BernoulliNaiveBayes binary = BernoulliNaiveBayes.of().withBinaryInput();
        assertEquals(OptionalDouble.empty(), binary.binarizeThreshold());
        assertEquals("features must be 0 or 1; row 1, column 1 is 2; set a binarize threshold to turn other "
                + "values into 0 and 1", assertThrows(IllegalArgumentException.class, () -> binary.fit(data))
                .getMessage());
        BernoulliNaiveBayesModel model = binary.fit(Dataset.of(new double[][] {{0, 1}, {1, 1}}).withClasses(new int[] {0, 1}));
        assertEquals("row must be 0 or 1; column 0 is 0.5; set a binarize threshold to turn other values into 0 and 1",
                assertThrows(IllegalArgumentException.class, () -> model.predict(new double[] {0.5, 1})).getMessage());
    }

    @Test
    void update_equalsOneFit_exactly() {
        Dataset data = MultinomialNaiveBayesTest.messages();
        BernoulliNaiveBayesModel whole = BernoulliNaiveBayes.of().fit(data);
        BernoulliNaiveBayesModel both = BernoulliNaiveBayes.of().fit(data.select(new int[] {3}))
                .update(data.select(new int[] {0, 1, 2, 4}));
        assertArrayEquals(whole.featureLogProbabilities(), both.featureLogProbabilities());
        assertArrayEquals(whole.predictJointLogProbabilities(new double[] {1, 1, 0}),
                both.predictJointLogProbabilities(new double[] {1, 1, 0}));
    }
}
