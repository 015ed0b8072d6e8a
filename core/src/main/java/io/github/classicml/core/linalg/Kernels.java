package io.github.classicml.core.linalg;

import io.github.classicml.core.internal.linalg.KernelSelection;

/**
 * Says which implementation of the hot kernels (dot products, distances, the blocked many-to-many
 * distances behind brute-force neighbours and k-means) this JVM runs: the Vector API path or the
 * plain-Java path.
 *
 * <p>The Vector API ({@code jdk.incubator.vector}) is an incubator module in Java 17 to 25: it is not
 * resolved unless the JVM is started with {@code --add-modules jdk.incubator.vector}. With the flag the
 * kernels run on explicit SIMD code with fused multiply-adds; without it they run on plain Java loops,
 * which HotSpot partly vectorises by itself. The choice is made once per JVM: the system property
 * {@value #PROPERTY} ({@code auto}, the default; {@code scalar}; or {@code vector}, which fails if the
 * module is absent) can force a path. The two paths add the same terms in different orders, so results
 * may differ in the last bits (the bound is stated in the kernels' own documentation); the test suite
 * checks both.
 */
public final class Kernels {

    /** The two implementations. */
    public enum Path {
        /** Plain Java loops. */
        SCALAR,
        /** The Vector API ({@code jdk.incubator.vector}). */
        VECTOR
    }

    /** The name of the system property that can force a path. */
    public static final String PROPERTY = KernelSelection.PROPERTY;

    private Kernels() {
    }

    /** @return the path the kernels run on in this JVM */
    public static Path activePath() {
        return KernelSelection.vectorActive() ? Path.VECTOR : Path.SCALAR;
    }

    /**
     * @return a one-line description of the active path, e.g. {@code vector (AVX-512, 8 doubles per
     *     instruction)}, or, on the scalar path, why the vector path is not used
     */
    public static String description() {
        return KernelSelection.description();
    }
}
