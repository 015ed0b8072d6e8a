package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The single-precision screen: every screened distance within the proven margin of the true squared
 * distance (computed exactly with {@link BigDecimal}) and of the exact double kernel's value, on data
 * chosen to make float rounding hurt; the within-cut-off flags exact; and the cases the screen refuses.
 */
class SinglePrecisionRowsTest {

    private static final int KINDS = 7;

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /**
     * Training rows (first {@code n}) and query rows of one kind: 0 Gaussian; 1 far from the origin
     * (centring must remove the offset); 2 near-duplicates of one long vector (distances tiny beside the
     * norms: the dot product's rounding is all there is); 3 columns of very different scales; 4 magnitudes
     * near 10^-70 with some exact zeros; 5 magnitudes near 10^70 (the learners scale wider ranges into
     * 2^±256 before they search); 6 small integers (exact ties).
     */
    static double[] rows(SplittableRandom rng, int n, int p, int kind) {
        double[] x = new double[n * p];
        double[] base = new double[p];
        for (int k = 0; k < p; k++) {
            base[k] = 50 * RandomData.gaussian(rng);
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < p; k++) {
                double g = RandomData.gaussian(rng);
                x[i * p + k] = switch (kind) {
                    case 0 -> g;
                    case 1 -> 1e7 + g;
                    case 2 -> base[k] + 1e-3 * g;
                    case 3 -> Math.scalb(g, 12 * (k % 5) - 24);
                    case 4 -> rng.nextInt(5) == 0 ? 0 : 1e-70 * g;
                    case 5 -> 1e70 * g;
                    default -> rng.nextInt(4);
                };
            }
        }
        return x;
    }

    /** The squared distance of two rows, exactly. */
    static BigDecimal exact(double[] a, int ao, double[] b, int bo, int p) {
        BigDecimal s = BigDecimal.ZERO;
        for (int k = 0; k < p; k++) {
            BigDecimal d = new BigDecimal(a[ao + k]).subtract(new BigDecimal(b[bo + k]));
            s = s.add(d.multiply(d));
        }
        return s;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void screenedDistance_withinMarginOfTrueAndOfExactKernel(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int kind = (int) (seed % KINDS);
        int[] widths = {1, 2, 3, 5, 8, 17, 32, 70};
        int p = widths[rng.nextInt(widths.length)];
        int n = 1 + rng.nextInt(300);
        int m = 1 + rng.nextInt(9);
        double[] all = rows(rng, n + m, p, kind);
        double[] train = Arrays.copyOf(all, n * p);
        double[] queries = Arrays.copyOfRange(all, n * p, (n + m) * p);
        double[] trainCopy = train.clone();
        double[] queriesCopy = queries.clone();
        SinglePrecisionRows single = SinglePrecisionRows.of(train, n, p);
        if (single == null) {
            // only identical rows (possible for one row or integer data) are refused here
            assertTrue(n == 1 || kind == 6, "refused kind " + kind);
            return;
        }
        SinglePrecisionRows.Block block = single.block(queries, 0, m);
        assertNotNull(block);
        int start = rng.nextInt(n);
        int count = 1 + rng.nextInt(n - start);
        float[] out = new float[m * count];
        float[] cut = new float[m];
        Arrays.fill(cut, Float.POSITIVE_INFINITY);
        single.squaredDistances(block, start, count, cut, out, new boolean[m]);
        BigDecimal in = new BigDecimal(single.unitsIn());
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < count; j++) {
                int t = start + j;
                BigDecimal margin = new BigDecimal(single.margin(block.squaredNorm(i), single.squaredNorm(t)));
                BigDecimal v = new BigDecimal(out[i * count + j]);
                BigDecimal truth = exact(queries, i * p, train, t * p, p).multiply(in);
                String where = "kind " + kind + ", p " + p + ", query " + i + ", row " + t;
                assertTrue(v.subtract(truth).abs().compareTo(margin) <= 0,
                        where + ": screened " + v + " true " + truth + " margin " + margin);
                double kernelValue = Vectors.squaredEuclidean(queries, i * p, train, t * p, p);
                BigDecimal kernel = new BigDecimal(kernelValue).multiply(in);
                assertTrue(v.subtract(kernel).abs().compareTo(margin) <= 0,
                        where + ": screened " + v + " exact kernel " + kernel + " margin " + margin);
                assertTrue(single.squaredNorm(t) <= single.panelMaxNorm(t / SinglePrecisionRows.PANEL));
            }
        }
        assertArrayEquals(trainCopy, train);
        assertArrayEquals(queriesCopy, queries);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void within_trueExactlyWhenSomeValueIsAtMostTheCut(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int p = 1 + rng.nextInt(12);
        int n = 1 + rng.nextInt(600);
        int m = 1 + rng.nextInt(11);
        double[] all = rows(rng, n + m, p, rng.nextInt(KINDS));
        SinglePrecisionRows single = SinglePrecisionRows.of(all, n, p);
        if (single == null) {
            return;
        }
        SinglePrecisionRows.Block block = single.block(all, n, m);
        int start = rng.nextInt(n);
        int count = 1 + rng.nextInt(Math.min(n - start, 2 * SinglePrecisionRows.PANEL));
        float[] out = new float[m * count];
        float[] cut = new float[m];
        boolean[] within = new boolean[m];
        single.squaredDistances(block, start, count, cut, out, within);
        for (int trial = 0; trial < 6; trial++) {
            for (int i = 0; i < m; i++) {
                float some = out[i * count + rng.nextInt(count)];
                // the smallest value itself, just below it, a value, infinities, a random level
                cut[i] = switch (rng.nextInt(6)) {
                    case 0 -> min(out, i * count, count);
                    case 1 -> Math.nextDown(min(out, i * count, count));
                    case 2 -> some;
                    case 3 -> Float.NEGATIVE_INFINITY;
                    case 4 -> Float.POSITIVE_INFINITY;
                    default -> (float) (rng.nextDouble() * 2 * some);
                };
            }
            float[] again = new float[m * count];
            single.squaredDistances(block, start, count, cut, again, within);
            assertArrayEquals(out, again, "the distances do not depend on the cut-offs");
            for (int i = 0; i < m; i++) {
                boolean expected = false;
                for (int j = 0; j < count; j++) {
                    expected |= out[i * count + j] <= cut[i];
                }
                assertEquals(expected, within[i], "query " + i + " cut " + cut[i]);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void nearest_isTheArgminOfTheScreenedDistances(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int p = 1 + rng.nextInt(12);
        int n = 1 + rng.nextInt(700);
        int m = 1 + rng.nextInt(seed % 4 == 0 ? 150 : 9);
        double[] all = rows(rng, n + m, p, rng.nextInt(KINDS));
        SinglePrecisionRows single = SinglePrecisionRows.of(all, n, p);
        if (single == null) {
            return;
        }
        // the "centres" are training rows too, sometimes: exact ties
        for (int c = 0; c < m; c++) {
            if (rng.nextInt(3) == 0) {
                System.arraycopy(all, rng.nextInt(n) * p, all, (n + c) * p, p);
            }
        }
        SinglePrecisionRows.Block centres = single.block(all, n, m);
        int start = rng.nextInt(n);
        int count = 1 + rng.nextInt(n - start);
        float[] d = new float[m * count];
        single.squaredDistances(centres, start, count, new float[m], d, new boolean[m]);
        int[] index = new int[count];
        for (int r = 0; r < count; r++) {
            // guesses: right, wrong or out of range
            index[r] = rng.nextInt(m + 2) - 1;
        }
        float[] nearest = new float[count];
        float[] second = new float[count];
        single.nearest(start, count, centres, index, nearest, second);
        for (int r = 0; r < count; r++) {
            int best = 0;
            for (int c = 1; c < m; c++) {
                if (d[c * count + r] < d[best * count + r]) {
                    best = c;
                }
            }
            float other = Float.POSITIVE_INFINITY;
            for (int c = 0; c < m; c++) {
                if (c != best) {
                    other = Math.min(other, d[c * count + r]);
                }
            }
            assertEquals(best, index[r], "row " + (start + r));
            assertEquals(d[best * count + r], nearest[r]);
            assertEquals(other, second[r]);
        }
    }

    private static float min(float[] v, int from, int count) {
        float m = Float.POSITIVE_INFINITY;
        for (int j = from; j < from + count; j++) {
            m = Math.min(m, v[j]);
        }
        return m;
    }

    @Test
    void handWorked_distancesAndUnits() {
        // rows (0,0), (4,0), (0,2): means (4/3, 2/3), largest centred magnitude 8/3, scaled by 2^-3 into [1/4, 1/2)
        double[] x = {0, 0, 4, 0, 0, 2};
        SinglePrecisionRows single = SinglePrecisionRows.of(x, 3, 2);
        assertEquals(0x1p-6, single.unitsIn());
        assertEquals(0x1p6, single.unitsBack());
        SinglePrecisionRows.Block block = single.block(new double[] {4, 2}, 0, 1);
        float[] out = new float[3];
        boolean[] within = new boolean[1];
        single.squaredDistances(block, 0, 3, new float[] {0.25f}, out, within);
        // true squared distances 20, 4, 16, in scaled units 20/64, 4/64, 16/64
        double[] expected = {20 / 64.0, 4 / 64.0, 16 / 64.0};
        for (int j = 0; j < 3; j++) {
            assertEquals(expected[j], out[j], single.margin(block.squaredNorm(0), single.squaredNorm(j)));
        }
        assertTrue(within[0]);
        single.squaredDistances(block, 0, 3, new float[] {0.06f}, out, within);
        assertEquals(false, within[0]);
    }

    @Test
    void refused_whenScreeningCannotApplyOrBound() {
        // spread 2^-451 and 2^419: 2^-2e or 2^2e would leave the double range
        assertNull(SinglePrecisionRows.of(new double[] {3, 1, 3, 1}, 2, 2), "identical rows");
        assertNull(SinglePrecisionRows.of(new double[SinglePrecisionRows.MAX_COLUMNS + 1], 1,
                SinglePrecisionRows.MAX_COLUMNS + 1), "too many columns");
        // a spread of 2^-450 around 1: 2^2e would leave the double range
        assertNull(SinglePrecisionRows.of(new double[] {0, 0x1p-450}, 2, 1));
        assertNotNull(SinglePrecisionRows.of(new double[] {0, 0x1p-390}, 2, 1));
        assertNull(SinglePrecisionRows.of(new double[] {0, 0x1p420}, 2, 1));
        SinglePrecisionRows single = SinglePrecisionRows.of(new double[] {0, 1}, 2, 1);
        // queries up to 2^40 times the spread from the means are screened, farther ones are not
        assertNotNull(single.block(new double[] {0x1p37}, 0, 1));
        assertNull(single.block(new double[] {0x1p42}, 0, 1));
        assertNull(single.block(new double[] {0, -0x1p45}, 0, 2));
    }

    @Test
    void arguments_checked() {
        SinglePrecisionRows single = SinglePrecisionRows.of(new double[] {0, 1, 2, 3}, 2, 2);
        SinglePrecisionRows.Block block = single.block(new double[] {1, 1}, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> SinglePrecisionRows.of(new double[3], 2, 2));
        // 2^20 x 2^12 overflows int to 0: the length check is done in long
        assertThrows(IllegalArgumentException.class, () -> SinglePrecisionRows.of(new double[1], 1 << 20, 1 << 12));
        assertThrows(IllegalArgumentException.class, () -> single.block(new double[3], 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> single.squaredDistances(block, 1, 2, new float[1], new float[2], new boolean[1]));
        assertThrows(IllegalArgumentException.class,
                () -> single.squaredDistances(block, 0, 2, new float[1], new float[1], new boolean[1]));
        assertThrows(IndexOutOfBoundsException.class, () -> single.squaredNorm(2));
    }

    @Test
    void ceiling_smallestFloatAtOrAbove() {
        assertEquals(1f, SinglePrecisionRows.ceiling(1.0));
        assertEquals(Math.nextUp(1f), SinglePrecisionRows.ceiling(1.0 + 0x1p-40));
        assertEquals(1f, SinglePrecisionRows.ceiling(1.0 - 0x1p-40));
        assertEquals(Float.POSITIVE_INFINITY, SinglePrecisionRows.ceiling(1e300));
        assertEquals(Float.POSITIVE_INFINITY, SinglePrecisionRows.ceiling(Double.POSITIVE_INFINITY));
        assertEquals(Float.MIN_VALUE, SinglePrecisionRows.ceiling(1e-300));
        assertEquals(-Float.MAX_VALUE, SinglePrecisionRows.ceiling(-1e300));
    }
}
