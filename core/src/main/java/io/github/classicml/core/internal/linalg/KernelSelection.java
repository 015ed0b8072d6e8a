package io.github.classicml.core.internal.linalg;

import java.util.Locale;
import java.util.Optional;

/**
 * Which implementation of the hot kernels ({@link Vectors}, {@link PairwiseDistances}) this JVM
 * runs: the Vector API path or the plain-Java scalar path.
 *
 * <p>The Vector API ({@code jdk.incubator.vector}) is an incubator module in Java 17 to 25: it is
 * not resolved unless the JVM is started with {@code --add-modules jdk.incubator.vector}. With the
 * flag, the kernels run on explicit SIMD code with fused multiply-adds (on AVX-512, 8 doubles per
 * instruction); without it, they run on plain Java loops, which HotSpot partly vectorises by
 * itself. The choice is made once, when this class is initialised:
 *
 * <ul>
 *   <li>the system property {@code classicml.kernels} ({@code auto}, the default; {@code scalar};
 *       or {@code vector}, which fails if the module is absent) can force a path;</li>
 *   <li>with {@code auto}, the vector path is used when the module is in the boot layer and the
 *       processor has SIMD registers of at least two doubles; otherwise the scalar path.</li>
 * </ul>
 *
 * <p><b>Agreement between the paths.</b> The two paths add the same terms in different orders and
 * the vector path rounds once per fused multiply-add, so results may differ in the last bits, never
 * more than the standard bound for a sum of {@code n} terms computed two ways: for {@code dot},
 * {@code squaredEuclidean} and {@code manhattan} of length {@code n}, {@code |vector - scalar| <=
 * n * 2^-52 * sum_i |term_i|} (terms {@code a_i b_i}, {@code (a_i - b_i)^2}, {@code |a_i - b_i|});
 * for {@code axpy}, each element within one rounding ({@code 2^-52 * (|y_i| + |alpha x_i|)});
 * for {@link PairwiseDistances}, within twice
 * {@link PairwiseDistances#roundingBound(double, double, int)}. Within one path, results are
 * deterministic, the same bits interpreted, compiled by C1 or C2 and on every JDK from 17 to 25 (every
 * sum across vector lanes is taken in an order the code fixes, lane 0 first, lane {@code L - 1} last;
 * {@code reduceLanes} only on the JDK whose every JVM state is known to take that order), and a
 * pair's many-to-many distance does not depend on the block it was computed in. The vector path's order of summation depends on the vector width, so its last bits can differ
 * between an AVX2 and an AVX-512 machine.
 */
public final class KernelSelection {

    /** The name of the system property that can force a path. */
    public static final String PROPERTY = "classicml.kernels";

    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String VECTOR_CLASS = "io.github.classicml.core.internal.linalg.VectorApiKernels";

    private static final KernelSet SCALAR = new ScalarKernels();
    private static final VectorLoad VECTOR = loadVector();
    /** The implementation every kernel call goes to: a constant, so the JIT inlines through it. */
    public static final KernelSet ACTIVE = select(System.getProperty(PROPERTY, "auto"));

    private KernelSelection() {
    }

    /** @return whether the kernels run on the Vector API path in this JVM */
    public static boolean vectorActive() {
        return ACTIVE != SCALAR;
    }

    /**
     * @return a one-line description of the active path, e.g.
     *     {@code vector (jdk.incubator.vector, 512-bit: 8 doubles per operation)}, or the scalar
     *     path with the reason the vector path is not used
     */
    public static String description() {
        if (ACTIVE != SCALAR) {
            return ACTIVE.description();
        }
        if (VECTOR.kernels() != null) {
            return "scalar (forced by -D" + PROPERTY + "=scalar)";
        }
        return SCALAR.description();
    }

    /** @return the scalar implementation, for tests that compare the paths */
    public static KernelSet scalar() {
        return SCALAR;
    }

    /** @return the Vector API implementation if this JVM can run it, for tests that compare the paths */
    public static Optional<KernelSet> vector() {
        return Optional.ofNullable(VECTOR.kernels());
    }

    /**
     * Resolves a value of the {@code classicml.kernels} property.
     *
     * @param requested {@code auto}, {@code scalar} or {@code vector}, in any case
     * @return the implementation
     * @throws IllegalArgumentException for another value
     * @throws IllegalStateException for {@code vector} when the Vector API cannot be loaded
     */
    public static KernelSet select(String requested) {
        switch (requested.toLowerCase(Locale.ROOT)) {
            case "scalar":
                return SCALAR;
            case "vector":
                if (VECTOR.kernels() != null) {
                    return VECTOR.kernels();
                }
                throw new IllegalStateException("-D" + PROPERTY + "=vector needs the Vector API, but "
                        + VECTOR.unavailable() + "; start the JVM with --add-modules " + VECTOR_MODULE);
            case "auto":
                return VECTOR.kernels() != null ? VECTOR.kernels() : SCALAR;
            default:
                throw new IllegalArgumentException(
                        PROPERTY + " must be auto, scalar or vector, got \"" + requested + "\"");
        }
    }

    /** The Vector API kernels, or (when {@code kernels} is null) why they cannot be used. */
    private record VectorLoad(KernelSet kernels, String unavailable) {
    }

    private static VectorLoad loadVector() {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            return new VectorLoad(null, "module " + VECTOR_MODULE + " is not in the boot layer");
        }
        try {
            // the only reflective step: a direct reference would make this class need the module
            KernelSet vector = (KernelSet) Class.forName(VECTOR_CLASS).getDeclaredConstructor().newInstance();
            if (vector.lanes() < 2) {
                return new VectorLoad(null, "the processor's SIMD registers hold one double");
            }
            return new VectorLoad(vector, null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return new VectorLoad(null, "the vector kernels could not be loaded (" + e + ")");
        }
    }
}
