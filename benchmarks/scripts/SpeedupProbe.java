import io.github.classicml.benchmarks.workloads.WorkloadData;
import io.github.classicml.benchmarks.workloads.WorkloadTask;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * The 2-thread speed-up of comparison-runner rows on a shared machine: 1-thread and 2-thread calls of
 * the same row alternate (so both meet the same competing load), and the report gives each side's
 * median and fastest call and the median of the per-pair ratios. A complement to the runner (which
 * times all 1-thread calls, then all 2-thread ones) when other processes come and go.
 *
 * <p>It also reports the processor time per call of the JVM's Java threads (the caller and the pool's
 * workers, polling included; not the collector's or compiler's threads):
 * on a busy machine the wall-clock speed-up says little (a process gets its share of the processors
 * whatever its thread count), while {@code 2 x cpu(1 thread) / cpu(2 threads)} bounds the speed-up an
 * idle machine would give, counting the work the second thread adds (synchronisation, polling, memory
 * contention) but not load imbalance.
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
            double[] c1 = new double[pairs];
            double[] c2 = new double[pairs];
            for (int i = 0; i < pairs; i++) {
                System.gc();
                double cpu = cpuMillis();
                t1[i] = time(one);
                c1[i] = cpuMillis() - cpu;
                System.gc();
                cpu = cpuMillis();
                t2[i] = time(two);
                c2[i] = cpuMillis() - cpu;
                ratio[i] = t1[i] / t2[i];
            }
            System.out.printf("%s %s: 1 thread median %.1f ms (fastest %.1f), 2 threads median %.1f ms (fastest %.1f);"
                            + " speed-up: median of %d pair ratios %.2fx, of medians %.2fx, of fastest %.2fx%n",
                    task.workload(), task.row(), median(t1), min(t1), median(t2), min(t2), pairs, median(ratio),
                    median(t1) / median(t2), min(t1) / min(t2));
            System.out.printf("%s %s: processor time per call, median: 1 thread %.1f ms, 2 threads %.1f ms;"
                    + " bound 2 x cpu1 / cpu2 = %.2fx%n", task.workload(), task.row(), median(c1), median(c2),
                    2 * median(c1) / median(c2));
        }
    }

    private static double cpuMillis() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum / 1e6;
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
