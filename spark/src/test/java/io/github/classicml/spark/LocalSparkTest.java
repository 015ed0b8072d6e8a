package io.github.classicml.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The life of one {@code local[2]} session per test class ({@link LocalSpark#start()}), shared by the
 * class's tests and stopped after them; a JVM newer than the module was run on skips the class
 * ({@link SparkRuntime#assumeSupported()}). Test classes run one after another, so one field serves
 * them all.
 */
abstract class LocalSparkTest {

    /** The session of the running test class. */
    static SparkSession spark;

    @BeforeAll
    static void start() {
        SparkRuntime.assumeSupported();
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
            spark = null;
        }
    }
}
