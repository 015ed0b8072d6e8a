package io.github.classicml.algorithms.linear;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LbfgsTest {

    static LongStream seeds() {
        return LongStream.range(0, 20);
    }

    /** f(x) = ½ Σ c_j (x_j - m_j)², minimum 0 at m. */
    private static DifferentiableFunction separableQuadratic(double[] c, double[] m) {
        return (x, g) -> {
            double f = 0;
            for (int j = 0; j < x.length; j++) {
                double r = x[j] - m[j];
                f += 0.5 * c[j] * r * r;
                g[j] = c[j] * r;
            }
            return f;
        };
    }

    /** Extended Rosenbrock: Σ over pairs 100 (x_{2i+1} - x_{2i}²)² + (1 - x_{2i})², minimum 0 at (1, ..., 1). */
    private static final DifferentiableFunction ROSENBROCK = (x, g) -> {
        double f = 0;
        for (int i = 0; i + 1 < x.length; i += 2) {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            f += 100 * a * a + b * b;
            g[i] = -400 * a * x[i] - 2 * b;
            g[i + 1] = 200 * a;
        }
        return f;
    };

    @Test
    void minimise_oneDimensionalQuadratic_handWorked() {
        // f(x) = ½ · 4 (x - 3)², from x = 0: g = -12, first step 1/|g| = 1/12 along 12 reaches x = 1,
        // then the secant pair s = 1, y = 4 gives H = 1/4 and the exact Newton step to 3
        Lbfgs.Result r = new Lbfgs(10, 100, 1e-12).minimise(separableQuadratic(new double[] {4},
                new double[] {3}), new double[] {0}, null);
        assertEquals(3.0, r.x()[0], 1e-12);
        assertEquals(0.0, r.value(), 1e-20);
        assertTrue(r.status().converged());
        assertTrue(r.iterations() <= 3, "iterations " + r.iterations());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void minimise_illConditionedQuadratic_reachesKnownMinimum(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int d = 2 + rng.nextInt(30);
        double[] c = new double[d];
        double[] m = new double[d];
        double[] start = new double[d];
        for (int j = 0; j < d; j++) {
            c[j] = Math.pow(10, rng.nextDouble(-1.5, 1.5));
            m[j] = rng.nextDouble(-5, 5);
            start[j] = rng.nextDouble(-5, 5);
        }
        // condition number up to 1e3
        DifferentiableFunction f = separableQuadratic(c, m);
        Lbfgs.Result r = new Lbfgs(10, 2000, 1e-12).minimise(f, start, null);
        assertTrue(r.status().converged(), "seed " + seed + ": " + r.status());
        assertTrue(r.value() < 1e-12, "seed " + seed + ": value " + r.value());
        for (int j = 0; j < d; j++) {
            // stopped by the relative-decrease rule (steps below 64 eps of max(|f|, 1)) at f below 1e-12,
            // so |x_j - m_j| <= sqrt(2e-12 / c_j) < 1e-5 for c_j >= 10^-1.5
            assertEquals(m[j], r.x()[j], 1e-5, "seed " + seed + ", entry " + j);
        }
    }

    @Test
    void minimise_rosenbrock_fromTheClassicStart() {
        Lbfgs.Result r = new Lbfgs(10, 500, 1e-10).minimise(ROSENBROCK, new double[] {-1.2, 1}, null);
        assertTrue(r.status().converged(), r.status().toString());
        assertArrayEquals(new double[] {1, 1}, r.x(), 1e-8);
        assertTrue(r.value() < 1e-16, "value " + r.value());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void minimise_extendedRosenbrock_reachesOnes(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] start = new double[20];
        for (int j = 0; j < start.length; j++) {
            start[j] = rng.nextDouble(-2, 2);
        }
        Lbfgs.Result r = new Lbfgs(10, 2000, 1e-9).minimise(ROSENBROCK, start, null);
        assertTrue(r.status().converged(), "seed " + seed + ": " + r.status());
        for (double v : r.x()) {
            assertEquals(1.0, v, 1e-5, "seed " + seed);
        }
    }

    @Test
    void minimise_valuesDecreaseAndMonitorSeesEveryIterate() {
        List<Double> values = new ArrayList<>();
        Lbfgs.Result r = new Lbfgs(5, 500, 1e-8).minimise(ROSENBROCK, new double[] {-1.2, 1, 0.5, -0.5},
                (iteration, x, value, gradient) -> {
                    values.add(value);
                    return false;
                });
        assertEquals(r.iterations(), values.size());
        for (int i = 1; i < values.size(); i++) {
            // sufficient decrease: every accepted step lowers the value
            assertTrue(values.get(i) < values.get(i - 1), "iteration " + (i + 1));
        }
        assertTrue(r.evaluations() >= r.iterations());
    }

    @Test
    void minimise_monitorStops_reportsItAndKeepsThePoint() {
        Lbfgs.Result r = new Lbfgs(10, 500, 1e-10).minimise(ROSENBROCK, new double[] {-1.2, 1},
                (iteration, x, value, gradient) -> iteration == 3);
        assertEquals(Lbfgs.Status.STOPPED_BY_MONITOR, r.status());
        assertEquals(3, r.iterations());
        assertEquals(r.value(), ROSENBROCK.valueAndGradient(r.x(), new double[2]), 0.0);
    }

    @Test
    void minimise_iterationLimit_isReportedAsNotConverged() {
        Lbfgs.Result r = new Lbfgs(10, 2, 1e-10).minimise(ROSENBROCK, new double[] {-1.2, 1}, null);
        assertEquals(Lbfgs.Status.MAX_ITERATIONS, r.status());
        assertEquals(2, r.iterations());
        assertTrue(!r.status().converged());
    }

    @Test
    void minimise_infiniteOutsideADomain_neverReturnsNonFinite() {
        // f(x) = x - log x on x > 0 (minimum 1 at x = 1), +Infinity elsewhere: long steps overshoot into x <= 0
        DifferentiableFunction f = (x, g) -> {
            if (x[0] <= 0) {
                g[0] = Double.NaN;
                return Double.POSITIVE_INFINITY;
            }
            g[0] = 1 - 1 / x[0];
            return x[0] - Math.log(x[0]);
        };
        Lbfgs.Result r = new Lbfgs(10, 100, 1e-12).minimise(f, new double[] {20}, null);
        assertEquals(1.0, r.x()[0], 1e-10);
        assertTrue(Double.isFinite(r.value()));
    }

    @Test
    void minimise_startAtTheMinimum_stopsAtOnce() {
        Lbfgs.Result r = new Lbfgs(10, 100, 1e-8).minimise(separableQuadratic(new double[] {1, 2},
                new double[] {1, 1}), new double[] {1, 1}, null);
        assertEquals(0, r.iterations());
        assertEquals(Lbfgs.Status.GRADIENT_BELOW_TOLERANCE, r.status());
    }
}
