package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.internal.Parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Runs every kernel whose result feeds a decision (the single-vector kernels, the many-to-many
 * distances packed and unpacked, the packed rows' norms, the nearest-row kernel, the row-block
 * products and the Gram panel) on fixed seeded inputs, and digests the bits of every result, one line
 * per kernel and path. {@link KernelBitsAcrossJvmStatesTest} compares the digests of JVMs in different
 * states (interpreted, C1, C2, another JDK): equal digests mean equal bits.
 *
 * <p>Run as a program, it prints the digests of both paths (the vector path when the JVM has the
 * module), first before any warm-up ({@code cold}) and, unless the argument is {@code cold}, again
 * after running the kernels long enough for the JIT to compile them.
 */
final class KernelBitsProbe {

    /** Repetitions of the whole probe before the warm digest: over 8000 calls of each single-vector kernel. */
    static final int WARM_UP = 40;

    private KernelBitsProbe() {
    }

    public static void main(String[] args) {
        print("cold");
        if (args.length == 0 || !args[0].equals("cold")) {
            warmUp();
            print("warm");
        }
    }

    private static void print(String state) {
        for (KernelSet kernels : implementations()) {
            for (String line : digest(kernels)) {
                System.out.println(state + " " + line);
            }
        }
    }

    static void warmUp() {
        for (int r = 0; r < WARM_UP; r++) {
            for (KernelSet kernels : implementations()) {
                digest(kernels);
            }
        }
    }

    static List<KernelSet> implementations() {
        List<KernelSet> out = new ArrayList<>();
        out.add(KernelSelection.scalar());
        Optional<KernelSet> vector = KernelSelection.vector();
        vector.ifPresent(out::add);
        return out;
    }

    /** The path's name ({@code scalar} or {@code vector}) followed by one digest per kernel. */
    static List<String> digest(KernelSet kernels) {
        String path = kernels.lanes() == 1 ? "scalar" : "vector" + kernels.lanes();
        SplittableRandom rng = new SplittableRandom(20261203L);
        List<String> out = new ArrayList<>();
        // single-vector kernels on every length from 1 to 70 and offsets 0 to 2; values of mixed sign
        // and scale, so that the order of the additions shows in the last bits
        long dot = 17;
        long euclid = 17;
        long manhattan = 17;
        for (int length = 1; length <= 70; length++) {
            double[] a = values(rng, length + 2);
            double[] b = values(rng, length + 2);
            for (int offset = 0; offset <= 2; offset++) {
                dot = mix(dot, kernels.dot(a, offset, b, 2 - offset, length));
                euclid = mix(euclid, kernels.squaredEuclidean(a, offset, b, 2 - offset, length));
                manhattan = mix(manhattan, kernels.manhattan(a, offset, b, 2 - offset, length));
            }
        }
        out.add(path + " dot " + Long.toHexString(dot));
        out.add(path + " squaredEuclidean " + Long.toHexString(euclid));
        out.add(path + " manhattan " + Long.toHexString(manhattan));
        // many-to-many distances, the packed rows and their norms, the nearest rows
        int columns = 19;
        int rows = 300;
        int centres = 13;
        double[] x = values(rng, rows * columns);
        double[] c = values(rng, centres * columns);
        double[] xNorms = norms(kernels, x, rows, columns);
        double[] cNorms = norms(kernels, c, centres, columns);
        PackedRows packed;
        try (Parallel one = Parallel.of(1)) {
            packed = kernels.pack(x, rows, columns, one);
        }
        double[] pair = new double[rows * centres];
        kernels.pairwiseSquaredEuclidean(x, 0, rows, xNorms, c, 0, centres, cNorms, columns, pair);
        double[] pairPacked = new double[centres * rows];
        kernels.pairwiseSquaredEuclidean(c, 0, centres, cNorms, packed, 0, rows, pairPacked);
        int[] index = new int[rows];
        double[] first = new double[rows];
        double[] second = new double[rows];
        kernels.nearest(packed, 0, rows, c, 0, centres, cNorms, index, first, second);
        int[] index2 = new int[rows];
        double[] first2 = new double[rows];
        double[] second2 = new double[rows];
        kernels.nearest(x, 0, rows, xNorms, c, 0, centres, cNorms, columns, index2, first2, second2);
        out.add(path + " norms " + hash(xNorms) + hash(packed.squaredNorms()));
        out.add(path + " pairwise " + hash(pair) + hash(pairPacked));
        out.add(path + " nearest " + hash(first) + hash(second) + hash(first2) + hash(second2)
                + Long.toHexString(java.util.Arrays.hashCode(index)) + Long.toHexString(java.util.Arrays.hashCode(index2)));
        // the row-block products of linear models and the Gram panel of least squares
        double[] w = values(rng, columns);
        double[] scores = new double[rows];
        kernels.multiplyRows(x, 0, rows, columns, w, 0, scores, 0);
        double[] gradient = new double[columns];
        kernels.addWeightedRows(x, 0, rows, columns, scores, 0, gradient, 0);
        out.add(path + " rowBlocks " + hash(scores) + hash(gradient));
        // the exponentials of the logistic loss, over arguments from -40 to 0 and beyond
        double[] z = new double[rows];
        for (int i = 0; i < rows; i++) {
            z[i] = -40 * rng.nextDouble() + (i % 7 == 0 ? 1 : 0);
        }
        double[] e = new double[rows];
        kernels.expOfNegativeAbs(z, rows, e);
        out.add(path + " expOfNegativeAbs " + hash(e));
        int width = 8;
        int height = 64;
        double[] panel = values(rng, width * height);
        double[] gram = new double[width * width];
        kernels.gramPanel(panel, height, width, gram);
        out.add(path + " gramPanel " + hash(gram));
        return out;
    }

    private static double[] values(SplittableRandom rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (rng.nextDouble() - 0.4) * Math.scalb(1.0, rng.nextInt(-8, 9));
        }
        return v;
    }

    private static double[] norms(KernelSet kernels, double[] x, int rows, int columns) {
        double[] n = new double[rows];
        for (int i = 0; i < rows; i++) {
            n[i] = kernels.dot(x, i * columns, x, i * columns, columns);
        }
        return n;
    }

    private static long mix(long h, double v) {
        return h * 1_000_003L ^ Double.doubleToRawLongBits(v);
    }

    private static String hash(double[] v) {
        long h = 17;
        for (double d : v) {
            h = mix(h, d);
        }
        return Long.toHexString(h) + ".";
    }
}
