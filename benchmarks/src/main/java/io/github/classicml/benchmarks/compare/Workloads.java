package io.github.classicml.benchmarks.compare;

import java.util.List;
import java.util.Optional;

/**
 * Every row of the comparison table, and the fastest other library's time for each: the one place
 * where the expected task classes are named.
 *
 * <p>Each row of {@code WORKLOADS.md} (the fixed workload definition W1-W9) is one entry of
 * {@link #ROWS}, whose task class follows the convention of
 * {@link io.github.classicml.benchmarks.workloads.WorkloadTask}: {@code W<n><Name>} in package
 * {@value #PACKAGE}. A row whose class is not on the classpath is shown as "not built"; none is
 * ever left out.
 */
public final class Workloads {

    /** The package of the task classes. */
    public static final String PACKAGE = "io.github.classicml.benchmarks.workloads";

    /** Where {@link #FASTEST} comes from. */
    public static final String FASTEST_SOURCE = "WORKLOADS.md, \"fastest other library per workload on this machine\""
            + " (2026-11-25): median wall seconds of scikit-learn 1.2.1, Smile 3.1.1 and Tribuo 4.3.2";

    /**
     * One row of the table.
     *
     * @param workload the workload id, {@code W1}..{@code W9}
     * @param row the row name, as {@code sklearn_bench.py} names it
     * @param className the fully qualified name of the task class
     * @param threads the thread counts the row is expected at (a built task's
     *     {@code threadCounts()} takes precedence)
     * @param quality the quality figures shown, named as the timing records name them
     * @param what what is timed, in a few words
     */
    public record Row(String workload, String row, String className, List<Integer> threads, List<String> quality,
                      String what) {

        /** @return the class name without its package */
        public String simpleClassName() {
            return className.substring(className.lastIndexOf('.') + 1);
        }
    }

    /**
     * The fastest other library's median time on one row.
     *
     * @param workload the workload id
     * @param row the row name
     * @param threads the thread count
     * @param seconds the median wall time
     * @param library the library and, where it matters, its algorithm
     */
    public record Fastest(String workload, String row, int threads, double seconds, String library) {
    }

    /** Every row of {@code WORKLOADS.md}, in its order. */
    public static final List<Row> ROWS = List.of(
            row("W1", "brute", "W1KnnBruteForce", List.of(1, 2), List.of("accuracy"),
                    "kNN predict, 2000 queries x 20000 rows x 32, k = 5, brute force"),
            row("W1", "kd-tree", "W1KnnKdTree", List.of(1, 2), List.of("accuracy"),
                    "kNN predict, same data, k-d tree (index built outside the timing)"),
            row("W2", "lloyd", "W2KMeansLloyd", List.of(1, 2), List.of("inertia"),
                    "k-means fit, 100000 x 16, k = 16, k-means++, Lloyd"),
            row("W2", "accelerated", "W2KMeansAccelerated", List.of(1, 2), List.of("inertia"),
                    "k-means fit, same data, accelerated (Elkan/Hamerly)"),
            row("W3", "gnb", "W3GaussianNaiveBayes", List.of(1), List.of("accuracy"),
                    "Gaussian naive Bayes fit 200000 x 50 + predict 50000"),
            row("W4", "l2-logistic", "W4LogisticL2", List.of(1, 2), List.of("test_accuracy", "objective"),
                    "binary logistic regression fit, L2, 50000 x 50"),
            row("W5", "ols", "W5Ols", List.of(1, 2), List.of("r2"),
                    "OLS fit with intercept, 200000 x 100"),
            row("W6", "cart", "W6Cart", List.of(1), List.of("test_accuracy"),
                    "CART classifier fit, Gini, unlimited depth, 50000 x 20"),
            row("W7", "bagging", "W7Bagging", List.of(1, 2), List.of("test_accuracy"),
                    "50 bootstrap Gini trees, all 20 features per split"),
            row("W7", "random-forest", "W7RandomForest", List.of(1, 2), List.of("test_accuracy"),
                    "random forest, 50 trees, 4 features per split"),
            row("W8", "auc", "W8RocAuc", List.of(1), List.of("auc"),
                    "ROC AUC of 1,000,000 tied scores"),
            row("W9", "confusion", "W9ConfusionMatrix", List.of(1), List.of("trace"),
                    "10 x 10 confusion matrix of 1,000,000 label pairs"));

    /** The fastest other library per row, from {@link #FASTEST_SOURCE}. */
    public static final List<Fastest> FASTEST = List.of(
            new Fastest("W1", "brute", 1, 0.124, "scikit-learn"),
            new Fastest("W1", "kd-tree", 1, 1.16, "scikit-learn (its ball tree: 0.727)"),
            new Fastest("W2", "lloyd", 1, 0.242, "Tribuo (inertia 19.57e6)"),
            new Fastest("W2", "accelerated", 1, 0.507, "scikit-learn Elkan"),
            new Fastest("W3", "gnb", 1, 0.058, "Smile"),
            new Fastest("W4", "l2-logistic", 1, 0.119, "scikit-learn"),
            new Fastest("W5", "ols", 1, 0.925, "scikit-learn"),
            new Fastest("W6", "cart", 1, 0.239, "Smile"),
            new Fastest("W7", "bagging", 1, 2.02, "Smile"),
            new Fastest("W7", "bagging", 2, 1.13, "Smile"),
            new Fastest("W7", "random-forest", 1, 1.32, "Smile"),
            new Fastest("W7", "random-forest", 2, 0.700, "Smile"),
            new Fastest("W8", "auc", 1, 0.058, "Smile"),
            new Fastest("W9", "confusion", 1, 0.0049, "Smile"));

    private Workloads() {
    }

    private static Row row(String workload, String row, String simpleName, List<Integer> threads, List<String> quality,
                           String what) {
        return new Row(workload, row, PACKAGE + "." + simpleName, threads, quality, what);
    }

    /**
     * @param workload the workload id
     * @param row the row name
     * @param threads the thread count
     * @return the fastest other library's figure for that row, if {@code WORKLOADS.md} has one
     */
    public static Optional<Fastest> fastest(String workload, String row, int threads) {
        return FASTEST.stream()
                .filter(f -> f.workload().equals(workload) && f.row().equals(row) && f.threads() == threads)
                .findFirst();
    }
}
