package io.github.classicml.benchmarks.kernels;

import io.github.classicml.core.linalg.Kernels;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The JVM options that put a JMH fork on one kernel path, and the check that it is on it.
 *
 * <p>The kernel path is chosen once per JVM ({@link Kernels}), so a benchmark compares the paths by
 * running each in its own fork: methods named {@code vector} or {@code ...Vector} carry
 * {@code @Fork(jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Dclassicml.kernels=vector"})}
 * (the forced property makes the fork fail if the module is missing), the others
 * {@code -Dclassicml.kernels=scalar}.
 */
public final class KernelPath {

    /** JVM options for a fork on the Vector API path. */
    public static final String VECTOR_OPTION_1 = "--add-modules";
    /** The module to add. */
    public static final String VECTOR_OPTION_2 = "jdk.incubator.vector";
    /** Forces the vector path, so a fork without the module fails instead of measuring the other path. */
    public static final String VECTOR_OPTION_3 = "-Dclassicml.kernels=vector";
    /** Forces the scalar path. */
    public static final String SCALAR_OPTION = "-Dclassicml.kernels=scalar";

    private KernelPath() {
    }

    /**
     * Checks that this fork runs the path its benchmark method is named for, and prints the path
     * (JMH shows a fork's output in its log).
     *
     * @param params the running benchmark's parameters
     * @throws IllegalStateException if the fork runs the other path
     */
    public static void check(BenchmarkParams params) {
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        Kernels.Path expected = method.equals("vector") || method.endsWith("Vector") ? Kernels.Path.VECTOR : Kernels.Path.SCALAR;
        if (Kernels.activePath() != expected) {
            throw new IllegalStateException("kernel path must be " + expected + " for " + params.getBenchmark()
                    + ", got " + Kernels.description());
        }
        System.out.println("kernels: " + Kernels.description());
    }
}
