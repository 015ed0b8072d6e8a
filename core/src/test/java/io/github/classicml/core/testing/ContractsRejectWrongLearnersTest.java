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
 * validates its input properly, so only the learning checks can catch it. The robustness rules (issue
 * 13) are proven the same way: a competent classifier with naive squared distances fails at 10^&plusmn;300,
 * a batch method that writes into the caller's rows, a division by a constant column's zero spread and
 * an internal exception on 10 000 columns each fail their check.
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

    /**
     * Nearest centroid with probabilities {@code softmax(-d²)}, squared distances summed naively: a
     * competent classifier at ordinary magnitudes whose squares overflow at 1e300 and underflow at 1e-300.
     */
    record NaiveCentroidClassifier() implements Learner<NaiveCentroidClassifier.Model> {
        @Override
        public Model fit(Dataset data) {
            Check.notNull("data", data);
            Check.hasClasses(data);
            Check.minRows(data, 1);
            Check.finiteFeatures(data);
            int k = data.classCount();
            int p = data.columns();
            double[][] centres = new double[k][p];
            int[] counts = new int[k];
            for (int i = 0; i < data.rows(); i++) {
                counts[data.classOf(i)]++;
                for (int j = 0; j < p; j++) {
                    centres[data.classOf(i)][j] += data.row(i)[j];
                }
            }
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < p; j++) {
                    centres[c][j] /= Math.max(1, counts[c]);
                }
            }
            return new Model(this, centres, data.classNames());
        }

        record Model(NaiveCentroidClassifier learner, double[][] centres, List<String> classNames)
                implements ProbabilisticClassifier {
            @Override
            public int columns() {
                return centres[0].length;
            }

            @Override
            public int predict(double[] row) {
                double[] p = predictProbabilities(row);
                int best = 0;
                for (int c = 1; c < p.length; c++) {
                    best = p[c] > p[best] ? c : best;
                }
                return best;
            }

            @Override
            public double[] predictProbabilities(double[] row) {
                Check.rowWidth(row, columns());
                Check.finiteRow(row, columns());
                double[] score = new double[centres.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < score.length; c++) {
                    for (int j = 0; j < row.length; j++) {
                        score[c] -= (row[j] - centres[c][j]) * (row[j] - centres[c][j]);
                    }
                    max = Math.max(max, score[c]);
                }
                double sum = 0;
                for (int c = 0; c < score.length; c++) {
                    score[c] = Math.exp(score[c] - max);
                    sum += score[c];
                }
                for (int c = 0; c < score.length; c++) {
                    score[c] /= sum;
                }
                return score;
            }
        }
    }

    /** The mean target, but its batch method centres the caller's rows in place. */
    record InPlaceRegressor() implements Learner<InPlaceRegressor.Model> {
        @Override
        public Model fit(Dataset data) {
            Check.notNull("data", data);
            Check.finiteTargets(data);
            Check.minRows(data, 1);
            Check.finiteFeatures(data);
            double mean = 0;
            for (int i = 0; i < data.rows(); i++) {
                mean += data.target(i) / data.rows();
            }
            return new Model(this, data.columns(), mean);
        }

        record Model(InPlaceRegressor learner, int columns, double mean) implements Regressor {
            @Override
            public double predict(double[] row) {
                Check.rowWidth(row, columns);
                return mean;
            }

            @Override
            public double[] predict(double[][] rows) {
                double[] out = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    rows[i][0] -= mean;
                    out[i] = mean;
                }
                return out;
            }
        }
    }

    /**
     * Least squares on each column alone, averaged, on standardised columns: divides by a standard
     * deviation that is 0 for a constant column.
     */
    record UnguardedStandardisingRegressor() implements Learner<UnguardedStandardisingRegressor.Model> {
        @Override
        public Model fit(Dataset data) {
            Check.notNull("data", data);
            Check.finiteTargets(data);
            Check.minRows(data, 1);
            Check.finiteFeatures(data);
            int n = data.rows();
            int p = data.columns();
            double[] mean = new double[p];
            double[] sd = new double[p];
            double yMean = 0;
            for (int i = 0; i < n; i++) {
                yMean += data.target(i) / n;
                for (int j = 0; j < p; j++) {
                    mean[j] += data.row(i)[j] / n;
                }
            }
            double[] slope = new double[p];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    double d = data.row(i)[j] - mean[j];
                    sd[j] += d * d / n;
                    slope[j] += d * (data.target(i) - yMean);
                }
            }
            for (int j = 0; j < p; j++) {
                sd[j] = Math.sqrt(sd[j]);
                slope[j] /= n * sd[j];
            }
            return new Model(this, mean, sd, slope, yMean);
        }

        record Model(UnguardedStandardisingRegressor learner, double[] mean, double[] sd, double[] slope, double yMean)
                implements Regressor {
            @Override
            public int columns() {
                return mean.length;
            }

            @Override
            public double predict(double[] row) {
                Check.rowWidth(row, columns());
                double y = yMean;
                for (int j = 0; j < row.length; j++) {
                    y += slope[j] * (row[j] - mean[j]) / sd[j];
                }
                return y;
            }
        }
    }

    /** Zeros, from a row buffer sized for at most 1000 columns: an internal exception on wide data. */
    record FixedBufferTransformer() implements Learner<FixedBufferTransformer.Model> {
        @Override
        public Model fit(Dataset data) {
            Check.notNull("data", data);
            Check.minRows(data, 1);
            Check.finiteFeatures(data);
            double[] buffer = new double[1000];
            for (int j = 0; j < data.columns(); j++) {
                buffer[j] = data.row(0)[j];
            }
            return new Model(this, data.columns());
        }

        record Model(FixedBufferTransformer learner, int columns) implements Transformer {
            @Override
            public int outputColumns() {
                return columns;
            }

            @Override
            public double[] transform(double[] row) {
                Check.rowWidth(row, columns);
                return row.clone();
            }
        }
    }

    private final ProbabilisticClassifierContract<ConstantClassifier.Model> classifier = ConstantClassifier::new;
    private final ProbabilisticClassifierContract<NaiveCentroidClassifier.Model> naiveCentroid =
            NaiveCentroidClassifier::new;
    private final RegressorContract<InPlaceRegressor.Model> inPlace = InPlaceRegressor::new;
    private final RegressorContract<UnguardedStandardisingRegressor.Model> unguarded =
            UnguardedStandardisingRegressor::new;
    private final TransformerContract<FixedBufferTransformer.Model> fixedBuffer = FixedBufferTransformer::new;
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
    void naiveSquaredDistances_failTheExtremeMagnitudesCheck() {
        naiveCentroid.contract_learnsAnEasyCase();          // a competent classifier at ordinary magnitudes...
        naiveCentroid.contract_probabilities_areADistributionPeakingAtThePrediction();
        for (double scale : new double[] {1e300, 1e-300}) {  // ...whose squares overflow or underflow
            assertThrows(AssertionFailedError.class,
                    () -> naiveCentroid.contract_extremeMagnitudes_sameAnswersOrClearRefusal(scale), "scale " + scale);
        }
    }

    @Test
    void batchMethodModifyingItsInput_failsTheInputCheck() {
        inPlace.contract_batch_equalsRowByRow();
        assertThrows(AssertionFailedError.class, inPlace::contract_arrayBatch_doesNotModifyInput);
    }

    @Test
    void divisionByAZeroSpread_failsTheConstantColumnCheck() {
        unguarded.contract_fit_oneColumn_works();
        assertThrows(AssertionFailedError.class, unguarded::contract_constantColumns_fitWithFiniteAnswersOrClearRefusal);
    }

    @Test
    void internalExceptionOnWideData_failsTheWideDataCheck() {
        fixedBuffer.contract_fit_oneColumn_works();
        assertThrows(ArrayIndexOutOfBoundsException.class, fixedBuffer::contract_tenThousandColumnsTwentyRows_fitOrClearRefusal);
    }

    @Test
    void seedIgnoringLearner_failsTheSeedCheck() {
        assertThrows(AssertionFailedError.class, seedIgnoring::contract_otherSeed_canChangeTheModel);
    }
}
