package io.github.classicml.benchmarks.compare;

import io.github.classicml.benchmarks.workloads.WorkloadData;
import io.github.classicml.benchmarks.workloads.WorkloadTask;

import java.util.Map;

/** A stand-in task for the runner's tests: sums the array {@code x} of a small workload directory. */
public class SumTask implements WorkloadTask {

    @Override
    public String workload() {
        return "W9";
    }

    @Override
    public String row() {
        return "confusion";
    }

    @Override
    public int[] threadCounts() {
        return new int[] {1, 2};
    }

    @Override
    public Run prepare(WorkloadData data, int threads) {
        double[] x = data.values("x");
        return new Run() {
            @Override
            public Object call() {
                double s = 0;
                for (double v : x) {
                    s += v;
                }
                return s * threads;
            }

            @Override
            public Map<String, Double> quality(Object result) {
                return Map.of("trace", (Double) result);
            }
        };
    }
}
