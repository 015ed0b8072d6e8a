package io.github.classicml.spark;

import org.junit.jupiter.api.Assumptions;

/** Whether this JVM runs Spark's tests: see {@link #assumeSupported()}. */
final class SparkRuntime {

    private SparkRuntime() {
    }

    /**
     * Skips the calling test class (a JUnit assumption, reported as skipped with the reason) on a Java
     * release newer than those the module was run on: 17 and 25 (Temurin 25 with the same
     * {@code --add-opens} list passes every test).
     */
    static void assumeSupported() {
        int feature = Runtime.version().feature();
        Assumptions.assumeTrue(feature <= 25 || Boolean.getBoolean("classicml.spark.anyJdk"),
                "classicml-spark's tests ran on Java 17 and 25 with Spark 4.2.0; this JVM is Java " + feature
                        + " (set -Dclassicml.spark.anyJdk=true to try anyway)");
    }
}
