package io.github.classicml.metrics;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Validation builds no message for a valid entry: the bytes a check allocates do not grow with the
 * number of entries. Measured with the thread's allocation counter (exact, not timed): validating
 * 100 times more rows (495 000 more entries) may not allocate 16 KB more.
 */
class ValidationAllocationTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** The fewest bytes of three calls, after one call that loads classes and resolves call sites. */
    private static long allocated(IntSupplier check) {
        check.getAsInt();
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            int k = check.getAsInt();
            fewest = Math.min(fewest, THREADS.getCurrentThreadAllocatedBytes() - before);
            assertEquals(10, k);
        }
        return fewest;
    }

    private static double[][] probabilities(int rows, SplittableRandom rng) {
        double[][] p = new double[rows][10];
        for (double[] row : p) {
            double sum = 0;
            for (int c = 0; c < 10; c++) {
                row[c] = rng.nextDouble();
                sum += row[c];
            }
            for (int c = 0; c < 10; c++) {
                row[c] /= sum;
            }
        }
        return p;
    }

    private static int[] classes(int rows) {
        int[] actual = new int[rows];
        for (int i = 0; i < rows; i++) {
            actual[i] = i % 10;
        }
        return actual;
    }

    @Test
    void probabilityTableChecks_allocateTheSameForAHundredTimesTheRows() {
        assumeTrue(THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadAllocatedMemorySupported());
        THREADS.setThreadAllocatedMemoryEnabled(true);
        SplittableRandom rng = new SplittableRandom(5);
        int[] smallActual = classes(500);
        double[][] small = probabilities(500, rng);
        int[] largeActual = classes(50_000);
        double[][] large = probabilities(50_000, rng);

        long logLossSmall = allocated(() -> ProbabilityMetrics.checkClassProbabilities(smallActual, small));
        long logLossLarge = allocated(() -> ProbabilityMetrics.checkClassProbabilities(largeActual, large));
        long aucSmall = allocated(() -> RocAuc.validate(smallActual, small));
        long aucLarge = allocated(() -> RocAuc.validate(largeActual, large));
        // 495 000 more valid entries: one byte each would be 495 000 bytes, one message each tens of MB;
        // the bound leaves room for what the runtime itself may allocate on the thread (a few hundred bytes)
        assertTrue(logLossLarge - logLossSmall < 16_384, "log loss: " + logLossSmall + " -> " + logLossLarge + " bytes");
        assertTrue(aucLarge - aucSmall < 16_384, "AUC: " + aucSmall + " -> " + aucLarge + " bytes");
    }
}
