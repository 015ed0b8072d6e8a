import io.github.classicml.benchmarks.workloads.WorkloadData;
import io.github.classicml.benchmarks.workloads.WorkloadTask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 2-thread speed-up of comparison-runner rows on a shared machine: 1-thread and 2-thread calls of
 * the same row alternate (so both meet the same competing load), and the report gives each side's
 * median and fastest call and the median of the per-pair ratios. A complement to the runner (which
 * times all 1-thread calls, then all 2-thread ones) when other processes come and go.
 *
 * <pre>
 * java [--add-modules jdk.incubator.vector] -Dclassicml.workloads=DIR -cp benchmarks/target/benchmarks.jar \
 *     benchmarks/scripts/SpeedupProbe.java [pairs] [W1KnnBruteForce W2KMeansLloyd ...]
 * </pre>
 */
public final class SpeedupProbe {

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<String> rows = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
                : List.of("W1KnnBruteForce", "W2KMeansLloyd");
        WorkloadData data = WorkloadData.open();
        for (String row : rows) {
            WorkloadTask task = (WorkloadTask) Class.forName("io.github.classicml.benchmarks.workloads." + row)
                    .getDeclaredConstructor().newInstance();
            WorkloadTask.Run one = task.prepare(data, 1);
            WorkloadTask.Run two = task.prepare(data, 2);
            long warmUntil = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < warmUntil) {
                one.call();
                two.call();
            }
            double[] t1 = new double[pairs];
            double[] t2 = new double[pairs];
            double[] ratio = new double[pairs];
            for (int i = 0; i < pairs; i++) {
                System.gc();
                t1[i] = time(one);
                System.gc();
                t2[i] = time(two);
                ratio[i] = t1[i] / t2[i];
            }
            System.out.printf("%s %s: 1 thread median %.1f ms (fastest %.1f), 2 threads median %.1f ms (fastest %.1f);"
                            + " speed-up: median of %d pair ratios %.2fx, of medians %.2fx, of fastest %.2fx%n",
                    task.workload(), task.row(), median(t1), min(t1), median(t2), min(t2), pairs, median(ratio),
                    median(t1) / median(t2), min(t1) / min(t2));
        }
    }

    private static double time(WorkloadTask.Run run) {
        long start = System.nanoTime();
        Object result = run.call();
        long end = System.nanoTime();
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return (end - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }
}
