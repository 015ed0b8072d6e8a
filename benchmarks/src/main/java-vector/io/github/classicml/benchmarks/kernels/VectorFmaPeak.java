package io.github.classicml.benchmarks.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/** {@link FmaPeak} on the Vector API, in the widest registers the processor has. */
public final class VectorFmaPeak implements FmaPeak {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    @Override
    public int lanes() {
        return S.length();
    }

    @Override
    public double run(long rounds, double m, double a) {
        DoubleVector vm = DoubleVector.broadcast(S, m);
        DoubleVector va = DoubleVector.broadcast(S, a);
        DoubleVector c0 = DoubleVector.broadcast(S, 0);
        DoubleVector c1 = DoubleVector.broadcast(S, 1);
        DoubleVector c2 = DoubleVector.broadcast(S, 2);
        DoubleVector c3 = DoubleVector.broadcast(S, 3);
        DoubleVector c4 = DoubleVector.broadcast(S, 4);
        DoubleVector c5 = DoubleVector.broadcast(S, 5);
        DoubleVector c6 = DoubleVector.broadcast(S, 6);
        DoubleVector c7 = DoubleVector.broadcast(S, 7);
        DoubleVector c8 = DoubleVector.broadcast(S, 8);
        DoubleVector c9 = DoubleVector.broadcast(S, 9);
        DoubleVector c10 = DoubleVector.broadcast(S, 10);
        DoubleVector c11 = DoubleVector.broadcast(S, 11);
        DoubleVector c12 = DoubleVector.broadcast(S, 12);
        DoubleVector c13 = DoubleVector.broadcast(S, 13);
        DoubleVector c14 = DoubleVector.broadcast(S, 14);
        DoubleVector c15 = DoubleVector.broadcast(S, 15);
        for (long r = 0; r < rounds; r++) {
            c0 = c0.fma(vm, va);
            c1 = c1.fma(vm, va);
            c2 = c2.fma(vm, va);
            c3 = c3.fma(vm, va);
            c4 = c4.fma(vm, va);
            c5 = c5.fma(vm, va);
            c6 = c6.fma(vm, va);
            c7 = c7.fma(vm, va);
            c8 = c8.fma(vm, va);
            c9 = c9.fma(vm, va);
            c10 = c10.fma(vm, va);
            c11 = c11.fma(vm, va);
            c12 = c12.fma(vm, va);
            c13 = c13.fma(vm, va);
            c14 = c14.fma(vm, va);
            c15 = c15.fma(vm, va);
        }
        DoubleVector s = c0.add(c1).add(c2.add(c3)).add(c4.add(c5).add(c6.add(c7)))
                .add(c8.add(c9).add(c10.add(c11)).add(c12.add(c13).add(c14.add(c15))));
        return s.reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }
}
