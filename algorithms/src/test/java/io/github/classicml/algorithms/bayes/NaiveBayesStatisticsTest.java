package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Statistics of parts merged into the statistics of the whole, by hand and against a single fit. */
class NaiveBayesStatisticsTest {

    private static final List<String> CLASSES = List.of("a", "b");

    @Test
    void gaussianMergeOfTwoParts_byHand() {
        // class a: part 1 holds {1, 3} (mean 2, M = 2), part 2 holds {5} (mean 5, M = 0);
        // merged: n = 3, d = 3, mean = 2 + 3 / 3 = 3, M = 2 + 0 + 9 * 2 * 1 / 3 = 8 (= (1-3)^2 + 0 + (5-3)^2)
        double[] part1 = NaiveBayesStatistics.gaussian(Dataset.of(new double[][] {{1}, {3}, {10}})
                .withClasses(new int[] {0, 0, 1}, CLASSES));
        double[] part2 = NaiveBayesStatistics.gaussian(Dataset.of(new double[][] {{5}})
                .withClasses(new int[] {0}, CLASSES));
        double[] merged = NaiveBayesStatistics.mergeGaussian(part1, part2, 2);
        // layout: counts (2), means (2), mean residuals (2), squared deviations (2)
        assertArrayEquals(new double[] {3, 1}, new double[] {merged[0], merged[1]});
        assertEquals(3, merged[2] + merged[4], 1e-15);
        assertEquals(10, merged[3] + merged[5], 1e-15);
        assertEquals(8, merged[6], 1e-15);
        assertEquals(0, merged[7]);
    }

    @Test
    void gaussianModelFromMergedParts_equalsTheSingleFit() {
        double[][] x = {{1, 100}, {3, 101}, {10, 99}, {5, 102}, {11, 98}, {12, 97}};
        int[] y = {0, 0, 1, 0, 1, 1};
        GaussianNaiveBayesModel whole = GaussianNaiveBayes.of().fit(Dataset.of(x).withClasses(y, CLASSES));
        double[] a = NaiveBayesStatistics.gaussian(Dataset.of(new double[][] {x[0], x[1], x[2]})
                .withClasses(new int[] {0, 0, 1}, CLASSES));
        double[] b = NaiveBayesStatistics.gaussian(Dataset.of(new double[][] {x[3], x[4], x[5]})
                .withClasses(new int[] {0, 1, 1}, CLASSES));
        GaussianNaiveBayesModel merged = NaiveBayesStatistics.gaussianModel(GaussianNaiveBayes.of(),
                NaiveBayesStatistics.mergeGaussian(a, b, 2), whole.columnNames(), CLASSES);
        assertArrayEquals(whole.classCounts(), merged.classCounts());
        for (int c = 0; c < 2; c++) {
            assertArrayEquals(whole.means()[c], merged.means()[c], 1e-13);
            assertArrayEquals(whole.variances()[c], merged.variances()[c], 1e-12);
        }
    }

    @Test
    void multinomialCountsAdd() {
        double[] a = NaiveBayesStatistics.multinomial(Dataset.of(new double[][] {{1, 0}, {2, 3}})
                .withClasses(new int[] {0, 1}, CLASSES));
        double[] b = NaiveBayesStatistics.multinomial(Dataset.of(new double[][] {{4, 1}})
                .withClasses(new int[] {0}, CLASSES));
        // counts (a: 2 rows, b: 1 row), then class-major column sums: a (5, 1), b (2, 3)
        assertArrayEquals(new double[] {2, 1, 5, 1, 2, 3}, NaiveBayesStatistics.mergeMultinomial(a, b));
    }
}
