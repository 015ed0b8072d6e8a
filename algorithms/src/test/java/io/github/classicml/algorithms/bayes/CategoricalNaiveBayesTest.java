package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.ProbabilisticClassifierContract;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CategoricalNaiveBayesTest implements ProbabilisticClassifierContract<CategoricalNaiveBayesModel> {

    /**
     * Not scale-invariant: the features are category codes, not magnitudes; codes multiplied by
     * 10^&plusmn;300 are not codes and are refused naming the value.
     */
    @Override
    public boolean scaleInvariant(double scale) {
        return false;
    }

    @Override
    public Dataset easyCase() {
        return BayesTestData.separated(new SplittableRandom(2024), 120, 6, 3);
    }

    @Override
    public Learner<CategoricalNaiveBayesModel> learner() {
        return CategoricalNaiveBayes.of();
    }

    @Override
    public Dataset contractData(SplittableRandom rng, int rows, int columns) {
        return BayesTestData.codes(rng, rows, columns, 3, 4);
    }

    /** Class a: (0, 1), (0, 0), (1, 1); class b: (2, 0), (2, 1). */
    private static Dataset codes() {
        return Dataset.of(new double[][] {{0, 1}, {0, 0}, {2, 0}, {1, 1}, {2, 1}})
                .withClasses(new int[] {0, 0, 1, 0, 1}, List.of("a", "b"));
    }

    @Test
    void fit_handWorked_smoothedCategoryShares() {
        CategoricalNaiveBayesModel model = CategoricalNaiveBayes.of().fit(codes());
        assertArrayEquals(new int[] {3, 2}, model.categoryCounts());
        // column 0: a holds codes 0, 0, 1 -> (2+1, 1+1, 0+1) / (3 + 3); b holds 2, 2 -> (1, 1, 3) / 5
        assertArrayEquals(new double[] {Math.log(3.0 / 6), Math.log(2.0 / 6), Math.log(1.0 / 6)},
                model.featureLogProbabilities(0)[0], 1e-15);
        assertArrayEquals(new double[] {Math.log(1.0 / 5), Math.log(1.0 / 5), Math.log(3.0 / 5)},
                model.featureLogProbabilities(0)[1], 1e-15);
        // row (2, 1): P(a, x) = 3/5 * 1/6 * 3/5 = 0.06, P(b, x) = 2/5 * 3/5 * 2/4 = 0.12, so P(b | x) = 2/3
        double[] x = {2, 1};
        assertArrayEquals(new double[] {Math.log(0.06), Math.log(0.12)}, model.predictJointLogProbabilities(x), 1e-14);
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3}, model.predictProbabilities(x), 1e-15);
    }

    @Test
    void predict_codeAboveTheTrainingRange_carriesNoEvidence() {
        CategoricalNaiveBayesModel model = CategoricalNaiveBayes.of().fit(codes());
        // code 5 in column 0 was never seen: the column is left out. P(a, x) = 3/5 * 3/5, P(b, x) = 2/5 * 2/4
        double[] x = {5, 1};
        assertArrayEquals(new double[] {Math.log(9.0 / 25), Math.log(1.0 / 5)}, model.predictJointLogProbabilities(x),
                1e-15);
        assertArrayEquals(new double[] {9.0 / 14, 5.0 / 14}, model.predictProbabilities(x), 1e-15);
        assertEquals(0.0, model.explain(x).featureLogLikelihoods()[1][0]);
    }

    @Test
    void fit_valueNotACode_throwsNamingRowAndColumn() {
        Dataset half = Dataset.of(new double[][] {{0, 1}, {1, 0.5}}).withClasses(new int[] {0, 1});
        assertEquals("features must be category codes, integers in [0, 65535]; row 1, column 1 is 0.5; encode "
                + "categories as 0, 1, 2, ...", assertThrows(IllegalArgumentException.class,
                        () -> CategoricalNaiveBayes.of().fit(half)).getMessage());
        Dataset negative = Dataset.of(new double[][] {{-1}}).withClasses(new int[] {0});
        assertEquals("features must be category codes, integers in [0, 65535]; row 0, column 0 is -1; encode "
                + "categories as 0, 1, 2, ...", assertThrows(IllegalArgumentException.class,
                        () -> CategoricalNaiveBayes.of().fit(negative)).getMessage());
        CategoricalNaiveBayesModel model = CategoricalNaiveBayes.of().fit(codes());
        assertEquals("row must be category codes, integers in [0, 2147483647]; column 1 is 1.5; encode categories "
                + "as 0, 1, 2, ...", assertThrows(IllegalArgumentException.class,
                        () -> model.predict(new double[] {0, 1.5})).getMessage());
    }

    @Test
    void update_newCodes_equalsOneFit_exactly() {
        Dataset data = codes();
        CategoricalNaiveBayesModel whole = CategoricalNaiveBayes.of().fit(data);
        // the first part has no code 2 in column 0: the update widens the column
        CategoricalNaiveBayesModel first = CategoricalNaiveBayes.of().fit(data.select(new int[] {0, 1, 3}));
        assertArrayEquals(new int[] {2, 2}, first.categoryCounts());
        CategoricalNaiveBayesModel both = first.update(data.select(new int[] {2, 4}));
        assertArrayEquals(whole.categoryCounts(), both.categoryCounts());
        for (int j = 0; j < 2; j++) {
            assertArrayEquals(whole.featureLogProbabilities(j), both.featureLogProbabilities(j));
        }
        assertArrayEquals(new int[] {2, 2}, first.categoryCounts());
    }

    @Test
    void fit_largeCodesInManyColumns_isRefusedBeforeAllocatingTheCountTable() {
        // two classes x 65536 categories = 131072 entries a column; 2^26 entries are reached after 512 columns
        double[][] rows = new double[2][600];
        java.util.Arrays.fill(rows[0], 65_535);
        Dataset wide = Dataset.of(rows).withClasses(new int[] {0, 1});
        assertEquals("the category count table must have at most 67108864 entries (classes x categories, summed "
                + "over columns), got 67239936 by column 512 (2 classes, codes up to 65535)",
                assertThrows(IllegalArgumentException.class, () -> CategoricalNaiveBayes.of().fit(wide)).getMessage());
    }
}
