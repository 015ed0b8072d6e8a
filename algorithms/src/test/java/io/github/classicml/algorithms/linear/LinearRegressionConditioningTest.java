package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accuracy as the condition number grows: polynomial designs {@code x, x^2, ..., x^d} on
 * {@code x = 0..20} with an intercept, degrees 1 to 10, against solutions computed in exact rational
 * arithmetic ({@code reference/linear/polynomial_exact.py}). A backward-stable solver loses about
 * {@code log10 kappa} digits, with {@code kappa} the condition number of the centred, column-scaled
 * design; the test requires at least {@code 14 - log10 kappa} correct digits in every coefficient (and at
 * least 9 while {@code kappa <= 1e4}), on both solver paths. The measured table is in the design notes.
 */
class LinearRegressionConditioningTest {

    private static final Reference EXACT = Reference.read("polynomial_exact.txt");

    static IntStream degrees() {
        return IntStream.rangeClosed(1, 10);
    }

    static double minLre(int degree, String target, boolean normalEquations) {
        double[][] x = new double[21][degree];
        double[] y = new double[21];
        double[] exact = EXACT.get(target + "." + degree + ".coef");
        for (int i = 0; i <= 20; i++) {
            double power = 1;
            double sum = 1;
            for (int k = 0; k < degree; k++) {
                power *= i;
                x[i][k] = power;
                sum += power;
            }
            y[i] = target.equals("noisy") ? sum + (i % 2 == 0 ? 1 : -1) * (i % 3) : sum;
        }
        LinearRegressionModel m = LinearRegression.of().fit(Dataset.of(x).withTargets(y, "y"), null, normalEquations);
        double min = NistCertified.lre(exact[0], m.intercept());
        double[] b = m.coefficients();
        for (int k = 0; k < degree; k++) {
            min = Math.min(min, NistCertified.lre(exact[k + 1], b[k]));
        }
        return min;
    }

    @ParameterizedTest(name = "degree={0}")
    @MethodSource("degrees")
    void polynomial_losesAtMostLog10KappaDigits(int degree) {
        double kappa = EXACT.scalar("exact." + degree + ".scaled_cond");
        double required = Math.max(14 - Math.log10(kappa), kappa <= 1e4 ? 9 : 0);
        for (String target : new String[] {"exact", "noisy"}) {
            for (boolean normal : new boolean[] {true, false}) {
                double lre = minLre(degree, target, normal);
                assertTrue(lre >= required, "degree " + degree + ", " + target + ", normal equations allowed " + normal
                        + ": LRE " + lre + " < " + required + " (scaled condition number " + kappa + ")");
            }
        }
    }
}
