package io.github.classicml.examples;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Likelihood against probability: the same formula read two ways.
 *
 * <p>The binomial formula {@code P(k | n, p) = C(n, k) p^k (1 − p)^(n − k)} is a probability when p is
 * fixed and k varies: it sums to 1 over the outcomes k = 0..n. Read with the data fixed (k heads seen)
 * and p varying, it is the likelihood {@code L(p | k)}: a score of each parameter value by how well it
 * explains the data, which need not sum or integrate to 1 over p (here the integral is 1/(n + 1)).
 * Maximum likelihood picks the p with the highest score, k/n. The example works this out for 7 heads in
 * 10 tosses, then for the share of malignant tumours in the bundled breast cancer data, where the log
 * likelihood is the sum over rows and its maximum is found on a grid.
 */
public final class LikelihoodVsProbabilityExample implements Example {

    static final int N = 10;
    static final int K = 7;

    @Override
    public String name() {
        return "likelihood-vs-probability";
    }

    @Override
    public String question() {
        return "What is the difference between likelihood and probability?";
    }

    static double binomial(int n, int k, double p) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c * Math.pow(p, k) * Math.pow(1 - p, n - k);
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        out.printf(Locale.ROOT, "The formula P(k | n, p) = C(n, k) p^k (1 - p)^(n - k), with n = %d tosses of a coin.%n%n", N);
        out.println("Probability: fix p = 0.5 and vary the outcome k:");
        double sum = 0;
        StringBuilder line = new StringBuilder("  ");
        for (int k = 0; k <= N; k++) {
            double p = binomial(N, k, 0.5);
            sum += p;
            line.append(String.format(Locale.ROOT, "k=%d: %.4f  ", k, p));
            if (k == 5) {
                out.println(line.toString().stripTrailing());
                line = new StringBuilder("  ");
            }
        }
        out.println(line.toString().stripTrailing());
        out.printf(Locale.ROOT, "  the probabilities of all outcomes sum to %.6f: a distribution over the data.%n%n", sum);

        out.printf(Locale.ROOT, "Likelihood: fix the data, k = %d heads, and vary p:%n", K);
        int steps = 1000;
        double[] ps = new double[steps + 1];
        double[] likelihood = new double[steps + 1];
        double integral = 0;
        int best = 0;
        for (int i = 0; i <= steps; i++) {
            ps[i] = i / (double) steps;
            likelihood[i] = binomial(N, K, ps[i]);
            // trapezoid rule over [0, 1]
            integral += (i == 0 || i == steps ? 0.5 : 1) * likelihood[i] / steps;
            if (likelihood[i] > likelihood[best]) {
                best = i;
            }
        }
        for (double p : new double[] {0.3, 0.5, 0.7, 0.9}) {
            out.printf(Locale.ROOT, "  L(p = %.1f | %d of %d) = %.4f%n", p, K, N, binomial(N, K, p));
        }
        out.printf(Locale.ROOT, "  the likelihood integrates to %.4f over p (1/(n + 1) = %.4f), not to 1: it is not a"
                + " probability of p.%n", integral, 1.0 / (N + 1));
        out.printf(Locale.ROOT, "  it is highest at p = %.3f = k/n: the maximum-likelihood estimate. L(0.7) / L(0.5) ="
                + " %.3f: the data favour 0.7 over 0.5 by that factor,%n  which says nothing like \"p = 0.7 with"
                + " probability ...\".%n%n", ps[best], binomial(N, K, 0.7) / binomial(N, K, 0.5));

        Dataset cancer = Datasets.breastCancer();
        int malignant = cancer.classCounts()[cancer.classNames().indexOf("malignant")];
        int rows = cancer.rows();
        int bestCancer = 1;
        double bestLog = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < steps; i++) {
            double p = i / (double) steps;
            double log = malignant * Math.log(p) + (rows - malignant) * Math.log(1 - p);
            if (log > bestLog) {
                bestLog = log;
                bestCancer = i;
            }
        }
        double half = malignant * Math.log(0.5) + (rows - malignant) * Math.log(0.5);
        out.printf(Locale.ROOT, "On data: %d of %d breast tumours are malignant. The log-likelihood of p is%n"
                + "  log L(p) = %d log p + %d log(1 - p), the sum of each row's log-probability;%n", malignant, rows,
                malignant, rows - malignant);
        out.printf(Locale.ROOT, "  on a grid of step 0.001 it peaks at p = %.3f (k/n = %d / %d = %.4f), log L = %.2f;%n",
                bestCancer / (double) steps, malignant, rows, malignant / (double) rows, bestLog);
        out.printf(Locale.ROOT, "  at p = 0.5, log L = %.2f: %.1f lower, a likelihood ratio of e^%.1f. Fitting a model"
                + " by maximum likelihood (logistic regression, naive Bayes) is this, with more parameters.%n",
                half, bestLog - half, bestLog - half);

        XYChart chart = new XYChartBuilder().width(640).height(420)
                .title(String.format(Locale.ROOT, "Likelihood of p after %d heads in %d tosses", K, N))
                .xAxisTitle("p (the parameter)").yAxisTitle("L(p | data)").build();
        chart.addSeries("likelihood", ps, likelihood);
        chart.addSeries("maximum, p = k/n", new double[] {ps[best], ps[best]}, new double[] {0, likelihood[best]});
        return Report.builder()
                .figure("sumOverOutcomes", sum)
                .figure("likelihoodIntegral", integral)
                .figure("maximumLikelihoodP", ps[best])
                .figure("likelihoodAtHalf", binomial(N, K, 0.5))
                .figure("cancerMaximumLikelihoodP", bestCancer / (double) steps)
                .figure("cancerLogLikelihood", bestLog)
                .file(Plots.savePng(chart, context, "likelihood-vs-probability"))
                .build();
    }
}
