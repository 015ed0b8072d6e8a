package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.internal.modelfile.FieldReader;
import io.github.classicml.core.internal.modelfile.FieldWriter;

import static io.github.classicml.algorithms.preprocessing.PreprocessingFiles.columns;
import static io.github.classicml.algorithms.preprocessing.PreprocessingFiles.increasingColumns;
import static io.github.classicml.algorithms.preprocessing.PreprocessingFiles.width;

/**
 * The model-file form of PCA, polynomial features, the correlation filter and the power transforms.
 * Polynomial features store their terms although they follow from the learner and the width, so that
 * what a load allocates stays proportional to the file; each stored term must be the one the fit
 * enumerates next.
 */
final class ProjectionFiles {

    /** The most output columns of a polynomial expansion, as its fit allows. */
    static final int MAX_POLYNOMIAL_TERMS = PolynomialFeatures.MAX_OUTPUTS;

    private ProjectionFiles() {
    }

    // ---- projections and expansions

    static void writeLearner(Pca l, FieldWriter w) {
        w.integer("components", l.components());
        w.number("varianceToKeep", l.varianceToKeep());
        w.flag("whiten", l.whiten());
    }

    static Pca readPcaLearner(FieldReader r) {
        return new Pca(r.intValue("components"), r.number("varianceToKeep"), r.flag("whiten"));
    }

    static void write(PcaModel m, FieldWriter w) {
        w.doubles("means", m.means());
        double[][] c = m.components();
        double[] axes = new double[c.length * m.columns()];
        for (int k = 0; k < c.length; k++) {
            System.arraycopy(c[k], 0, axes, k * m.columns(), m.columns());
        }
        w.doubles("components", axes);
        w.doubles("singularValues", m.singularValues());
        w.doubles("explainedVariance", m.explainedVariance());
        w.doubles("explainedVarianceRatio", m.explainedVarianceRatio());
        w.number("noiseVariance", m.noiseVariance());
        // the whitening divisors follow from the variances unless those overflowed (data beyond about
        // 1e154, fitted in scaled units): only then are they stored, so ordinary files stay as version 1 wrote them
        double[] divisors = m.divisors();
        if (!java.util.Arrays.equals(divisors, derivedDivisors(m.learner(), m.explainedVariance()))) {
            w.doubles("divisors", divisors);
        }
    }

    /** @return {@code sqrt(variance)} per component when whitening (1 for a zero variance), else 1 */
    private static double[] derivedDivisors(Pca learner, double[] variance) {
        double[] out = new double[variance.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = learner.whiten() && variance[c] > 0 ? Math.sqrt(variance[c]) : 1.0;
        }
        return out;
    }

    static PcaModel read(Pca learner, FieldReader r) {
        double[] mean = r.doubles("means");
        int p = width(mean, "means");
        columns("means", mean, p);
        double[] singular = r.doubles("singularValues");
        int k = singular.length;
        Check.that(k >= 1 && k <= p, () -> "singularValues must have 1 to " + p + " entries, got " + k);
        Check.that(learner.components() == 0 || learner.components() == k, () -> "singularValues must have the "
                + learner.components() + " components asked for, got " + k);
        double[] axes = r.doubles("components");
        Check.that((long) k * p == axes.length, () -> "components must have " + k + " rows of " + p
                + " entries, got " + axes.length);
        Check.allFinite("components", axes);
        double[] variance = r.doubles("explainedVariance");
        double[] ratio = r.doubles("explainedVarianceRatio");
        Check.sameLength("singularValues", k, "explainedVariance", variance.length);
        Check.sameLength("singularValues", k, "explainedVarianceRatio", ratio.length);
        Check.allFinite("singularValues", singular);
        // a variance may be +Infinity: beyond about 1e154 the data's variance overflows (the model, fitted
        // in scaled units, is still exact; the getter documents it)
        for (int c = 0; c < k; c++) {
            int entry = c;
            Check.that(singular[c] >= 0 && variance[c] >= 0 && !Double.isNaN(variance[c]), () -> "singularValues and explainedVariance must be "
                    + ">= 0; entry " + entry + " is " + Check.format(singular[entry]) + " and "
                    + Check.format(variance[entry]));
            Check.that(ratio[c] >= 0 && ratio[c] <= 1, () -> "explainedVarianceRatio must be in [0, 1]; entry "
                    + entry + " is " + Check.format(ratio[entry]));
        }
        double noise = r.number("noiseVariance");
        Check.that(noise >= 0, () -> "noiseVariance must be >= 0, got " + Check.format(noise));
        double[] divisors = r.has("divisors") ? r.doubles("divisors") : derivedDivisors(learner, variance);
        Check.sameLength("singularValues", k, "divisors", divisors.length);
        for (int c = 0; c < k; c++) {
            int entry = c;
            Check.that(divisors[c] > 0 && Double.isFinite(divisors[c]), () -> "divisors must be > 0 and finite; entry "
                    + entry + " is " + Check.format(divisors[entry]));
        }
        return new PcaModel(learner, mean, axes, k, singular, variance, ratio, noise, divisors);
    }

    static void writeLearner(PolynomialFeatures l, FieldWriter w) {
        w.integer("degree", l.degree());
        w.flag("interactionOnly", l.interactionOnly());
        w.flag("includeBias", l.includeBias());
    }

    static PolynomialFeatures readPolynomialFeaturesLearner(FieldReader r) {
        return new PolynomialFeatures(r.intValue("degree"), r.flag("interactionOnly"), r.flag("includeBias"));
    }

    static void write(PolynomialFeaturesModel m, FieldWriter w) {
        w.integer("columns", m.columns());
        int[][] terms = m.terms();
        int[] lengths = new int[terms.length];
        int total = 0;
        for (int t = 0; t < terms.length; t++) {
            lengths[t] = terms[t].length;
            total += lengths[t];
        }
        int[] flat = new int[total];
        int at = 0;
        for (int[] term : terms) {
            System.arraycopy(term, 0, flat, at, term.length);
            at += term.length;
        }
        w.ints("termLengths", lengths);
        w.ints("terms", flat);
    }

    /**
     * The terms are stored (as the column indices multiplied in each) rather than regenerated from the
     * width, so that what loading allocates is bounded by the file; each must be the one the fit
     * enumerates next, and the list must end where the enumeration ends.
     */
    static PolynomialFeaturesModel read(PolynomialFeatures learner, FieldReader r) {
        int p = Check.atLeast("columns", r.intValue("columns"), 1);
        int[] lengths = r.ints("termLengths");
        int[] flat = r.ints("terms");
        Check.that(lengths.length >= 1 && lengths.length <= MAX_POLYNOMIAL_TERMS, () -> "termLengths must list 1 to "
                + MAX_POLYNOMIAL_TERMS + " output columns, got " + lengths.length);
        long total = 0;
        for (int t = 0; t < lengths.length; t++) {
            int entry = t;
            Check.that(lengths[t] >= 0 && lengths[t] <= learner.degree(), () -> "termLengths must be in [0, "
                    + learner.degree() + "] (the degree); entry " + entry + " is " + lengths[entry]);
            total += lengths[t];
        }
        long expected = total;
        Check.that(expected <= PolynomialFeatures.MAX_TERM_ENTRIES, () -> "termLengths must add up to at most "
                + PolynomialFeatures.MAX_TERM_ENTRIES + " column indices (PolynomialFeatures.MAX_TERM_ENTRIES), as a "
                + "fit allows, got " + expected);
        Check.that(flat.length == expected, () -> "terms must hold the " + expected
                + " column indices the lengths add up to, got " + flat.length);
        int[][] terms = new int[lengths.length][];
        int at = 0;
        int[] next = learner.includeBias() ? new int[0] : firstTerm(1, p, learner.interactionOnly());
        for (int t = 0; t < terms.length; t++) {
            terms[t] = java.util.Arrays.copyOfRange(flat, at, at + lengths[t]);
            at += lengths[t];
            int[] want = next;
            int entry = t;
            Check.that(java.util.Arrays.equals(terms[t], want), () -> "terms must be the products of degree <= "
                    + learner.degree() + " of " + p + " columns in the fit's order; term " + entry + " is "
                    + shown(terms[entry]) + ", expected " + (want == null ? "none" : shown(want)));
            next = nextTerm(terms[t], p, learner.degree(), learner.interactionOnly());
        }
        int[] missing = next;
        Check.that(missing == null, () -> "terms must list every product of degree <= " + learner.degree() + " of "
                + p + " columns; " + shown(missing) + " is missing after term " + (terms.length - 1));
        return new PolynomialFeaturesModel(learner, p, terms);
    }

    /** The first product of degree d in the fit's order, null when there is none (distinct columns, d > p). */
    private static int[] firstTerm(int d, int p, boolean interactionOnly) {
        if (interactionOnly && d > p) {
            return null;
        }
        int[] term = new int[d];
        for (int k = 0; k < d; k++) {
            term[k] = interactionOnly ? k : 0;
        }
        return term;
    }

    /**
     * The product after {@code term} in the order {@link PolynomialFeatures} enumerates them (by degree,
     * then lexicographically over non-decreasing, or for interactions increasing, column indices), null
     * after the last.
     */
    static int[] nextTerm(int[] term, int p, int degree, boolean interactionOnly) {
        int d = term.length;
        for (int i = d - 1; i >= 0; i--) {
            int limit = interactionOnly ? p - (d - i) : p - 1;
            if (term[i] < limit) {
                int[] next = term.clone();
                next[i]++;
                for (int k = i + 1; k < d; k++) {
                    next[k] = interactionOnly ? next[k - 1] + 1 : next[k - 1];
                }
                return next;
            }
        }
        return d < degree ? firstTerm(d + 1, p, interactionOnly) : null;
    }

    private static String shown(int[] term) {
        return term.length <= 10 ? java.util.Arrays.toString(term)
                : java.util.Arrays.toString(java.util.Arrays.copyOf(term, 10)).replace("]", ", ...]");
    }

    static void writeLearner(CorrelationFilter l, FieldWriter w) {
        w.number("threshold", l.threshold());
    }

    static CorrelationFilter readCorrelationFilterLearner(FieldReader r) {
        return new CorrelationFilter(r.number("threshold"));
    }

    static void write(CorrelationFilterModel m, FieldWriter w) {
        w.integer("columns", m.columns());
        w.ints("keptColumns", m.keptColumns());
    }

    static CorrelationFilterModel read(CorrelationFilter learner, FieldReader r) {
        int p = Check.atLeast("columns", r.intValue("columns"), 1);
        int[] keep = increasingColumns("keptColumns", r.ints("keptColumns"), p);
        Check.that(keep.length >= 1 && keep[0] == 0, () -> "keptColumns must start with column 0, which is never "
                + "dropped, got " + java.util.Arrays.toString(java.util.Arrays.copyOf(keep, Math.min(keep.length, 5))));
        return new CorrelationFilterModel(learner, p, keep);
    }

    static void writeLearner(PowerTransformer l, FieldWriter w) {
        w.text("method", l instanceof BoxCox ? "boxCox" : "yeoJohnson");
        w.flag("standardize", l.standardize());
    }

    static PowerTransformer readPowerTransformerLearner(FieldReader r) {
        String method = r.text("method");
        boolean standardize = r.flag("standardize");
        return switch (method) {
            case "boxCox" -> new BoxCox(standardize);
            case "yeoJohnson" -> new YeoJohnson(standardize);
            default -> throw new IllegalArgumentException("method must be boxCox or yeoJohnson, got \"" + method + "\"");
        };
    }

    static void write(PowerTransformerModel m, FieldWriter w) {
        w.doubles("lambdas", m.lambdas());
        // units other than 1 come only from Box-Cox columns that would lose their rows to rounding: stored
        // only then, so that ordinary files stay as version 1 wrote them
        double[] units = m.units();
        if (java.util.Arrays.stream(units).anyMatch(u -> u != 1)) {
            w.doubles("units", units);
        }
        w.doubles("means", m.means());
        w.doubles("scales", m.scales());
    }

    static PowerTransformerModel read(PowerTransformer learner, FieldReader r) {
        double[] lambdas = r.doubles("lambdas");
        double[] units;
        if (r.has("units")) {
            units = r.doubles("units");
        } else {
            units = new double[lambdas.length];
            java.util.Arrays.fill(units, 1.0);
        }
        return PowerTransformerModel.restore(learner, lambdas, units, r.doubles("means"), r.doubles("scales"));
    }
}
