package io.github.classicml.spark;

import org.junit.jupiter.api.Assumptions;

/** Whether this JVM runs Spark's tests: see {@link #assumeSupported()}. */
final class SparkRuntime {

    private SparkRuntime() {
    }

    /**
     * Skips the calling test class (a JUnit assumption, reported as skipped with the reason) on a Java
     * release newer than the ones Spark 4.2 supports (17 and 21).
     */
    static void assumeSupported() {
        int feature = Runtime.version().feature();
        Assumptions.assumeTrue(feature <= 21 || Boolean.getBoolean("classicml.spark.anyJdk"),
                "Spark 4.2.0 supports Java 17 and 21; this JVM is Java " + feature
                        + " (set -Dclassicml.spark.anyJdk=true to try anyway)");
    }
}
