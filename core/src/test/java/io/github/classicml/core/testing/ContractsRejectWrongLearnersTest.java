package io.github.classicml.core.testing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Clusterer;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProbabilisticClassifier;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.Transformer;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Proves that each kind's contract fails a learner that does not learn: a model that ignores its data
 * and answers a constant passes every input rule, and must still be caught. Each wrong learner below
 * validates its input properly, so only the learning checks can catch it.
 */
class ContractsRejectWrongLearnersTest {

    /** Always class 0, with certainty. */
    record ConstantClassifier() implements Learner<ConstantClassifier.Model> {
        @Override
        public Model fit(Dataset data) {
            Check.notNull("data", data);
            Check.hasClasses(data);
            Check.minRows(data, 1);
            Check.finiteFeatures(data);
            return new Model(this, data.columns(), data.classNames());
        }

        record Model(ConstantClassifier learner, int columns, List<String> classNames)
                implements ProbabilisticClassifier {
            @Override
            public int predict(double[] row) {
                Check.rowWidth(row, columns);
                return 0;
            }

            @Override
            public double[] predictProbabilities(double[] row) {
                Check.rowWidth(row, columns);
                double[] p = new double[classNames.size()];
                p[0] = 1;
                return p;
            }
        }
    }

    /** Always 0. */
    record ConstantRegressor() implements Learner<ConstantRegressor.Model> {
        @Override
        public Model fit(Dataset data) {
            Check.notNull("data", data);
            Check.finiteTargets(data);
            Check.minRows(data, 1);
            Check.finiteFeatures(data);
            return new Model(this, data.columns());
        }

        record Model(ConstantRegressor learner, int columns) implements Regressor {
            @Override
            public double predict(double[] row) {
                Check.rowWidth(row, columns);
                return 0;
            }
        }
    }

    /** Everything in cluster 0 of 3. */
    record ConstantClusterer() implements Learner<ConstantClusterer.Model> {
        @Override
        public Model fit(Dataset data) {
            Check.notNull("data", data);
            Check.minRows(data, 1);
            Check.finiteFeatures(data);
            return new Model(this, data.columns());
        }

        record Model(ConstantClusterer learner, int columns) implements Clusterer {
            @Override
            public int clusters() {
                return 3;
            }

            @Override
            public int predict(double[] row) {
                Check.rowWidth(row, columns);
                return 0;
            }
        }
    }

    /** Maps every row to zeros; with a seed it ignores. */
    record ConstantTransformer(long seed) implements Learner<ConstantTransformer.Model> {
        @Override
        public Model fit(Dataset data) {
            Check.notNull("data", data);
            Check.minRows(data, 1);
            Check.finiteFeatures(data);
            return new Model(this, data.columns());
        }

        record Model(ConstantTransformer learner, int columns) implements Transformer {
            @Override
            public int outputColumns() {
                return columns;
            }

            @Override
            public double[] transform(double[] row) {
                Check.rowWidth(row, columns);
                return new double[columns];
            }
        }
    }

    private final ProbabilisticClassifierContract<ConstantClassifier.Model> classifier = ConstantClassifier::new;
    private final RegressorContract<ConstantRegressor.Model> regressor = ConstantRegressor::new;
    private final ClustererContract<ConstantClusterer.Model> clusterer = ConstantClusterer::new;
    private final TransformerContract<ConstantTransformer.Model> transformer = () -> new ConstantTransformer(0);

    private final TransformerContract<ConstantTransformer.Model> seedIgnoring =
            new TransformerContract<>() {
                @Override
                public Learner<ConstantTransformer.Model> learner() {
                    return new ConstantTransformer(0);
                }

                @Override
                public boolean randomised() {
                    return true;
                }

                @Override
                public Learner<ConstantTransformer.Model> learnerWithSeed(long seed) {
                    return new ConstantTransformer(seed);
                }
            };

    @Test
    void constantClassifier_failsTheClassifierContract() {
        classifier.contract_fit_wrongTargetKind_throws();      // it keeps the input rules...
        classifier.contract_batch_equalsRowByRow();
        assertThrows(AssertionFailedError.class, classifier::contract_learnsAnEasyCase);   // ...but learns nothing
    }

    @Test
    void constantRegressor_failsTheRegressorContract() {
        regressor.contract_fit_wrongTargetKind_throws();
        assertThrows(AssertionFailedError.class, regressor::contract_learnsAnEasyCase);
    }

    @Test
    void constantClusterer_failsTheClustererContract() {
        clusterer.contract_clusters_inRangeInEveryForm();
        assertThrows(AssertionFailedError.class, clusterer::contract_recoversWellSeparatedBlobs);
    }

    @Test
    void constantTransformer_failsTheTransformerContract() {
        transformer.contract_transform_allFormsAgree_keepTargets_nameColumns();
        assertThrows(AssertionFailedError.class, transformer::contract_transform_dependsOnTheTrainingData);
    }

    @Test
    void seedIgnoringLearner_failsTheSeedCheck() {
        assertThrows(AssertionFailedError.class, seedIgnoring::contract_otherSeed_canChangeTheModel);
    }
}
