package io.github.classicml.algorithms;

import org.junit.jupiter.api.Test;

import static io.github.classicml.algorithms.ModelFilesTest.message;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The k-means codec refuses what a fit cannot produce, with the fitting checks' messages. */
class ModelFilesClusterTest {

    @Test
    void kMeans_invalidHyperparameters_areRejected() {
        byte[] golden = ModelFileEdits.golden("KMeansModel");
        assertEquals("x: restarts must be >= 1, got 0", message(ModelFileEdits.replaced(golden, "\"restarts\":10", "\"restarts\":0")));
        assertEquals("x: tolerance must be >= 0 and finite, got -0.1",
                message(ModelFileEdits.replaced(golden, "\"tolerance\":1.0E-4", "\"tolerance\":-0.1")));
        assertEquals("x: learner.seed must be an integer, got 4.2",
                message(ModelFileEdits.replaced(golden, "\"seed\":42", "\"seed\":4.2")));
    }

    @Test
    void kMeans_moreClustersThanCentresOrRows_isRejected() {
        byte[] golden = ModelFileEdits.golden("KMeansModel");
        assertEquals("x: data.centres must hold 16 values (4 clusters × 4 columns), got 12",
                message(ModelFileEdits.replaced(golden, "\"clusters\":3", "\"clusters\":4")));
    }

    @Test
    void kMeans_invalidFittedValues_areRejected() {
        byte[] golden = ModelFileEdits.golden("KMeansModel");
        assertEquals("x: centres must be finite; entry 5 is NaN",
                message(ModelFileEdits.withDouble(golden, "centres", 5, Double.NaN)));
        assertEquals("x: labels must hold class indices in [0, 2]; entry 9 is -1",
                message(ModelFileEdits.withInt(golden, "labels", 9, -1)));
        assertEquals("x: inertia must be >= 0 and finite, got -1",
                message(ModelFileEdits.replaced(golden, "\"inertia\":", "\"inertia\":-1,\"was\":")));
        assertEquals("x: iterations must be <= maxIterations (300), got 301",
                message(ModelFileEdits.replaced(golden, "\"iterations\":", "\"iterations\":301,\"was\":")));
    }
}
