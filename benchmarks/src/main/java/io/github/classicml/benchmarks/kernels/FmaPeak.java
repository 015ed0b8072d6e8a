package io.github.classicml.benchmarks.kernels;

/**
 * A loop of independent fused multiply-adds on values held in registers: the arithmetic peak one
 * core reaches from Java. The Vector API implementation ({@code VectorFmaPeak}, compiled from
 * {@code src/main/java-vector}) is loaded only when the JVM has the incubator module.
 */
public interface FmaPeak {

    /** Independent accumulators: enough to cover the FMA latency (4 cycles) on two FMA pipes, twice. */
    int CHAINS = 16;

    /** @return doubles per fused multiply-add (1 for the scalar loop) */
    int lanes();

    /**
     * Runs {@code rounds} rounds of {@link #CHAINS} fused multiply-adds {@code c = c * m + a}, each
     * on {@link #lanes()} doubles: {@code 2 * CHAINS * lanes() * rounds} floating-point operations.
     *
     * @param rounds the number of rounds
     * @param m the multiplier, in (0, 1), so the values stay bounded
     * @param a the addend
     * @return a sum of the accumulators, so the work cannot be optimised away
     */
    double run(long rounds, double m, double a);

    /** @return the scalar loop: 16 chains of {@link Math#fma(double, double, double)} */
    static FmaPeak scalar() {
        return new FmaPeak() {
            @Override
            public int lanes() {
                return 1;
            }

            @Override
            public double run(long rounds, double m, double a) {
                double c0 = 0;
                double c1 = 1;
                double c2 = 2;
                double c3 = 3;
                double c4 = 4;
                double c5 = 5;
                double c6 = 6;
                double c7 = 7;
                double c8 = 8;
                double c9 = 9;
                double c10 = 10;
                double c11 = 11;
                double c12 = 12;
                double c13 = 13;
                double c14 = 14;
                double c15 = 15;
                for (long r = 0; r < rounds; r++) {
                    c0 = Math.fma(c0, m, a);
                    c1 = Math.fma(c1, m, a);
                    c2 = Math.fma(c2, m, a);
                    c3 = Math.fma(c3, m, a);
                    c4 = Math.fma(c4, m, a);
                    c5 = Math.fma(c5, m, a);
                    c6 = Math.fma(c6, m, a);
                    c7 = Math.fma(c7, m, a);
                    c8 = Math.fma(c8, m, a);
                    c9 = Math.fma(c9, m, a);
                    c10 = Math.fma(c10, m, a);
                    c11 = Math.fma(c11, m, a);
                    c12 = Math.fma(c12, m, a);
                    c13 = Math.fma(c13, m, a);
                    c14 = Math.fma(c14, m, a);
                    c15 = Math.fma(c15, m, a);
                }
                return ((c0 + c1) + (c2 + c3)) + ((c4 + c5) + (c6 + c7))
                        + ((c8 + c9) + (c10 + c11)) + ((c12 + c13) + (c14 + c15));
            }
        };
    }

    /**
     * @return the Vector API loop
     * @throws IllegalStateException if the JVM lacks {@code --add-modules jdk.incubator.vector}
     */
    static FmaPeak vector() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            throw new IllegalStateException("the vector FMA peak needs the JVM option --add-modules jdk.incubator.vector");
        }
        try {
            return (FmaPeak) Class.forName("io.github.classicml.benchmarks.kernels.VectorFmaPeak")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("VectorFmaPeak must be in the benchmarks jar", e);
        }
    }
}
