package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.internal.Parallel;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernels on the Vector API ({@code jdk.incubator.vector}), in the widest SIMD registers the
 * processor has ({@link DoubleVector#SPECIES_PREFERRED}: 8 doubles with AVX-512, 4 with AVX2).
 *
 * <p>This class is compiled separately (source folder {@code src/main/java-vector}) and loaded by
 * {@link KernelSelection} only when the module is in the boot layer, i.e. when the JVM was started with
 * {@code --add-modules jdk.incubator.vector}; without it, no class here is ever loaded.
 *
 * <p><b>Single-vector kernels</b> keep four vector accumulators of {@code L} lanes, updated with
 * fused multiply-adds ({@code acc = fma(x, y, acc)}: one rounding per step instead of two), then add
 * the four lane by lane, sum the lanes in a fixed sequential order ({@link #sumLanes}; never
 * {@code reduceLanes} where the JIT may change its order), and add the scalar tail. Every horizontal sum
 * of this class goes through {@link #sumLanes}, so a result has the same bits interpreted, under C1
 * and C2 and on every JDK. The order of summation differs from the scalar path's, so results may
 * differ from it in the last bits (see {@link KernelSelection} for the bound).
 *
 * <p><b>Many-to-many distances</b> use the register-blocked scheme of optimised matrix products
 * (Goto and van de Geijn, "Anatomy of high-performance matrix multiplication", ACM TOMS 34(3),
 * 2008). A chunk of rows of {@code b} is packed into panels {@code 3L} rows wide, stored column by
 * column, so that the {@code 3L} values of one column of a panel are adjacent. A micro-kernel then
 * computes a tile of 4 rows of {@code a} by one panel: per column {@code k} it loads three vectors
 * of the panel, broadcasts {@code a_i[k]} for each of the 4 rows, and issues 12 fused
 * multiply-adds into 12 vector accumulators that stay in registers for the whole tile (7 loads per
 * 12 multiply-adds instead of 2 per 1). The tile's distances are finished in registers
 * ({@code max(0, |a|^2 + |b|^2 - 2 a.b)}) and stored once. Rows of {@code a} are taken in chunks
 * of {@link #ROW_CHUNK} so that they and the current panel stay in the level-1 cache. When {@code b}
 * has at most {@code 2L} rows (the centroids of k-means), panels are two vectors wide and tiles 8
 * rows tall (16 accumulators), so that less of each panel is padding. Each dot
 * product is a left-to-right sum of fused multiply-adds over the columns, whatever tile it was
 * computed in, so a pair's distance does not depend on the block sizes.
 *
 * <p><b>Packed rows</b> ({@link PackedRows}) are one array of such panels, {@code 3L} rows wide, so a
 * packed {@code b} is swept without the per-call copy. <b>Nearest rows</b> turn the tile around: a
 * panel's rows of {@code a} sit in the lanes of three vectors, and four rows of {@code b} at a time
 * are broadcast against them (12 accumulators), so that each finished distance is a vector of 3L rows'
 * distances to one row of {@code b}, and the smallest distance, its index and the second smallest are
 * kept lane by lane with compares, blends and minimums; no horizontal reduction is needed.
 */
final class VectorApiKernels implements KernelSet {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int L = SPECIES.length();
    /** Panel width: three vectors. */
    private static final int PANEL = 3 * L;
    /** Panel width when {@code b} has at most this many rows: two vectors. */
    private static final int NARROW_PANEL = 2 * L;
    /** Rows of {@code a} per micro-kernel tile. */
    private static final int TILE_ROWS = 4;
    /** Rows of {@code a} swept against one panel before moving to the next panel. */
    static final int ROW_CHUNK = 128;
    /** Doubles of {@code b} packed at a time (256 KiB): the chunk stays in the level-2 cache. */
    private static final int PACKED_DOUBLES = 1 << 15;
    /** Panels packed per parallel task by {@link #pack(double[], int, int, Parallel)}. */
    private static final int PACK_TASK = 64;
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    /** Floats per vector. */
    private static final int FL = FLOATS.length();
    /** Rows of a single-precision panel per screening tile: two float vectors. */
    private static final int SCREEN_TILE = 2 * FL;

    /**
     * Runs every kernel once on a small input, so that the vector classes they use are loaded and
     * initialised before the JIT compiles them: C2 replaces Vector API calls by SIMD instructions only
     * for classes already loaded when it compiles a method, and otherwise compiles slow, allocating
     * code that may stay in use for the rest of the run.
     */
    VectorApiKernels() {
        int columns = 5;
        int rows = 3 * L + 5;
        double[] x = new double[rows * columns];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 7;
        }
        // not PairwiseDistances.squaredNorms: it would go through Kernels, which is initialising
        double[] norms = new double[rows];
        for (int i = 0; i < rows; i++) {
            norms[i] = dot(x, i * columns, x, i * columns, columns);
        }
        double[] out = new double[rows * rows];
        pairwiseSquaredEuclidean(x, 0, rows, norms, x, 0, rows, norms, columns, out);
        pairwiseSquaredEuclidean(x, 0, rows, norms, x, 0, 5, norms, columns, out);
        PackedRows packedX;
        try (Parallel one = Parallel.of(1)) {
            packedX = pack(x, rows, columns, one);
        }
        pairwiseSquaredEuclidean(x, 0, rows, norms, packedX, 1, rows - 1, out);
        double[] second = new double[rows];
        nearest(packedX, 1, rows - 1, x, 0, 5, norms, new int[rows], norms.clone(), second);
        nearest(x, 1, rows - 1, norms, x, 0, 5, norms, columns, new int[rows], norms.clone(), second);
        dot(x, 0, x, 1, x.length - 1);
        squaredEuclidean(x, 0, x, 1, x.length - 1);
        manhattan(x, 0, x, 1, x.length - 1);
        axpy(1, x, 1, out, 0, x.length - 1);
        firstAtMost(x, 1, x.length, 3);
        SinglePrecisionRows single = SinglePrecisionRows.of(x, rows, columns);
        SinglePrecisionRows.Block block = single.block(x, 0, 5);
        float[] screened = new float[5 * rows];
        screenedSquaredEuclidean(single, block, 0, rows, new float[5], screened, new boolean[5]);
        screenedSquaredEuclidean(single, block, 1, rows - 2, new float[5], screened, new boolean[5]);
        firstAtMost(screened, 1, screened.length, -1f);
    }

    @Override
    public String description() {
        return "vector (jdk.incubator.vector, " + SPECIES.vectorBitSize() + "-bit: " + L + " doubles per operation)";
    }

    @Override
    public int lanes() {
        return L;
    }

    @Override
    public double dot(double[] a, int aOffset, double[] b, int bOffset, int length) {
        DoubleVector s0 = DoubleVector.zero(SPECIES);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        int i = 0;
        for (; i <= length - 4 * L; i += 4 * L) {
            s0 = load(a, aOffset + i).fma(load(b, bOffset + i), s0);
            s1 = load(a, aOffset + i + L).fma(load(b, bOffset + i + L), s1);
            s2 = load(a, aOffset + i + 2 * L).fma(load(b, bOffset + i + 2 * L), s2);
            s3 = load(a, aOffset + i + 3 * L).fma(load(b, bOffset + i + 3 * L), s3);
        }
        for (; i <= length - L; i += L) {
            s0 = load(a, aOffset + i).fma(load(b, bOffset + i), s0);
        }
        // no vector step ran for a short slice: its accumulators are zeros and need no sum. Without a
        // four-vector step only s0 holds anything, and adding the other three would change no lane: they
        // are +0.0, and no lane is ever -0.0 (it starts at +0.0, and adding a product, a square or an
        // absolute value to +0.0 rounds an exact zero to +0.0), so s0 alone has the same bits and saves
        // three vector additions. Written out here: a helper taking the vectors, if not inlined, would
        // box them.
        double s = i == 0 ? 0 : sumLanes(i < 4 * L ? s0 : s0.add(s1).add(s2.add(s3)));
        for (; i < length; i++) {
            s += a[aOffset + i] * b[bOffset + i];
        }
        return s;
    }

    @Override
    public double squaredEuclidean(double[] a, int aOffset, double[] b, int bOffset, int length) {
        DoubleVector s0 = DoubleVector.zero(SPECIES);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        int i = 0;
        for (; i <= length - 4 * L; i += 4 * L) {
            DoubleVector d0 = load(a, aOffset + i).sub(load(b, bOffset + i));
            DoubleVector d1 = load(a, aOffset + i + L).sub(load(b, bOffset + i + L));
            DoubleVector d2 = load(a, aOffset + i + 2 * L).sub(load(b, bOffset + i + 2 * L));
            DoubleVector d3 = load(a, aOffset + i + 3 * L).sub(load(b, bOffset + i + 3 * L));
            s0 = d0.fma(d0, s0);
            s1 = d1.fma(d1, s1);
            s2 = d2.fma(d2, s2);
            s3 = d3.fma(d3, s3);
        }
        for (; i <= length - L; i += L) {
            DoubleVector d = load(a, aOffset + i).sub(load(b, bOffset + i));
            s0 = d.fma(d, s0);
        }
        double s = i == 0 ? 0 : sumLanes(i < 4 * L ? s0 : s0.add(s1).add(s2.add(s3)));
        for (; i < length; i++) {
            double d = a[aOffset + i] - b[bOffset + i];
            s += d * d;
        }
        return s;
    }

    @Override
    public double manhattan(double[] a, int aOffset, double[] b, int bOffset, int length) {
        DoubleVector s0 = DoubleVector.zero(SPECIES);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        int i = 0;
        for (; i <= length - 4 * L; i += 4 * L) {
            s0 = s0.add(load(a, aOffset + i).sub(load(b, bOffset + i)).abs());
            s1 = s1.add(load(a, aOffset + i + L).sub(load(b, bOffset + i + L)).abs());
            s2 = s2.add(load(a, aOffset + i + 2 * L).sub(load(b, bOffset + i + 2 * L)).abs());
            s3 = s3.add(load(a, aOffset + i + 3 * L).sub(load(b, bOffset + i + 3 * L)).abs());
        }
        for (; i <= length - L; i += L) {
            s0 = s0.add(load(a, aOffset + i).sub(load(b, bOffset + i)).abs());
        }
        double s = i == 0 ? 0 : sumLanes(i < 4 * L ? s0 : s0.add(s1).add(s2.add(s3)));
        for (; i < length; i++) {
            s += Math.abs(a[aOffset + i] - b[bOffset + i]);
        }
        return s;
    }

    @Override
    public int firstAtMost(double[] values, int from, int to, double threshold) {
        int i = from;
        for (; i <= to - L; i += L) {
            VectorMask<Double> m = load(values, i).compare(VectorOperators.LE, threshold);
            if (m.anyTrue()) {
                return i + m.firstTrue();
            }
        }
        for (; i < to; i++) {
            if (values[i] <= threshold) {
                return i;
            }
        }
        return to;
    }

    @Override
    public int firstAtMost(float[] values, int from, int to, float threshold) {
        int i = from;
        for (; i <= to - FL; i += FL) {
            VectorMask<Float> m = FloatVector.fromArray(FLOATS, values, i).compare(VectorOperators.LE, threshold);
            if (m.anyTrue()) {
                return i + m.firstTrue();
            }
        }
        for (; i < to; i++) {
            if (values[i] <= threshold) {
                return i;
            }
        }
        return to;
    }

    @Override
    public void axpy(double alpha, double[] x, int xOffset, double[] y, int yOffset, int length) {
        DoubleVector va = DoubleVector.broadcast(SPECIES, alpha);
        int i = 0;
        for (; i <= length - 2 * L; i += 2 * L) {
            va.fma(load(x, xOffset + i), load(y, yOffset + i)).intoArray(y, yOffset + i);
            va.fma(load(x, xOffset + i + L), load(y, yOffset + i + L)).intoArray(y, yOffset + i + L);
        }
        for (; i <= length - L; i += L) {
            va.fma(load(x, xOffset + i), load(y, yOffset + i)).intoArray(y, yOffset + i);
        }
        for (; i < length; i++) {
            y[yOffset + i] = Math.fma(alpha, x[xOffset + i], y[yOffset + i]);
        }
    }

    @Override
    public void expOfNegativeAbs(double[] z, int count, double[] out) {
        // Math.exp per element, as the plain-Java path: the Vector API's lane-wise EXP runs as Math.exp
        // when interpreted but as a vectorised math library once C2 compiles it, which differs in the last
        // bit on about 5 % of arguments, so a logistic fit would depend on the JIT state (design notes)
        SCALAR_FALLBACK.expOfNegativeAbs(z, count, out);
    }

    @Override
    public void multiplyRows(double[] x, int firstRow, int rows, int columns, double[] w, int wOffset, double[] out,
                             int outOffset) {
        int k = 0;
        for (; k <= rows - 4; k += 4) {
            int o0 = (firstRow + k) * columns;
            int o1 = o0 + columns;
            int o2 = o1 + columns;
            int o3 = o2 + columns;
            DoubleVector a0 = DoubleVector.zero(SPECIES);
            DoubleVector a1 = a0;
            DoubleVector a2 = a0;
            DoubleVector a3 = a0;
            int j = 0;
            for (; j <= columns - L; j += L) {
                DoubleVector wv = load(w, wOffset + j);
                a0 = load(x, o0 + j).fma(wv, a0);
                a1 = load(x, o1 + j).fma(wv, a1);
                a2 = load(x, o2 + j).fma(wv, a2);
                a3 = load(x, o3 + j).fma(wv, a3);
            }
            double s0 = sumLanes(a0);
            double s1 = sumLanes(a1);
            double s2 = sumLanes(a2);
            double s3 = sumLanes(a3);
            for (; j < columns; j++) {
                double wj = w[wOffset + j];
                s0 = Math.fma(x[o0 + j], wj, s0);
                s1 = Math.fma(x[o1 + j], wj, s1);
                s2 = Math.fma(x[o2 + j], wj, s2);
                s3 = Math.fma(x[o3 + j], wj, s3);
            }
            out[outOffset + k] = s0;
            out[outOffset + k + 1] = s1;
            out[outOffset + k + 2] = s2;
            out[outOffset + k + 3] = s3;
        }
        for (; k < rows; k++) {
            out[outOffset + k] = dot(x, (firstRow + k) * columns, w, wOffset, columns);
        }
    }

    @Override
    public void addWeightedRows(double[] x, int firstRow, int rows, int columns, double[] r, int rOffset, double[] y,
                                int yOffset) {
        int k = 0;
        for (; k <= rows - 4; k += 4) {
            int o0 = (firstRow + k) * columns;
            int o1 = o0 + columns;
            int o2 = o1 + columns;
            int o3 = o2 + columns;
            double r0 = r[rOffset + k];
            double r1 = r[rOffset + k + 1];
            double r2 = r[rOffset + k + 2];
            double r3 = r[rOffset + k + 3];
            DoubleVector v0 = DoubleVector.broadcast(SPECIES, r0);
            DoubleVector v1 = DoubleVector.broadcast(SPECIES, r1);
            DoubleVector v2 = DoubleVector.broadcast(SPECIES, r2);
            DoubleVector v3 = DoubleVector.broadcast(SPECIES, r3);
            int j = 0;
            for (; j <= columns - L; j += L) {
                DoubleVector g = load(y, yOffset + j);
                g = load(x, o0 + j).fma(v0, g);
                g = load(x, o1 + j).fma(v1, g);
                g = load(x, o2 + j).fma(v2, g);
                g = load(x, o3 + j).fma(v3, g);
                g.intoArray(y, yOffset + j);
            }
            for (; j < columns; j++) {
                double g = y[yOffset + j];
                g = Math.fma(x[o0 + j], r0, g);
                g = Math.fma(x[o1 + j], r1, g);
                g = Math.fma(x[o2 + j], r2, g);
                g = Math.fma(x[o3 + j], r3, g);
                y[yOffset + j] = g;
            }
        }
        for (; k < rows; k++) {
            axpy(r[rOffset + k], x, (firstRow + k) * columns, y, yOffset, columns);
        }
    }

    @Override
    public void pairwiseSquaredEuclidean(double[] a, int aStart, int aRows, double[] aNorms,
                                         double[] b, int bStart, int bRows, double[] bNorms,
                                         int columns, double[] out) {
        // few rows of b (k-means centroids): two-vector panels and 8-row tiles waste less padding
        int panel = bRows <= NARROW_PANEL ? NARROW_PANEL : PANEL;
        int chunk = Math.min(chunkRows(columns, panel), roundUp(bRows, panel));
        double[] packed = new double[chunk * columns];
        double[] packedNorms = new double[chunk];
        double[] tile = new double[8 * panel];
        for (int j0 = 0; j0 < bRows; j0 += chunk) {
            int n = Math.min(chunk, bRows - j0);
            pack(b, bStart + j0, n, columns, bNorms, panel, packed, packedNorms, 0);
            sweepPanels(a, aStart, aRows, aNorms, packed, packedNorms, panel, 0, n, columns, out, j0, bRows, tile);
        }
    }

    @Override
    public PackedRows pack(double[] x, int rows, int columns, Parallel parallel) {
        int padded = roundUp(rows, PANEL);
        double[] packed = new double[padded * columns];
        double[] norms = new double[padded];
        // tasks of PACK_TASK panels; each writes only its own panels and norms
        int tasks = (padded / PANEL + PACK_TASK - 1) / PACK_TASK;
        parallel.forEach(tasks, t -> {
            int from = t * PACK_TASK * PANEL;
            int n = Math.min(rows, from + PACK_TASK * PANEL) - from;
            for (int i = from; i < from + n; i++) {
                norms[i] = dot(x, i * columns, x, i * columns, columns);
            }
            pack(x, from, n, columns, norms, PANEL, packed, norms, from);
        });
        return new PackedRows(this, rows, columns, PANEL, new double[][] {packed}, norms);
    }

    @Override
    public void pairwiseSquaredEuclidean(double[] a, int aStart, int aRows, double[] aNorms,
                                         PackedRows b, int bStart, int bRows, double[] out) {
        b.requirePackedBy(this);
        int chunk = chunkRows(b.columns, PANEL);
        double[] tile = new double[TILE_ROWS * PANEL];
        // chunks of whole panels, so that each stays in the level-2 cache while every row of a sweeps it
        for (int g = bStart; g < bStart + bRows; ) {
            int next = Math.min(bStart + bRows, (g / chunk + 1) * chunk);
            sweepPanels(a, aStart, aRows, aNorms, b.panels[0], b.norms, PANEL, g, next, b.columns, out, g - bStart,
                    bRows, tile);
            g = next;
        }
    }

    /** Rows of {@code b} packed per chunk: whole panels, about {@link #PACKED_DOUBLES} values. */
    private static int chunkRows(int columns, int panel) {
        return Math.max(panel, PACKED_DOUBLES / Math.max(1, columns) / panel * panel);
    }

    /**
     * Sweeps the packed rows {@code lo..hi-1} (of panels {@code panel} rows wide, starting at packed row
     * 0) with every row of {@code a}: the distance of row {@code aStart + i} and packed row {@code g}
     * goes to {@code out[i * outStride + outColumn + g - lo]}.
     */
    private static void sweepPanels(double[] a, int aStart, int aRows, double[] aNorms, double[] packed,
                                    double[] packedNorms, int panel, int lo, int hi, int columns,
                                    double[] out, int outColumn, int outStride, double[] tile) {
        boolean narrow = panel == NARROW_PANEL;
        int tileRows = narrow ? 8 : TILE_ROWS;
        for (int i0 = 0; i0 < aRows; i0 += ROW_CHUNK) {
            int iEnd = Math.min(aRows, i0 + ROW_CHUNK);
            for (int jp = lo / panel * panel; jp < hi; jp += panel) {
                // a panel only partly in range is computed into a scratch tile, then its rows in range copied
                int from = Math.max(lo, jp);
                int to = Math.min(hi, jp + panel);
                boolean full = from == jp && to == jp + panel;
                int column = outColumn + from - lo;
                int i = i0;
                for (; i + tileRows <= iEnd; i += tileRows) {
                    double[] dst = full ? out : tile;
                    int o = full ? i * outStride + column : 0;
                    int stride = full ? outStride : panel;
                    if (narrow) {
                        tile8x2(a, aStart + i, aNorms, packed, packedNorms, jp, columns, dst, o, stride);
                    } else {
                        tile4x3(a, aStart + i, aNorms, packed, packedNorms, jp, columns, dst, o, stride);
                    }
                    if (!full) {
                        for (int r = 0; r < tileRows; r++) {
                            System.arraycopy(tile, r * panel + from - jp, out, (i + r) * outStride + column, to - from);
                        }
                    }
                }
                for (; i < iEnd; i++) {
                    double[] dst = full ? out : tile;
                    int o = full ? i * outStride + column : 0;
                    if (narrow) {
                        tile1x2(a, aStart + i, aNorms, packed, packedNorms, jp, columns, dst, o);
                    } else {
                        tile1x3(a, aStart + i, aNorms, packed, packedNorms, jp, columns, dst, o);
                    }
                    if (!full) {
                        System.arraycopy(tile, from - jp, out, i * outStride + column, to - from);
                    }
                }
            }
        }
    }

    @Override
    public void nearest(PackedRows a, int aStart, int aRows, double[] b, int bStart, int bRows, double[] bNorms,
                        int[] outIndex, double[] outNearest, double[] outSecond) {
        a.requirePackedBy(this);
        double[] state = new double[3 * PANEL];
        for (int jp = aStart / PANEL * PANEL; jp < aStart + aRows; jp += PANEL) {
            nearestPanel(a.panels[0], a.norms, jp, a.columns, b, bStart, bRows, bNorms, state);
            int from = Math.max(aStart, jp);
            int to = Math.min(aStart + aRows, jp + PANEL);
            for (int g = from; g < to; g++) {
                outNearest[g - aStart] = state[g - jp];
                outSecond[g - aStart] = state[PANEL + g - jp];
                outIndex[g - aStart] = (int) state[2 * PANEL + g - jp];
            }
        }
    }

    @Override
    public void nearest(double[] a, int aStart, int aRows, double[] aNorms, double[] b, int bStart, int bRows,
                        double[] bNorms, int columns, int[] outIndex, double[] outNearest, double[] outSecond) {
        double[] panel = new double[PANEL * columns];
        double[] panelNorms = new double[PANEL];
        double[] state = new double[3 * PANEL];
        for (int i0 = 0; i0 < aRows; i0 += PANEL) {
            int n = Math.min(PANEL, aRows - i0);
            pack(a, aStart + i0, n, columns, aNorms, PANEL, panel, panelNorms, 0);
            nearestPanel(panel, panelNorms, 0, columns, b, bStart, bRows, bNorms, state);
            for (int r = 0; r < n; r++) {
                outNearest[i0 + r] = state[r];
                outSecond[i0 + r] = state[PANEL + r];
                outIndex[i0 + r] = (int) state[2 * PANEL + r];
            }
        }
    }

    /**
     * The nearest row of {@code b} for the packed panel at packed row {@code jp}: the panel's rows sit in
     * the lanes of three vectors, so each row of {@code b} is offered to all of them at once, and the
     * smallest distance, its index (the first on ties: rows of {@code b} are offered in order, and only a
     * strictly smaller one replaces it) and the second smallest are kept lane by lane. Rows of {@code b}
     * go four at a time (12 accumulators, as many independent chains as the 4 x 3 tile). Writes the
     * smallest distances to {@code state[0..PANEL)}, the second smallest after them, then the indices.
     * Written out, without helpers taking vectors, for the reason given in {@link #tile4x3}.
     */
    private static void nearestPanel(double[] packed, double[] norms, int jp, int columns, double[] b, int bStart,
                                     int bRows, double[] bNorms, double[] state) {
        DoubleVector inf = DoubleVector.broadcast(SPECIES, Double.POSITIVE_INFINITY);
        DoubleVector f0 = inf;
        DoubleVector f1 = inf;
        DoubleVector f2 = inf;
        DoubleVector s0 = inf;
        DoubleVector s1 = inf;
        DoubleVector s2 = inf;
        DoubleVector i0 = DoubleVector.zero(SPECIES);
        DoubleVector i1 = i0;
        DoubleVector i2 = i0;
        DoubleVector n0 = load(norms, jp);
        DoubleVector n1 = load(norms, jp + L);
        DoubleVector n2 = load(norms, jp + 2 * L);
        int base = jp * columns;
        int c = 0;
        for (; c + 4 <= bRows; c += 4) {
            DoubleVector a00 = DoubleVector.zero(SPECIES);
            DoubleVector a01 = a00;
            DoubleVector a02 = a00;
            DoubleVector a10 = a00;
            DoubleVector a11 = a00;
            DoubleVector a12 = a00;
            DoubleVector a20 = a00;
            DoubleVector a21 = a00;
            DoubleVector a22 = a00;
            DoubleVector a30 = a00;
            DoubleVector a31 = a00;
            DoubleVector a32 = a00;
            int q0 = (bStart + c) * columns;
            for (int k = 0, p = base; k < columns; k++, p += PANEL) {
                DoubleVector x0 = load(packed, p);
                DoubleVector x1 = load(packed, p + L);
                DoubleVector x2 = load(packed, p + 2 * L);
                DoubleVector w = DoubleVector.broadcast(SPECIES, b[q0 + k]);
                a00 = x0.fma(w, a00);
                a01 = x1.fma(w, a01);
                a02 = x2.fma(w, a02);
                w = DoubleVector.broadcast(SPECIES, b[q0 + columns + k]);
                a10 = x0.fma(w, a10);
                a11 = x1.fma(w, a11);
                a12 = x2.fma(w, a12);
                w = DoubleVector.broadcast(SPECIES, b[q0 + 2 * columns + k]);
                a20 = x0.fma(w, a20);
                a21 = x1.fma(w, a21);
                a22 = x2.fma(w, a22);
                w = DoubleVector.broadcast(SPECIES, b[q0 + 3 * columns + k]);
                a30 = x0.fma(w, a30);
                a31 = x1.fma(w, a31);
                a32 = x2.fma(w, a32);
            }
            // offer rows c..c+3: d = max(0, (|a|^2 + |b|^2) - 2 a.b), rounded as in the tiles
            double nb0 = bNorms[bStart + c];
            DoubleVector id0 = DoubleVector.broadcast(SPECIES, (double) c);
            DoubleVector d00 = a00.mul(-2).add(n0.add(nb0)).max(0);
            i0 = i0.blend(id0, d00.lt(f0));
            s0 = s0.min(f0.max(d00));
            f0 = f0.min(d00);
            DoubleVector d01 = a01.mul(-2).add(n1.add(nb0)).max(0);
            i1 = i1.blend(id0, d01.lt(f1));
            s1 = s1.min(f1.max(d01));
            f1 = f1.min(d01);
            DoubleVector d02 = a02.mul(-2).add(n2.add(nb0)).max(0);
            i2 = i2.blend(id0, d02.lt(f2));
            s2 = s2.min(f2.max(d02));
            f2 = f2.min(d02);
            double nb1 = bNorms[bStart + c + 1];
            DoubleVector id1 = DoubleVector.broadcast(SPECIES, (double) (c + 1));
            DoubleVector d10 = a10.mul(-2).add(n0.add(nb1)).max(0);
            i0 = i0.blend(id1, d10.lt(f0));
            s0 = s0.min(f0.max(d10));
            f0 = f0.min(d10);
            DoubleVector d11 = a11.mul(-2).add(n1.add(nb1)).max(0);
            i1 = i1.blend(id1, d11.lt(f1));
            s1 = s1.min(f1.max(d11));
            f1 = f1.min(d11);
            DoubleVector d12 = a12.mul(-2).add(n2.add(nb1)).max(0);
            i2 = i2.blend(id1, d12.lt(f2));
            s2 = s2.min(f2.max(d12));
            f2 = f2.min(d12);
            double nb2 = bNorms[bStart + c + 2];
            DoubleVector id2 = DoubleVector.broadcast(SPECIES, (double) (c + 2));
            DoubleVector d20 = a20.mul(-2).add(n0.add(nb2)).max(0);
            i0 = i0.blend(id2, d20.lt(f0));
            s0 = s0.min(f0.max(d20));
            f0 = f0.min(d20);
            DoubleVector d21 = a21.mul(-2).add(n1.add(nb2)).max(0);
            i1 = i1.blend(id2, d21.lt(f1));
            s1 = s1.min(f1.max(d21));
            f1 = f1.min(d21);
            DoubleVector d22 = a22.mul(-2).add(n2.add(nb2)).max(0);
            i2 = i2.blend(id2, d22.lt(f2));
            s2 = s2.min(f2.max(d22));
            f2 = f2.min(d22);
            double nb3 = bNorms[bStart + c + 3];
            DoubleVector id3 = DoubleVector.broadcast(SPECIES, (double) (c + 3));
            DoubleVector d30 = a30.mul(-2).add(n0.add(nb3)).max(0);
            i0 = i0.blend(id3, d30.lt(f0));
            s0 = s0.min(f0.max(d30));
            f0 = f0.min(d30);
            DoubleVector d31 = a31.mul(-2).add(n1.add(nb3)).max(0);
            i1 = i1.blend(id3, d31.lt(f1));
            s1 = s1.min(f1.max(d31));
            f1 = f1.min(d31);
            DoubleVector d32 = a32.mul(-2).add(n2.add(nb3)).max(0);
            i2 = i2.blend(id3, d32.lt(f2));
            s2 = s2.min(f2.max(d32));
            f2 = f2.min(d32);
        }
        for (; c < bRows; c++) {
            DoubleVector a0 = DoubleVector.zero(SPECIES);
            DoubleVector a1 = a0;
            DoubleVector a2 = a0;
            int q = (bStart + c) * columns;
            for (int k = 0, p = base; k < columns; k++, p += PANEL) {
                DoubleVector w = DoubleVector.broadcast(SPECIES, b[q + k]);
                a0 = load(packed, p).fma(w, a0);
                a1 = load(packed, p + L).fma(w, a1);
                a2 = load(packed, p + 2 * L).fma(w, a2);
            }
            double nb = bNorms[bStart + c];
            DoubleVector id = DoubleVector.broadcast(SPECIES, (double) c);
            DoubleVector d0 = a0.mul(-2).add(n0.add(nb)).max(0);
            i0 = i0.blend(id, d0.lt(f0));
            s0 = s0.min(f0.max(d0));
            f0 = f0.min(d0);
            DoubleVector d1 = a1.mul(-2).add(n1.add(nb)).max(0);
            i1 = i1.blend(id, d1.lt(f1));
            s1 = s1.min(f1.max(d1));
            f1 = f1.min(d1);
            DoubleVector d2 = a2.mul(-2).add(n2.add(nb)).max(0);
            i2 = i2.blend(id, d2.lt(f2));
            s2 = s2.min(f2.max(d2));
            f2 = f2.min(d2);
        }
        f0.intoArray(state, 0);
        f1.intoArray(state, L);
        f2.intoArray(state, 2 * L);
        s0.intoArray(state, PANEL);
        s1.intoArray(state, PANEL + L);
        s2.intoArray(state, PANEL + 2 * L);
        i0.intoArray(state, 2 * PANEL);
        i1.intoArray(state, 2 * PANEL + L);
        i2.intoArray(state, 2 * PANEL + 2 * L);
    }

    /** The number of rows rounded up to whole panels. */
    private static int roundUp(int rows, int panel) {
        return (rows + panel - 1) / panel * panel;
    }

    /**
     * Packs {@code n} rows of {@code b} from row {@code row0} into panels of {@code panel} rows, column by
     * column, from packed row {@code at} (a multiple of {@code panel}):
     * {@code packed[(at + q * panel) * columns + k * panel + r] = b_(row0 + q * panel + r)[k]}, and
     * {@code packedNorms[at + j] = bNorms[row0 + j]}. Missing rows of the last panel are zeros.
     */
    private static void pack(double[] b, int row0, int n, int columns, double[] bNorms, int panel,
                             double[] packed, double[] packedNorms, int at) {
        int padded = roundUp(n, panel);
        for (int j0 = 0; j0 < padded; j0 += panel) {
            int base = (at + j0) * columns;
            for (int r = 0; r < panel; r++) {
                int j = j0 + r;
                if (j < n) {
                    int bj = (row0 + j) * columns;
                    for (int k = 0; k < columns; k++) {
                        packed[base + k * panel + r] = b[bj + k];
                    }
                    packedNorms[at + j] = bNorms[row0 + j];
                } else {
                    for (int k = 0; k < columns; k++) {
                        packed[base + k * panel + r] = 0;
                    }
                    packedNorms[at + j] = 0;
                }
            }
        }
    }

    /** Distances of 4 rows of {@code a} (from {@code row}) to the panel starting at packed row {@code jp}. */
    private static void tile4x3(double[] a, int row, double[] aNorms, double[] packed, double[] packedNorms,
                              int jp, int columns, double[] out, int o, int stride) {
        DoubleVector c00 = DoubleVector.zero(SPECIES);
        DoubleVector c01 = c00;
        DoubleVector c02 = c00;
        DoubleVector c10 = c00;
        DoubleVector c11 = c00;
        DoubleVector c12 = c00;
        DoubleVector c20 = c00;
        DoubleVector c21 = c00;
        DoubleVector c22 = c00;
        DoubleVector c30 = c00;
        DoubleVector c31 = c00;
        DoubleVector c32 = c00;
        int r0 = row * columns;
        int r1 = r0 + columns;
        int r2 = r1 + columns;
        int r3 = r2 + columns;
        int p = jp * columns;
        for (int k = 0; k < columns; k++, p += PANEL) {
            DoubleVector b0 = load(packed, p);
            DoubleVector b1 = load(packed, p + L);
            DoubleVector b2 = load(packed, p + 2 * L);
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[r0 + k]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            x = DoubleVector.broadcast(SPECIES, a[r1 + k]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            x = DoubleVector.broadcast(SPECIES, a[r2 + k]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            x = DoubleVector.broadcast(SPECIES, a[r3 + k]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
        }
        // finish in registers: |a|^2 + |b|^2 first, then one rounding for "- 2 dot" (2 dot is
        // exact), as the scalar path does. Written out rather than in a helper taking vectors: a
        // helper the JIT does not inline would box every vector it receives.
        DoubleVector n0 = load(packedNorms, jp);
        DoubleVector n1 = load(packedNorms, jp + L);
        DoubleVector n2 = load(packedNorms, jp + 2 * L);
        DoubleVector s0 = n0.add(aNorms[row]);
        DoubleVector s1 = n1.add(aNorms[row]);
        DoubleVector s2 = n2.add(aNorms[row]);
        c00.mul(-2).add(s0).max(0).intoArray(out, o);
        c01.mul(-2).add(s1).max(0).intoArray(out, o + L);
        c02.mul(-2).add(s2).max(0).intoArray(out, o + 2 * L);
        o += stride;
        s0 = n0.add(aNorms[row + 1]);
        s1 = n1.add(aNorms[row + 1]);
        s2 = n2.add(aNorms[row + 1]);
        c10.mul(-2).add(s0).max(0).intoArray(out, o);
        c11.mul(-2).add(s1).max(0).intoArray(out, o + L);
        c12.mul(-2).add(s2).max(0).intoArray(out, o + 2 * L);
        o += stride;
        s0 = n0.add(aNorms[row + 2]);
        s1 = n1.add(aNorms[row + 2]);
        s2 = n2.add(aNorms[row + 2]);
        c20.mul(-2).add(s0).max(0).intoArray(out, o);
        c21.mul(-2).add(s1).max(0).intoArray(out, o + L);
        c22.mul(-2).add(s2).max(0).intoArray(out, o + 2 * L);
        o += stride;
        s0 = n0.add(aNorms[row + 3]);
        s1 = n1.add(aNorms[row + 3]);
        s2 = n2.add(aNorms[row + 3]);
        c30.mul(-2).add(s0).max(0).intoArray(out, o);
        c31.mul(-2).add(s1).max(0).intoArray(out, o + L);
        c32.mul(-2).add(s2).max(0).intoArray(out, o + 2 * L);
    }

    /** Distances of one row of {@code a} to the panel starting at packed row {@code jp}. */
    private static void tile1x3(double[] a, int row, double[] aNorms, double[] packed, double[] packedNorms,
                              int jp, int columns, double[] out, int o) {
        DoubleVector c0 = DoubleVector.zero(SPECIES);
        DoubleVector c1 = c0;
        DoubleVector c2 = c0;
        int r0 = row * columns;
        int p = jp * columns;
        for (int k = 0; k < columns; k++, p += PANEL) {
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[r0 + k]);
            c0 = x.fma(load(packed, p), c0);
            c1 = x.fma(load(packed, p + L), c1);
            c2 = x.fma(load(packed, p + 2 * L), c2);
        }
        double na = aNorms[row];
        c0.mul(-2).add(load(packedNorms, jp).add(na)).max(0).intoArray(out, o);
        c1.mul(-2).add(load(packedNorms, jp + L).add(na)).max(0).intoArray(out, o + L);
        c2.mul(-2).add(load(packedNorms, jp + 2 * L).add(na)).max(0).intoArray(out, o + 2 * L);
    }

    /** Distances of 8 rows of {@code a} (from {@code row}) to the two-vector panel at packed row {@code jp}. */
    private static void tile8x2(double[] a, int row, double[] aNorms, double[] packed, double[] packedNorms,
                                int jp, int columns, double[] out, int o, int stride) {
        DoubleVector c00 = DoubleVector.zero(SPECIES);
        DoubleVector c01 = c00;
        DoubleVector c10 = c00;
        DoubleVector c11 = c00;
        DoubleVector c20 = c00;
        DoubleVector c21 = c00;
        DoubleVector c30 = c00;
        DoubleVector c31 = c00;
        DoubleVector c40 = c00;
        DoubleVector c41 = c00;
        DoubleVector c50 = c00;
        DoubleVector c51 = c00;
        DoubleVector c60 = c00;
        DoubleVector c61 = c00;
        DoubleVector c70 = c00;
        DoubleVector c71 = c00;
        int r0 = row * columns;
        int p = jp * columns;
        for (int k = 0; k < columns; k++, p += NARROW_PANEL) {
            DoubleVector b0 = load(packed, p);
            DoubleVector b1 = load(packed, p + L);
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[r0 + k]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = DoubleVector.broadcast(SPECIES, a[r0 + columns + k]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = DoubleVector.broadcast(SPECIES, a[r0 + 2 * columns + k]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = DoubleVector.broadcast(SPECIES, a[r0 + 3 * columns + k]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = DoubleVector.broadcast(SPECIES, a[r0 + 4 * columns + k]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = DoubleVector.broadcast(SPECIES, a[r0 + 5 * columns + k]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = DoubleVector.broadcast(SPECIES, a[r0 + 6 * columns + k]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = DoubleVector.broadcast(SPECIES, a[r0 + 7 * columns + k]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
        }
        // finished in registers, written out for the reason given in tile4x3
        DoubleVector n0 = load(packedNorms, jp);
        DoubleVector n1 = load(packedNorms, jp + L);
        c00.mul(-2).add(n0.add(aNorms[row])).max(0).intoArray(out, o);
        c01.mul(-2).add(n1.add(aNorms[row])).max(0).intoArray(out, o + L);
        o += stride;
        c10.mul(-2).add(n0.add(aNorms[row + 1])).max(0).intoArray(out, o);
        c11.mul(-2).add(n1.add(aNorms[row + 1])).max(0).intoArray(out, o + L);
        o += stride;
        c20.mul(-2).add(n0.add(aNorms[row + 2])).max(0).intoArray(out, o);
        c21.mul(-2).add(n1.add(aNorms[row + 2])).max(0).intoArray(out, o + L);
        o += stride;
        c30.mul(-2).add(n0.add(aNorms[row + 3])).max(0).intoArray(out, o);
        c31.mul(-2).add(n1.add(aNorms[row + 3])).max(0).intoArray(out, o + L);
        o += stride;
        c40.mul(-2).add(n0.add(aNorms[row + 4])).max(0).intoArray(out, o);
        c41.mul(-2).add(n1.add(aNorms[row + 4])).max(0).intoArray(out, o + L);
        o += stride;
        c50.mul(-2).add(n0.add(aNorms[row + 5])).max(0).intoArray(out, o);
        c51.mul(-2).add(n1.add(aNorms[row + 5])).max(0).intoArray(out, o + L);
        o += stride;
        c60.mul(-2).add(n0.add(aNorms[row + 6])).max(0).intoArray(out, o);
        c61.mul(-2).add(n1.add(aNorms[row + 6])).max(0).intoArray(out, o + L);
        o += stride;
        c70.mul(-2).add(n0.add(aNorms[row + 7])).max(0).intoArray(out, o);
        c71.mul(-2).add(n1.add(aNorms[row + 7])).max(0).intoArray(out, o + L);
    }

    /** Distances of one row of {@code a} to the two-vector panel at packed row {@code jp}. */
    private static void tile1x2(double[] a, int row, double[] aNorms, double[] packed, double[] packedNorms,
                                int jp, int columns, double[] out, int o) {
        DoubleVector c0 = DoubleVector.zero(SPECIES);
        DoubleVector c1 = c0;
        int r0 = row * columns;
        int p = jp * columns;
        for (int k = 0; k < columns; k++, p += NARROW_PANEL) {
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[r0 + k]);
            c0 = x.fma(load(packed, p), c0);
            c1 = x.fma(load(packed, p + L), c1);
        }
        double na = aNorms[row];
        c0.mul(-2).add(load(packedNorms, jp).add(na)).max(0).intoArray(out, o);
        c1.mul(-2).add(load(packedNorms, jp + L).add(na)).max(0).intoArray(out, o + L);
    }

    /**
     * Whether {@code reduceLanes(ADD)} is known to add the lanes in the order {@link #sumLanes} fixes,
     * {@code (((0 + l0) + l1) + ...) + l(L-1)}, in every state of the JVM: true on HotSpot JDK 17 on
     * x86-64, whose interpreter and C1 run the Java fallback (that loop, from the identity 0) and whose
     * C2 emits the same chain of scalar additions, one lane at a time (read in its generated code).
     * Later JDKs let C2 reorder the additions (JDK 25 adds halves first), a JVMCI compiler (GraalVM)
     * compiles the Vector API its own way, and other processors were not checked, so everywhere else the
     * lanes are read and added by this code. Checked in every build by {@code
     * KernelBitsAcrossJvmStatesTest} (this JDK interpreted, under C1 and under C2, and the other
     * installed JDK, give the same bits) and {@code VectorKernelsTest} (both forms give the same bits).
     */
    static final boolean REDUCE_IS_SEQUENTIAL = Runtime.version().feature() == 17
            && !System.getProperty("java.vm.version", "").contains("jvmci")
            && (System.getProperty("os.arch", "").equals("amd64") || System.getProperty("os.arch", "").equals("x86_64"));

    /**
     * The sum of a vector's lanes in an order this code fixes: from zero, lane 0, then lane 1, and so on,
     * {@code (((0 + l0) + l1) + ...) + l(L-1)}. {@code reduceLanes(ADD)} leaves the order unspecified,
     * and the interpreter, C1 and C2 of JDK 25 do use different orders, so a sum fed to a decision could
     * change as the JVM warms up. Where {@code reduceLanes} is known to take this very order
     * ({@link #REDUCE_IS_SEQUENTIAL}: JDK 17), it is used, since C2 compiles it to seven shuffles and
     * eight additions; elsewhere {@link #sequentialSum} reads the lanes one by one (ten shuffles and
     * eight moves on AVX-512). The same bits either way. The order is sequential rather than pairwise
     * so that JDK 17 can take the faster form: its error bound, {@code (L - 1) u} instead of
     * {@code log2(L) u}, is still far inside the documented bound ({@link KernelSelection}). Small
     * enough to be inlined, so the vector it takes is not boxed.
     */
    private static double sumLanes(DoubleVector v) {
        return REDUCE_IS_SEQUENTIAL ? v.reduceLanes(VectorOperators.ADD) : sequentialSum(v);
    }

    /**
     * {@code (((0 + l0) + l1) + ...) + l(L-1)} with each lane read by a constant index (one or two
     * shuffles in C2). The leading {@code 0 +} turns a lane of {@code -0.0} into {@code +0.0}, as
     * {@code reduceLanes} does, so the two forms agree on every input, signed zeros included.
     */
    static double sequentialSum(DoubleVector v) {
        switch (L) {
            case 8:
                return (((((((0.0 + v.lane(0)) + v.lane(1)) + v.lane(2)) + v.lane(3)) + v.lane(4)) + v.lane(5))
                        + v.lane(6)) + v.lane(7);
            case 4:
                return (((0.0 + v.lane(0)) + v.lane(1)) + v.lane(2)) + v.lane(3);
            case 2:
                return (0.0 + v.lane(0)) + v.lane(1);
            default:
                double s = 0.0;
                for (double lane : v.toArray()) {
                    s += lane;
                }
                return s;
        }
    }

    /**
     * The lane sum of {@code x[from, from + L)} both ways, {@code reduceLanes(ADD)} and
     * {@link #sequentialSum}, for the test that checks they agree on this JDK.
     */
    static double[] laneSumsBothWays(double[] x, int from) {
        DoubleVector v = load(x, from);
        return new double[] {v.reduceLanes(VectorOperators.ADD), sequentialSum(v)};
    }

    private static DoubleVector load(double[] array, int offset) {
        return DoubleVector.fromArray(SPECIES, array, offset);
    }

    @Override
    public void gramPanel(double[] panel, int rows, int width, double[] out) {
        if (rows % L != 0) {
            SCALAR_FALLBACK.gramPanel(panel, rows, width, out);
            return;
        }
        // 4 x 4 blocks of the product, lanes over rows: 8 vector loads feed 16 vector FMAs
        for (int a = 0; a < width; a += 4) {
            int pa = a * rows;
            for (int b = a; b < width; b += 4) {
                int pb = b * rows;
                DoubleVector s00 = DoubleVector.zero(SPECIES), s01 = s00, s02 = s00, s03 = s00;
                DoubleVector s10 = s00, s11 = s00, s12 = s00, s13 = s00;
                DoubleVector s20 = s00, s21 = s00, s22 = s00, s23 = s00;
                DoubleVector s30 = s00, s31 = s00, s32 = s00, s33 = s00;
                for (int r = 0; r < rows; r += L) {
                    DoubleVector a0 = load(panel, pa + r);
                    DoubleVector a1 = load(panel, pa + rows + r);
                    DoubleVector a2 = load(panel, pa + 2 * rows + r);
                    DoubleVector a3 = load(panel, pa + 3 * rows + r);
                    DoubleVector b0 = load(panel, pb + r);
                    DoubleVector b1 = load(panel, pb + rows + r);
                    DoubleVector b2 = load(panel, pb + 2 * rows + r);
                    DoubleVector b3 = load(panel, pb + 3 * rows + r);
                    s00 = a0.fma(b0, s00);
                    s01 = a0.fma(b1, s01);
                    s02 = a0.fma(b2, s02);
                    s03 = a0.fma(b3, s03);
                    s10 = a1.fma(b0, s10);
                    s11 = a1.fma(b1, s11);
                    s12 = a1.fma(b2, s12);
                    s13 = a1.fma(b3, s13);
                    s20 = a2.fma(b0, s20);
                    s21 = a2.fma(b1, s21);
                    s22 = a2.fma(b2, s22);
                    s23 = a2.fma(b3, s23);
                    s30 = a3.fma(b0, s30);
                    s31 = a3.fma(b1, s31);
                    s32 = a3.fma(b2, s32);
                    s33 = a3.fma(b3, s33);
                }
                int o = a * width + b;
                out[o] += sumLanes(s00);
                out[o + 1] += sumLanes(s01);
                out[o + 2] += sumLanes(s02);
                out[o + 3] += sumLanes(s03);
                out[o + width] += sumLanes(s10);
                out[o + width + 1] += sumLanes(s11);
                out[o + width + 2] += sumLanes(s12);
                out[o + width + 3] += sumLanes(s13);
                out[o + 2 * width] += sumLanes(s20);
                out[o + 2 * width + 1] += sumLanes(s21);
                out[o + 2 * width + 2] += sumLanes(s22);
                out[o + 2 * width + 3] += sumLanes(s23);
                out[o + 3 * width] += sumLanes(s30);
                out[o + 3 * width + 1] += sumLanes(s31);
                out[o + 3 * width + 2] += sumLanes(s32);
                out[o + 3 * width + 3] += sumLanes(s33);
            }
        }
    }

    /**
     * The single-precision screen of {@link SinglePrecisionRows#squaredDistances}: tiles of four query
     * rows by {@link #SCREEN_TILE} rows of a panel (eight float-vector accumulators; each column of the
     * panel is two adjacent vectors, since panels are stored column by column), the same left-to-right
     * chain of fused multiply-adds as the plain-Java kernel (so the same bits), finished in registers
     * as {@code (|a|^2 + |b|^2) - 2 dot}, and compared with each query's cut-off lane by lane. Four query
     * rows sweep a whole panel (32 KiB at 32 columns, in level 1) before the next four.
     */
    @Override
    public void screenedSquaredEuclidean(SinglePrecisionRows b, SinglePrecisionRows.Block a, int bStart, int bRows,
                                         float[] cut, float[] out, boolean[] within) {
        int panel = SinglePrecisionRows.PANEL;
        if (panel % SCREEN_TILE != 0) {
            SCALAR_FALLBACK.screenedSquaredEuclidean(b, a, bStart, bRows, cut, out, within);
            return;
        }
        float[] scratch = new float[SCREEN_TILE];
        for (int q = bStart / panel; q * panel < bStart + bRows; q++) {
            int g0 = q * panel;
            int lo = Math.max(bStart, g0) - g0;
            int hi = Math.min(bStart + bRows, g0 + panel) - g0;
            int i = 0;
            for (; i + 4 <= a.count; i += 4) {
                for (int jt = lo / SCREEN_TILE * SCREEN_TILE; jt < hi; jt += SCREEN_TILE) {
                    screenTile4(a, i, b, q, jt, lo, hi, cut, out, g0 - bStart, bRows, within, scratch);
                }
            }
            for (; i < a.count; i++) {
                for (int jt = lo / SCREEN_TILE * SCREEN_TILE; jt < hi; jt += SCREEN_TILE) {
                    screenTile1(a, i, b, q, jt, lo, hi, cut, out, g0 - bStart, bRows, within, scratch);
                }
            }
        }
    }

    /**
     * Query rows {@code i..i+3} against panel rows {@code jt..jt+SCREEN_TILE-1} of panel {@code q}: values
     * of rows {@code [lo, hi)} to {@code out[(i + r) * stride + column + j]}, flags to {@code within}.
     */
    private static void screenTile4(SinglePrecisionRows.Block a, int i, SinglePrecisionRows b, int q, int jt, int lo,
                                    int hi, float[] cut, float[] out, int column, int stride, boolean[] within,
                                    float[] scratch) {
        int columns = b.columns;
        float[] panels = b.panels;
        float[] x = a.values;
        FloatVector c00 = FloatVector.zero(FLOATS);
        FloatVector c01 = c00;
        FloatVector c10 = c00;
        FloatVector c11 = c00;
        FloatVector c20 = c00;
        FloatVector c21 = c00;
        FloatVector c30 = c00;
        FloatVector c31 = c00;
        int r0 = i * columns;
        int r1 = r0 + columns;
        int r2 = r1 + columns;
        int r3 = r2 + columns;
        int p = q * columns * SinglePrecisionRows.PANEL + jt;
        for (int k = 0; k < columns; k++, p += SinglePrecisionRows.PANEL) {
            FloatVector b0 = FloatVector.fromArray(FLOATS, panels, p);
            FloatVector b1 = FloatVector.fromArray(FLOATS, panels, p + FL);
            FloatVector v = FloatVector.broadcast(FLOATS, x[r0 + k]);
            c00 = v.fma(b0, c00);
            c01 = v.fma(b1, c01);
            v = FloatVector.broadcast(FLOATS, x[r1 + k]);
            c10 = v.fma(b0, c10);
            c11 = v.fma(b1, c11);
            v = FloatVector.broadcast(FLOATS, x[r2 + k]);
            c20 = v.fma(b0, c20);
            c21 = v.fma(b1, c21);
            v = FloatVector.broadcast(FLOATS, x[r3 + k]);
            c30 = v.fma(b0, c30);
            c31 = v.fma(b1, c31);
        }
        // (|a|^2 + |b|^2) - 2 dot, as the plain-Java kernel rounds it; written out, not in a helper
        // taking vectors, which would box them if not inlined
        int g = q * SinglePrecisionRows.PANEL + jt;
        FloatVector n0 = FloatVector.fromArray(FLOATS, b.norms, g);
        FloatVector n1 = FloatVector.fromArray(FLOATS, b.norms, g + FL);
        float[] an = a.floatNorms;
        boolean full = jt >= lo && jt + SCREEN_TILE <= hi;
        int o = i * stride + column + jt;
        FloatVector d0 = c00.mul(-2).add(n0.add(an[i]));
        FloatVector d1 = c01.mul(-2).add(n1.add(an[i]));
        if (full) {
            d0.intoArray(out, o);
            d1.intoArray(out, o + FL);
            within[i] |= d0.compare(VectorOperators.LE, cut[i]).or(d1.compare(VectorOperators.LE, cut[i])).anyTrue();
        } else {
            storePart(d0, d1, scratch, jt, lo, hi, cut[i], out, o - jt, within, i);
        }
        o += stride;
        d0 = c10.mul(-2).add(n0.add(an[i + 1]));
        d1 = c11.mul(-2).add(n1.add(an[i + 1]));
        if (full) {
            d0.intoArray(out, o);
            d1.intoArray(out, o + FL);
            within[i + 1] |= d0.compare(VectorOperators.LE, cut[i + 1])
                    .or(d1.compare(VectorOperators.LE, cut[i + 1])).anyTrue();
        } else {
            storePart(d0, d1, scratch, jt, lo, hi, cut[i + 1], out, o - jt, within, i + 1);
        }
        o += stride;
        d0 = c20.mul(-2).add(n0.add(an[i + 2]));
        d1 = c21.mul(-2).add(n1.add(an[i + 2]));
        if (full) {
            d0.intoArray(out, o);
            d1.intoArray(out, o + FL);
            within[i + 2] |= d0.compare(VectorOperators.LE, cut[i + 2])
                    .or(d1.compare(VectorOperators.LE, cut[i + 2])).anyTrue();
        } else {
            storePart(d0, d1, scratch, jt, lo, hi, cut[i + 2], out, o - jt, within, i + 2);
        }
        o += stride;
        d0 = c30.mul(-2).add(n0.add(an[i + 3]));
        d1 = c31.mul(-2).add(n1.add(an[i + 3]));
        if (full) {
            d0.intoArray(out, o);
            d1.intoArray(out, o + FL);
            within[i + 3] |= d0.compare(VectorOperators.LE, cut[i + 3])
                    .or(d1.compare(VectorOperators.LE, cut[i + 3])).anyTrue();
        } else {
            storePart(d0, d1, scratch, jt, lo, hi, cut[i + 3], out, o - jt, within, i + 3);
        }
    }

    /** {@link #screenTile4} for one query row. */
    private static void screenTile1(SinglePrecisionRows.Block a, int i, SinglePrecisionRows b, int q, int jt, int lo,
                                    int hi, float[] cut, float[] out, int column, int stride, boolean[] within,
                                    float[] scratch) {
        int columns = b.columns;
        float[] panels = b.panels;
        FloatVector c0 = FloatVector.zero(FLOATS);
        FloatVector c1 = c0;
        int r0 = i * columns;
        int p = q * columns * SinglePrecisionRows.PANEL + jt;
        for (int k = 0; k < columns; k++, p += SinglePrecisionRows.PANEL) {
            FloatVector v = FloatVector.broadcast(FLOATS, a.values[r0 + k]);
            c0 = v.fma(FloatVector.fromArray(FLOATS, panels, p), c0);
            c1 = v.fma(FloatVector.fromArray(FLOATS, panels, p + FL), c1);
        }
        int g = q * SinglePrecisionRows.PANEL + jt;
        FloatVector d0 = c0.mul(-2).add(FloatVector.fromArray(FLOATS, b.norms, g).add(a.floatNorms[i]));
        FloatVector d1 = c1.mul(-2).add(FloatVector.fromArray(FLOATS, b.norms, g + FL).add(a.floatNorms[i]));
        storePart(d0, d1, scratch, jt, lo, hi, cut[i], out, i * stride + column, within, i);
    }

    /**
     * Stores the values of a tile's row that lie in {@code [lo, hi)}, {@code out[o + j]} for panel row
     * {@code j}, and notes in {@code within[i]} whether one is at most {@code cut}.
     */
    private static void storePart(FloatVector d0, FloatVector d1, float[] scratch, int jt, int lo, int hi, float cut,
                                  float[] out, int o, boolean[] within, int i) {
        d0.intoArray(scratch, 0);
        d1.intoArray(scratch, FL);
        boolean any = false;
        for (int j = Math.max(lo, jt); j < Math.min(hi, jt + SCREEN_TILE); j++) {
            float v = scratch[j - jt];
            out[o + j] = v;
            any |= v <= cut;
        }
        within[i] |= any;
    }

    private static final ScalarKernels SCALAR_FALLBACK = new ScalarKernels();
}
