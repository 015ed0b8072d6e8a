package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One row's prediction explained by Bayes' theorem,
 * {@code P(c | x) = P(c) × P(x | c) / P(x)}: for each class the prior {@code P(c)}, the log-likelihood
 * term {@code log P(x_j | c)} of every feature, their sum {@code log P(x | c)} (the naive independence
 * assumption turns the product of likelihoods into this sum), the joint log-probability
 * {@code log P(c, x) = log P(c) + log P(x | c)}, the evidence {@code log P(x) = log sum_c P(c, x)} and the
 * posterior {@code P(c | x)}.
 *
 * <p>{@link #toString()} prints the theorem with the row's numbers, the classes in a table and the
 * features whose terms differ most between classes (the ones that decide); {@link #format(int)} chooses
 * how many features to show. Made by {@link NaiveBayesModel#explain(double[])}; immutable.
 */
public final class NaiveBayesExplanation {

    private final String model;
    private final String formula;
    private final boolean usesPriors;
    private final List<String> classNames;
    private final List<String> columnNames;
    private final double[] row;
    private final double[] classCounts;
    private final double[] logPriors;
    private final double[][] terms;
    private final double[] joint;
    private final double logEvidence;
    private final double[] posteriors;
    private final int predicted;

    NaiveBayesExplanation(String model, String formula, boolean usesPriors, List<String> classNames,
                          List<String> columnNames, double[] row, double[] classCounts, double[] logPriors,
                          double[][] terms, double[] joint, double logEvidence, double[] posteriors, int predicted) {
        this.model = model;
        this.formula = formula;
        this.usesPriors = usesPriors;
        this.classNames = classNames;
        this.columnNames = columnNames;
        this.row = row;
        this.classCounts = classCounts;
        this.logPriors = logPriors;
        this.terms = terms;
        this.joint = joint;
        this.logEvidence = logEvidence;
        this.posteriors = posteriors;
        this.predicted = predicted;
    }

    /** @return the class names by class index */
    public List<String> classNames() {
        return classNames;
    }

    /** @return the feature names by column */
    public List<String> columnNames() {
        return columnNames;
    }

    /** @return a copy of the explained row */
    public double[] row() {
        return row.clone();
    }

    /** @return the prior {@code P(c)} of each class (0 for classes without training rows) */
    public double[] priors() {
        double[] out = new double[logPriors.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = Math.exp(logPriors[c]);
        }
        return out;
    }

    /** @return {@code log P(c)} of each class */
    public double[] logPriors() {
        return logPriors.clone();
    }

    /**
     * @return {@code log P(x_j | c)} by class, then feature: each feature's log-likelihood term (0 for
     *     classes without training rows)
     */
    public double[][] featureLogLikelihoods() {
        double[][] out = new double[terms.length][];
        for (int c = 0; c < out.length; c++) {
            out[c] = terms[c].clone();
        }
        return out;
    }

    /** @return {@code log P(x | c) = sum_j log P(x_j | c)} of each class */
    public double[] logLikelihoods() {
        double[] out = new double[terms.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = classCounts[c] > 0 ? sum(terms[c]) : Double.NEGATIVE_INFINITY;
        }
        return out;
    }

    /** @return {@code log P(c, x)} of each class, as the model computes it */
    public double[] jointLogProbabilities() {
        return joint.clone();
    }

    /** @return the log evidence {@code log P(x) = log sum_c exp(log P(c, x))} */
    public double logEvidence() {
        return logEvidence;
    }

    /** @return the posterior {@code P(c | x)} of each class */
    public double[] posteriors() {
        return posteriors.clone();
    }

    /** @return the predicted class: the one of largest posterior */
    public int predictedClass() {
        return predicted;
    }

    /** @return the explanation with the ten most decisive features */
    @Override
    public String toString() {
        return format(10);
    }

    /**
     * Prints the explanation.
     *
     * @param maxFeatures how many features to list, those whose log-likelihood terms differ most between
     *     classes first; at least 0
     * @return the text
     */
    public String format(int maxFeatures) {
        Check.atLeast("maxFeatures", maxFeatures, 0);
        StringBuilder s = new StringBuilder();
        int k = classNames.size();
        s.append(model).append(": ").append(formula).append('\n');
        if (usesPriors) {
            s.append("Bayes' theorem: P(c | x) = P(c) × P(x | c) / P(x), naive: log P(x | c) = sum_j log P(x_j | c),\n");
            s.append("evidence P(x) = sum_c P(c) × P(x | c), computed in logs by log-sum-exp.\n\n");
        } else {
            s.append("The columns log P(x | c) and log P(c, x) hold the score s_c = sum_j (term of feature j);\n");
            s.append("P(c | x) = exp(s_c) / sum_c exp(s_c), computed in logs by log-sum-exp.\n\n");
        }
        int width = 8;
        for (String name : classNames) {
            width = Math.max(width, name.length());
        }
        s.append(String.format(Locale.ROOT, "%-" + width + "s %10s %12s %14s %14s %12s%n", "class", "P(c)",
                "log P(c)", "log P(x | c)", "log P(c, x)", "P(c | x)"));
        double[] logLikelihoods = logLikelihoods();
        for (int c = 0; c < k; c++) {
            if (classCounts[c] == 0) {
                s.append(String.format(Locale.ROOT, "%-" + width + "s %s%n", classNames.get(c),
                        "(no training rows: P(c) = 0)"));
                continue;
            }
            s.append(String.format(Locale.ROOT, "%-" + width + "s %10s %12s %14s %14s %12s%n", classNames.get(c),
                    usesPriors ? number(Math.exp(logPriors[c])) : "-", usesPriors ? number(logPriors[c]) : "-",
                    number(logLikelihoods[c]), number(joint[c]), number(posteriors[c])));
        }
        s.append(String.format(Locale.ROOT, "log P(x) = log sum_c exp(log P(c, x)) = %s%n", number(logEvidence)));

        appendFeatures(s, maxFeatures, width);

        String name = classNames.get(predicted);
        if (usesPriors) {
            s.append(String.format(Locale.ROOT, "%nP(%s | x) = P(%s) × P(x | %s) / P(x) = %s × exp(%s) / exp(%s) = %s%n",
                    name, name, name, number(Math.exp(logPriors[predicted])), number(logLikelihoods[predicted]),
                    number(logEvidence), number(posteriors[predicted])));
        } else {
            s.append(String.format(Locale.ROOT, "%nP(%s | x) = exp(%s) / exp(%s) = %s%n", name,
                    number(joint[predicted]), number(logEvidence), number(posteriors[predicted])));
        }
        return s.toString();
    }

    private void appendFeatures(StringBuilder s, int maxFeatures, int classWidth) {
        int k = classNames.size();
        int p = columnNames.size();
        double[] spread = new double[p];
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (classCounts[c] > 0) {
                    min = Math.min(min, terms[c][j]);
                    max = Math.max(max, terms[c][j]);
                }
            }
            spread[j] = max - min;
            if (spread[j] > 0) {
                order.add(j);
            }
        }
        // largest spread first; equal spreads in column order (a stable sort keeps it)
        order.sort(Comparator.comparingDouble((Integer j) -> -spread[j]));
        int shown = Math.min(maxFeatures, order.size());
        if (shown == 0) {
            s.append(String.format(Locale.ROOT, "%nno feature term differs between the classes: the posterior is the prior%n"));
            return;
        }
        int width = 7;
        for (int t = 0; t < shown; t++) {
            width = Math.max(width, columnNames.get(order.get(t)).length());
        }
        s.append(String.format(Locale.ROOT, "%nlog P(x_j | c), the features whose terms differ most between classes:%n"));
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s %12s", "feature", "value"));
        for (int c = 0; c < k; c++) {
            if (classCounts[c] > 0) {
                header.append(String.format(Locale.ROOT, " %" + Math.max(12, classWidth) + "s", classNames.get(c)));
            }
        }
        s.append(header).append('\n');
        for (int t = 0; t < shown; t++) {
            int j = order.get(t);
            s.append(String.format(Locale.ROOT, "%-" + width + "s %12s", columnNames.get(j), number(row[j])));
            for (int c = 0; c < k; c++) {
                if (classCounts[c] > 0) {
                    s.append(String.format(Locale.ROOT, " %" + Math.max(12, classWidth) + "s", number(terms[c][j])));
                }
            }
            s.append('\n');
        }
        int rest = p - shown;
        if (rest > 0) {
            s.append(String.format(Locale.ROOT, "(%d more feature%s: %d with smaller differences, %d with equal terms in every class)%n",
                    rest, rest == 1 ? "" : "s", order.size() - shown, p - order.size()));
        }
    }

    /** Four significant decimals, in scientific notation when small or large. */
    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e7) {
            return String.format(Locale.ROOT, "%.4f", v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
