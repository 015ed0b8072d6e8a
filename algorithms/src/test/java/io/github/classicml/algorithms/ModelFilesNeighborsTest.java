package io.github.classicml.algorithms;

import org.junit.jupiter.api.Test;

import static io.github.classicml.algorithms.ModelFilesTest.message;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The k-NN codecs refuse what fitting refuses, with the fitting checks' messages. */
class ModelFilesNeighborsTest {

    @Test
    void classifier_kLargerThanTheStoredRows_isRejected() {
        byte[] golden = ModelFileEdits.golden("KnnClassifierModel");
        assertEquals("x: k must be <= the number of rows (150), got 151",
                message(ModelFileEdits.replaced(golden, "\"k\":5", "\"k\":151")));
        assertEquals("x: k must be >= 1, got 0", message(ModelFileEdits.replaced(golden, "\"k\":5", "\"k\":0")));
    }

    @Test
    void classifier_invalidHyperparameters_areRejected() {
        byte[] golden = ModelFileEdits.golden("KnnClassifierModel-cosineBruteForce");
        assertEquals("x: search must be BRUTE_FORCE or AUTO for the cosine distance, got KD_TREE; a k-d tree needs "
                        + "a Minkowski-family metric",
                message(ModelFileEdits.replaced(golden, "\"BRUTE_FORCE\"", "\"KD_TREE\"")));
        byte[] minkowski = ModelFileEdits.golden("KnnClassifierModel-minkowskiDistanceWeighted");
        assertEquals("x: p must be >= 1, got 0.5", message(ModelFileEdits.replaced(minkowski, "\"p\":3.0", "\"p\":0.5")));
        assertEquals("x: leafSize must be >= 1, got -8",
                message(ModelFileEdits.replaced(minkowski, "\"leafSize\":8", "\"leafSize\":-8")));
        assertEquals("x: learner.weighting must be one of [UNIFORM, DISTANCE], got \"GAUSSIAN\"",
                message(ModelFileEdits.replaced(minkowski, "\"DISTANCE\"", "\"GAUSSIAN\"")));
    }

    @Test
    void classifier_invalidStoredRows_areRejected() {
        byte[] golden = ModelFileEdits.golden("KnnClassifierModel");
        assertEquals("x: features must be finite; row 3, column 1 is NaN; impute or drop missing values first",
                message(ModelFileEdits.withDouble(golden, "features", 3 * 4 + 1, Double.NaN)));
        assertEquals("x: classes must hold class indices in [0, 2]; entry 7 is 3",
                message(ModelFileEdits.withInt(golden, "classes", 7, 3)));
        assertEquals("x: data.classes must hold 120 values (120 training rows), got 150",
                message(ModelFileEdits.replaced(golden, "\"columns\":4", "\"columns\":5")));
    }

    @Test
    void classifier_columnsThatDoNotDivideTheStoredValues_areRejected() {
        byte[] golden = ModelFileEdits.golden("KnnClassifierModel");
        assertEquals("x: values must hold a whole number of rows of 7 columns, got 600 values",
                message(ModelFileEdits.replaced(golden, "\"columns\":4", "\"columns\":7")));
    }

    @Test
    void regressor_nonFiniteTargetOrTooFewTargets_isRejected() {
        byte[] golden = ModelFileEdits.golden("KnnRegressorModel");
        assertEquals("x: targets must be finite; row 10 is Infinity",
                message(ModelFileEdits.withDouble(golden, "targets", 10, Double.POSITIVE_INFINITY)));
        assertEquals("x: data.targets must hold 60 values (60 training rows), got 120",
                message(ModelFileEdits.replaced(golden, "\"columns\":10", "\"columns\":20")));
    }

    @Test
    void minkowski_hugeOrderEdited_loadsAndSearchesCorrectly() throws Exception {
        // p edited to 1e308: loading refits, and the order-1e308 distance is the Chebyshev distance to
        // rounding, so every rank's distance equals the Chebyshev model's (before: the sums of powers
        // underflowed and predict threw ArrayIndexOutOfBoundsException from Candidates.select)
        byte[] golden = ModelFileEdits.golden("KnnClassifierModel-minkowskiDistanceWeighted");
        io.github.classicml.algorithms.neighbors.KnnClassifierModel huge = ModelFiles.fromBytes(
                ModelFileEdits.replaced(golden, "\"p\":3.0", "\"p\":1.0E308"), "x",
                io.github.classicml.algorithms.neighbors.KnnClassifierModel.class);
        io.github.classicml.algorithms.neighbors.KnnClassifierModel chebyshev = ModelFiles.fromBytes(
                ModelFileEdits.replaced(golden, "\"kind\":\"MINKOWSKI\"", "\"kind\":\"CHEBYSHEV\""), "x",
                io.github.classicml.algorithms.neighbors.KnnClassifierModel.class);
        assertEquals(1e308, huge.distance().p());
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        double[][] q = new double[30][huge.columns()];
        for (double[] row : q) {
            for (int j = 0; j < row.length; j++) {
                row[j] = 8 * rng.nextDouble();
            }
        }
        io.github.classicml.algorithms.neighbors.Neighbors a = huge.neighbors(io.github.classicml.core.Dataset.of(q));
        io.github.classicml.algorithms.neighbors.Neighbors b = chebyshev.neighbors(io.github.classicml.core.Dataset.of(q));
        for (int i = 0; i < q.length; i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(b.distances(i), a.distances(i), 1e-9, "query " + i);
            huge.predict(q[i]);
        }
    }
}
