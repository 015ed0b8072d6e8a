package io.github.classicml.benchmarks.kernels;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * JMH counters of the work a benchmark call does. In {@code Throughput} mode with
 * {@code @OutputTimeUnit(NANOSECONDS)}, JMH reports each counter per nanosecond: the {@code flops}
 * counter in GFLOP/s, the {@code bytes} counter in GB/s, so no figure needs converting by hand.
 */
public final class WorkCounters {

    private WorkCounters() {
    }

    /** Floating-point operations done, reported per nanosecond (GFLOP/s). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Flops {
        /** Floating-point operations. */
        public long flops;
    }

    /** Bytes read and written, STREAM convention, reported per nanosecond (GB/s). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        /** Bytes read and written. */
        public long bytes;
    }
}
