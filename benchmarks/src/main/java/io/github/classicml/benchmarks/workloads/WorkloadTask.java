package io.github.classicml.benchmarks.workloads;

import java.util.Map;

/**
 * One row of the comparison table: a workload of the fixed set (W1-W9) as classicml runs it.
 *
 * <p>{@link #prepare} does the untimed part (loading arrays, building datasets, fitting what the
 * workload does not time) and returns the timed call, which must contain the library call only, as
 * {@code sklearn_bench.py} times scikit-learn. Row names follow that script ({@code brute},
 * {@code kd-tree}, {@code lloyd}, {@code accelerated}, {@code gnb}, {@code l2-logistic}, {@code ols},
 * {@code cart}, {@code bagging}, {@code random-forest}, {@code auc}, {@code confusion}) so the two
 * sides line up.
 *
 * <p><b>Naming convention.</b> Each row is one public class with a public no-argument constructor in
 * this package, named {@code W<n><Name>}: the workload id, then the row in UpperCamelCase words
 * (e.g. {@code W8RocAuc} for W8's {@code auc} row, {@code W1KnnKdTree} for W1's {@code kd-tree}).
 * The comparison runner does not scan the classpath: it looks each row up by the fully qualified
 * class name listed in {@code io.github.classicml.benchmarks.compare.Workloads#ROWS}, the one place
 * where the expected names are written, and shows a row whose class is absent as "not built".
 * Adding a row means writing the class under its listed name; a new row also needs a line in that
 * list.
 */
public interface WorkloadTask {

    /** @return the workload id, e.g. {@code W8} */
    String workload();

    /** @return the row name, e.g. {@code auc} */
    String row();

    /** @return the thread counts this row is measured at: {1}, or {1, 2} where it parallelises */
    default int[] threadCounts() {
        return new int[] {1};
    }

    /**
     * Loads the inputs and returns the timed call.
     *
     * @param data the workload files
     * @param threads the number of threads the call may use
     * @return the timed call and how to judge its result
     */
    Run prepare(WorkloadData data, int threads);

    /** A prepared, repeatable timed call. */
    interface Run {

        /** @return the result of one timed call (the library call only) */
        Object call();

        /**
         * @param result a result of {@link #call()}
         * @return its quality figures, named as {@code sklearn_bench.py} names them (e.g.
         *     {@code accuracy}, {@code inertia}, {@code auc}, {@code trace})
         */
        Map<String, Double> quality(Object result);
    }

    /**
     * The quality figure of the classification workloads, counted here rather than by the library under
     * test.
     *
     * @param predicted the predicted class of each test row
     * @param expected the true class of each test row
     * @return the share of rows predicted right
     */
    static double accuracy(int[] predicted, int[] expected) {
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == expected[i] ? 1 : 0;
        }
        return correct / (double) predicted.length;
    }
}
