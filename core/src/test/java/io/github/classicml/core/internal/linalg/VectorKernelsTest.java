package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Vector API path by hand, and its agreement with the scalar path within the bound documented in
 * {@link Kernels}. Needs the module: runs in core's {@code vector-kernels} test execution, and
 * whenever {@code -Dtest.jvm.args="--add-modules jdk.incubator.vector"} is given.
 */
@EnabledIf("moduleLoaded")
class VectorKernelsTest {

    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    static boolean moduleLoaded() {
        return KernelSelection.vector().isPresent();
    }

    private static KernelSet vectorKernels() {
        return KernelSelection.vector().orElseThrow();
    }

    @Test
    void vector_handWorked() {
        KernelSet v = vectorKernels();
        // 19 elements: two full 8-lane vectors (or four 4-lane ones) and a scalar tail of 3
        double[] a = new double[19];
        double[] b = new double[19];
        for (int i = 0; i < 19; i++) {
            a[i] = i + 1;
            b[i] = 2;
        }
        // a - b runs over -1, 0, 1, ..., 17: dot = 2 * (1 + ... + 19) = 380;
        // squares: 1 + (1^2 + ... + 17^2) = 1 + 17*18*35/6 = 1786; absolute values: 1 + 17*18/2 = 154
        assertEquals(380.0, v.dot(a, 0, b, 0, 19));
        assertEquals(1786.0, v.squaredEuclidean(a, 0, b, 0, 19));
        assertEquals(154.0, v.manhattan(a, 0, b, 0, 19));
        double[] y = b.clone();
        v.axpy(-1, a, 0, y, 0, 19);
        for (int i = 0; i < 19; i++) {
            assertEquals(1.0 - i, y[i]);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void vectorAndScalar_agreeWithinTheDocumentedBound(long seed) {
        KernelSet v = vectorKernels();
        KernelSet s = KernelSelection.scalar();
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(0, 140);
        int aOffset = rng.nextInt(0, 5);
        int bOffset = rng.nextInt(0, 5);
        double scale = Math.pow(10, rng.nextInt(-3, 4));
        double[] a = new double[aOffset + n];
        double[] b = new double[bOffset + n];
        for (int i = 0; i < n; i++) {
            a[aOffset + i] = RandomData.gaussian(rng) * scale;
            b[bOffset + i] = RandomData.gaussian(rng) * scale + 1;
        }
        double dotTerms = 0;
        double sqTerms = 0;
        double l1Terms = 0;
        for (int i = 0; i < n; i++) {
            double d = a[aOffset + i] - b[bOffset + i];
            dotTerms += Math.abs(a[aOffset + i] * b[bOffset + i]);
            sqTerms += d * d;
            l1Terms += Math.abs(d);
        }
        double u = n * 0x1p-52;
        assertEquals(s.dot(a, aOffset, b, bOffset, n), v.dot(a, aOffset, b, bOffset, n), u * dotTerms);
        assertEquals(s.squaredEuclidean(a, aOffset, b, bOffset, n), v.squaredEuclidean(a, aOffset, b, bOffset, n),
                u * sqTerms);
        assertEquals(s.manhattan(a, aOffset, b, bOffset, n), v.manhattan(a, aOffset, b, bOffset, n), u * l1Terms);

        double alpha = RandomData.gaussian(rng);
        double[] ys = b.clone();
        double[] yv = b.clone();
        s.axpy(alpha, a, aOffset, ys, bOffset, n);
        v.axpy(alpha, a, aOffset, yv, bOffset, n);
        for (int i = 0; i < bOffset + n; i++) {
            double bound = i < bOffset ? 0 : 0x1p-52 * (Math.abs(b[i]) + Math.abs(alpha * a[aOffset + i - bOffset]));
            assertEquals(ys[i], yv[i], bound, "element " + i);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void pairwise_vectorAndScalar_agreeWithinTwiceTheRoundingBound(long seed) {
        KernelSet v = vectorKernels();
        SplittableRandom rng = new SplittableRandom(seed);
        int columns = rng.nextInt(1, 70);
        int aRows = rng.nextInt(1, 30);
        int bRows = rng.nextInt(1, 90);
        double[] a = PairwiseDistancesTest.gaussianRows(rng, aRows + 2, columns, 3);
        double[] b = PairwiseDistancesTest.gaussianRows(rng, bRows + 1, columns, 3);
        double[] aNorms = PairwiseDistances.squaredNorms(a, aRows + 2, columns);
        double[] bNorms = PairwiseDistances.squaredNorms(b, bRows + 1, columns);
        double[] outS = new double[aRows * bRows];
        double[] outV = new double[aRows * bRows];
        KernelSelection.scalar().pairwiseSquaredEuclidean(a, 2, aRows, aNorms, b, 1, bRows, bNorms, columns, outS);
        v.pairwiseSquaredEuclidean(a, 2, aRows, aNorms, b, 1, bRows, bNorms, columns, outV);
        for (int i = 0; i < aRows; i++) {
            for (int j = 0; j < bRows; j++) {
                double bound = 2 * PairwiseDistances.roundingBound(aNorms[2 + i], bNorms[1 + j], columns);
                assertEquals(outS[i * bRows + j], outV[i * bRows + j], bound, "pair " + i + ", " + j);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void screened_vectorAndScalar_sameBits(long seed) {
        KernelSet v = vectorKernels();
        KernelSet s = KernelSelection.scalar();
        SplittableRandom rng = new SplittableRandom(seed);
        int p = 1 + rng.nextInt(40);
        int n = 2 + rng.nextInt(700);
        int m = 1 + rng.nextInt(11);
        double[] all = new double[(n + m) * p];
        for (int i = 0; i < all.length; i++) {
            all[i] = seed % 3 == 0 ? rng.nextInt(5) : 10 * RandomData.gaussian(rng);
        }
        SinglePrecisionRows single = SinglePrecisionRows.of(all, n, p);
        if (single == null) {
            return;
        }
        SinglePrecisionRows.Block block = single.block(all, n, m);
        int start = rng.nextInt(n);
        int count = 1 + rng.nextInt(n - start);
        float[] outVector = new float[m * count];
        float[] outScalar = new float[m * count];
        float[] cut = new float[m];
        s.screenedSquaredEuclidean(single, block, start, count, cut, outScalar, new boolean[m]);
        for (int i = 0; i < m; i++) {
            // a query's own smallest value (a tie with the cut-off), just below it, or a random level
            float smallest = Float.POSITIVE_INFINITY;
            for (int j = 0; j < count; j++) {
                smallest = Math.min(smallest, outScalar[i * count + j]);
            }
            int choice = rng.nextInt(3);
            cut[i] = choice == 0 ? smallest
                    : choice == 1 ? Math.nextDown(smallest) : (float) (rng.nextDouble() * 2 * smallest);
        }
        boolean[] withinVector = new boolean[m];
        boolean[] withinScalar = new boolean[m];
        v.screenedSquaredEuclidean(single, block, start, count, cut, outVector, withinVector);
        s.screenedSquaredEuclidean(single, block, start, count, cut, outScalar, withinScalar);
        org.junit.jupiter.api.Assertions.assertArrayEquals(outScalar, outVector);
        org.junit.jupiter.api.Assertions.assertArrayEquals(withinScalar, withinVector);
        for (int trial = 0; trial < 20; trial++) {
            int from = rng.nextInt(outScalar.length);
            int to = from + rng.nextInt(outScalar.length - from + 1);
            float threshold = outScalar[rng.nextInt(outScalar.length)] - (rng.nextBoolean() ? 0 : 1e-3f);
            assertEquals(s.firstAtMost(outScalar, from, to, threshold), v.firstAtMost(outScalar, from, to, threshold));
        }
    }
    /**
     * {@code reduceLanes(ADD)} and the lanes read and added one by one give the same bits, interpreted
     * and once compiled (200,000 calls: C2 compiles the method well before the end), on vectors of
     * ordinary values, of values whose partial sums round differently in another order, and of signed
     * zeros, infinities, NaN and subnormals (bit for bit; NaN as NaN). Where this holds ({@code REDUCE_IS_SEQUENTIAL}: JDK 17 on
     * x86-64) the kernels use the faster {@code reduceLanes}; elsewhere the test still shows which JDKs
     * reorder (it is skipped there: nothing relies on the agreement).
     */
    @Test
    void laneSums_reduceLanesAndSequential_sameBitsWhereReduceLanesIsUsed() {
        org.junit.jupiter.api.Assumptions.assumeTrue(VectorApiKernels.REDUCE_IS_SEQUENTIAL,
                "reduceLanes is not used on this JDK");
        int lanes = vectorKernels().lanes();
        double[] special = {0.0, -0.0, 1.0, -1.0, 0x1p-1074, -0x1p-1074, 0x1p1023, -0x1p1023, 1e-300, 3.0,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0x1p53, 1.0 / 3, -2.0 / 3};
        SplittableRandom rng = new SplittableRandom(20261203);
        double[] x = new double[lanes];
        java.util.Arrays.fill(x, -0.0);
        // all lanes -0.0: the sum from the identity is +0.0 both ways
        assertEquals(0L, Double.doubleToRawLongBits(VectorApiKernels.laneSumsBothWays(x, 0)[0]));
        assertEquals(0L, Double.doubleToRawLongBits(VectorApiKernels.laneSumsBothWays(x, 0)[1]));
        for (int call = 0; call < 200_000; call++) {
            for (int i = 0; i < lanes; i++) {
                switch (call % 3) {
                    case 0 -> x[i] = RandomData.gaussian(rng);
                    // magnitudes 2^0 to 2^60 with both signs: partial sums cancel and round in many ways
                    case 1 -> x[i] = (rng.nextBoolean() ? 1 : -1) * Math.scalb(1 + rng.nextDouble(), rng.nextInt(61));
                    default -> x[i] = special[rng.nextInt(special.length)];
                }
            }
            double[] both = VectorApiKernels.laneSumsBothWays(x, 0);
            // any NaN equals any NaN: which payload an invalid sum carries is not part of the contract
            if (Double.doubleToLongBits(both[0]) != Double.doubleToLongBits(both[1])) {
                org.junit.jupiter.api.Assertions.fail("call " + call + ": lanes " + java.util.Arrays.toString(x)
                        + ", reduceLanes " + both[0] + " against " + both[1]);
            }
        }
    }
}
