package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.Transformer;
import io.github.classicml.core.internal.modelfile.FieldReader;
import io.github.classicml.core.internal.modelfile.FieldWriter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The model-file form of the fitted transformers: each model's statistics, checked on load against the
 * rules a fit obeys (finite statistics, positive scales, the neutral values a switched-off option
 * leaves, sorted distinct categories, indicator columns in range and increasing). The kNN imputer's
 * model is its training rows, so loading refits it on them: the checks are then literally the fit's.
 * A column transformer saves each part's model as a nested model; a part whose learner or model is
 * the caller's own code refuses to save, naming the part.
 */
final class PreprocessingFiles {

    /** The most output columns of a polynomial expansion, as its fit allows. */
    static final int MAX_POLYNOMIAL_TERMS = 1_000_000;

    private PreprocessingFiles() {
    }

    private static double[] columns(String name, double[] values, int p) {
        Check.that(values.length == p, () -> name + " must have one entry per column, " + p + ", got " + values.length);
        Check.allFinite(name, values);
        return values;
    }

    private static int width(double[] first, String name) {
        Check.notEmpty(name, first.length);
        return first.length;
    }

    private static void positive(String name, double[] values) {
        for (int j = 0; j < values.length; j++) {
            int entry = j;
            Check.that(values[j] > 0, () -> name + " must be > 0; entry " + entry + " is " + Check.format(values[entry]));
        }
    }

    private static void allEqual(String name, double[] values, double expected, String why) {
        for (int j = 0; j < values.length; j++) {
            int entry = j;
            Check.that(values[j] == expected, () -> name + " must be " + Check.format(expected) + " " + why
                    + "; entry " + entry + " is " + Check.format(values[entry]));
        }
    }

    /** Column indices strictly increasing in {@code [0, p)}. */
    private static int[] increasingColumns(String name, int[] columns, int p) {
        for (int k = 0; k < columns.length; k++) {
            int entry = k;
            Check.that(columns[k] >= 0 && columns[k] < p && (k == 0 || columns[k] > columns[k - 1]),
                    () -> name + " must be increasing column indices in [0, " + p + "); entry " + entry + " is "
                            + columns[entry]);
        }
        return columns;
    }

    // ---- scalers

    static void writeLearner(StandardScaler l, FieldWriter w) {
        w.flag("subtractMean", l.subtractMean());
        w.flag("divideByStd", l.divideByStd());
    }

    static StandardScaler readStandardScalerLearner(FieldReader r) {
        return new StandardScaler(r.flag("subtractMean"), r.flag("divideByStd"));
    }

    static void write(StandardScalerModel m, FieldWriter w) {
        w.doubles("shifts", m.shifts());
        w.doubles("scales", m.scales());
        w.doubles("means", m.means());
        w.doubles("variances", m.variances());
    }

    static StandardScalerModel read(StandardScaler learner, FieldReader r) {
        double[] scale = r.doubles("scales");
        int p = width(scale, "scales");
        columns("scales", scale, p);
        double[] shift = columns("shifts", r.doubles("shifts"), p);
        double[] mean = columns("means", r.doubles("means"), p);
        double[] variance = columns("variances", r.doubles("variances"), p);
        positive("scales", scale);
        for (int j = 0; j < p; j++) {
            int entry = j;
            Check.that(variance[j] >= 0, () -> "variances must be >= 0; entry " + entry + " is "
                    + Check.format(variance[entry]));
        }
        if (!learner.subtractMean()) {
            allEqual("shifts", shift, 0, "when the mean is not subtracted");
        }
        if (!learner.divideByStd()) {
            allEqual("scales", scale, 1, "when not dividing by the standard deviation");
        }
        return new StandardScalerModel(learner, shift, scale, mean, variance);
    }

    static void writeLearner(MinMaxScaler l, FieldWriter w) {
        w.number("rangeMin", l.rangeMin());
        w.number("rangeMax", l.rangeMax());
        w.flag("clip", l.clip());
    }

    static MinMaxScaler readMinMaxScalerLearner(FieldReader r) {
        return new MinMaxScaler(r.number("rangeMin"), r.number("rangeMax"), r.flag("clip"));
    }

    static void write(MinMaxScalerModel m, FieldWriter w) {
        w.doubles("dataMin", m.dataMin());
        w.doubles("dataMax", m.dataMax());
        w.doubles("scales", m.scales());
        w.doubles("offsets", m.offsets());
    }

    static MinMaxScalerModel read(MinMaxScaler learner, FieldReader r) {
        double[] min = r.doubles("dataMin");
        int p = width(min, "dataMin");
        columns("dataMin", min, p);
        double[] max = columns("dataMax", r.doubles("dataMax"), p);
        double[] scale = columns("scales", r.doubles("scales"), p);
        double[] offset = columns("offsets", r.doubles("offsets"), p);
        for (int j = 0; j < p; j++) {
            int entry = j;
            Check.that(min[j] <= max[j], () -> "dataMin must be <= dataMax; entry " + entry + " is "
                    + Check.format(min[entry]) + " > " + Check.format(max[entry]));
        }
        positive("scales", scale);
        return new MinMaxScalerModel(learner, min, max, scale, offset);
    }

    static MaxAbsScaler readMaxAbsScalerLearner(FieldReader r) {
        return MaxAbsScaler.of();
    }

    static void write(MaxAbsScalerModel m, FieldWriter w) {
        w.doubles("maxAbs", m.maxAbs());
        w.doubles("scales", m.scales());
    }

    static MaxAbsScalerModel read(MaxAbsScaler learner, FieldReader r) {
        double[] maxAbs = r.doubles("maxAbs");
        int p = width(maxAbs, "maxAbs");
        columns("maxAbs", maxAbs, p);
        double[] scale = columns("scales", r.doubles("scales"), p);
        for (int j = 0; j < p; j++) {
            int entry = j;
            Check.that(maxAbs[j] >= 0, () -> "maxAbs must be >= 0; entry " + entry + " is "
                    + Check.format(maxAbs[entry]));
        }
        positive("scales", scale);
        return new MaxAbsScalerModel(learner, maxAbs, scale);
    }

    static void writeLearner(RobustScaler l, FieldWriter w) {
        w.flag("centre", l.centre());
        w.flag("scale", l.scale());
        w.number("lowerQuantile", l.lowerQuantile());
        w.number("upperQuantile", l.upperQuantile());
    }

    static RobustScaler readRobustScalerLearner(FieldReader r) {
        return new RobustScaler(r.flag("centre"), r.flag("scale"), r.number("lowerQuantile"),
                r.number("upperQuantile"));
    }

    static void write(RobustScalerModel m, FieldWriter w) {
        w.doubles("centres", m.centres());
        w.doubles("scales", m.scales());
    }

    static RobustScalerModel read(RobustScaler learner, FieldReader r) {
        double[] centre = r.doubles("centres");
        int p = width(centre, "centres");
        columns("centres", centre, p);
        double[] scale = columns("scales", r.doubles("scales"), p);
        positive("scales", scale);
        if (!learner.centre()) {
            allEqual("centres", centre, 0, "when not centring");
        }
        if (!learner.scale()) {
            allEqual("scales", scale, 1, "when not scaling");
        }
        return new RobustScalerModel(learner, centre, scale);
    }

    // ---- imputers

    static void writeLearner(SimpleImputer l, FieldWriter w) {
        w.text("strategy", l.strategy().name());
        w.number("fillValue", l.fillValue());
        w.flag("addIndicator", l.addIndicator());
    }

    static SimpleImputer readSimpleImputerLearner(FieldReader r) {
        return new SimpleImputer(r.choice("strategy", SimpleImputer.Strategy.values()),
                r.number("fillValue"), r.flag("addIndicator"));
    }

    static void write(SimpleImputerModel m, FieldWriter w) {
        w.doubles("fillValues", m.fillValues());
        w.ints("indicatorColumns", m.indicatorColumns());
    }

    static SimpleImputerModel read(SimpleImputer learner, FieldReader r) {
        double[] fill = r.doubles("fillValues");
        int p = width(fill, "fillValues");
        columns("fillValues", fill, p);
        if (learner.strategy() == SimpleImputer.Strategy.CONSTANT) {
            allEqual("fillValues", fill, learner.fillValue(), "(the constant)");
        }
        int[] indicators = increasingColumns("indicatorColumns", r.ints("indicatorColumns"), p);
        Check.that(learner.addIndicator() || indicators.length == 0, () -> "indicatorColumns must be empty "
                + "without addIndicator, got " + indicators.length);
        return new SimpleImputerModel(learner, fill, indicators);
    }

    static void writeLearner(KnnImputer l, FieldWriter w) {
        w.integer("neighbours", l.neighbours());
        w.text("weighting", l.weighting().name());
        w.flag("addIndicator", l.addIndicator());
    }

    static KnnImputer readKnnImputerLearner(FieldReader r) {
        return new KnnImputer(r.intValue("neighbours"), r.choice("weighting", KnnImputer.Weighting.values()), r.flag("addIndicator"));
    }

    static void write(KnnImputerModel m, FieldWriter w) {
        w.integer("columns", m.columns());
        w.doubles("donors", m.donors());
    }

    /** The model is its donor rows: refitting on them gives the same means and indicators, by the fit's checks. */
    static KnnImputerModel read(KnnImputer learner, FieldReader r) {
        int p = Check.atLeast("columns", r.intValue("columns"), 1);
        double[] donors = r.doubles("donors");
        Check.that(donors.length > 0 && donors.length % p == 0, () -> "donors must hold whole rows of " + p
                + " columns, got " + donors.length + " values");
        return learner.fit(Dataset.ofRowMajor(donors, p));
    }

    // ---- encoders

    static void writeLearner(OneHotEncoder l, FieldWriter w) {
        w.text("drop", l.drop().name());
        w.text("unknown", l.unknown().name());
    }

    static OneHotEncoder readOneHotEncoderLearner(FieldReader r) {
        return new OneHotEncoder(r.choice("drop", OneHotEncoder.Drop.values()),
                r.choice("unknown", UnknownCategories.values()));
    }

    static void writeLearner(OrdinalEncoder l, FieldWriter w) {
        w.text("unknown", l.unknown().name());
        w.number("unknownValue", l.unknownValue());
    }

    static OrdinalEncoder readOrdinalEncoderLearner(FieldReader r) {
        return new OrdinalEncoder(r.choice("unknown", UnknownCategories.values()),
                r.number("unknownValue"));
    }

    /** Per column: whether it holds text, how many categories, then all labels and all numeric values. */
    static void write(CategoricalModel m, FieldWriter w) {
        int p = m.categories.length;
        int[] text = new int[p];
        int[] sizes = new int[p];
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            CategoryColumn c = m.categories[j];
            text[j] = c.text ? 1 : 0;
            sizes[j] = c.size();
            labels.addAll(c.labels());
            if (!c.text) {
                for (double v : c.values()) {
                    values.add(v);
                }
            }
        }
        w.ints("textColumns", text);
        w.ints("categoryCounts", sizes);
        w.texts("categories", labels);
        w.doubles("categoryValues", values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static CategoryColumn[] readCategories(FieldReader r) {
        int[] text = r.ints("textColumns");
        int p = text.length;
        Check.notEmpty("textColumns", p);
        int[] sizes = r.ints("categoryCounts");
        Check.sameLength("textColumns", p, "categoryCounts", sizes.length);
        List<String> labels = r.texts("categories");
        double[] values = r.doubles("categoryValues");
        long total = 0;
        long numeric = 0;
        for (int j = 0; j < p; j++) {
            int column = j;
            Check.that(text[j] == 0 || text[j] == 1, () -> "textColumns must be 0 or 1; entry " + column + " is "
                    + text[column]);
            Check.that(sizes[j] >= 1, () -> "categoryCounts must be >= 1; entry " + column + " is " + sizes[column]);
            total += sizes[j];
            numeric += text[j] == 0 ? sizes[j] : 0;
        }
        long labelCount = total;
        long valueCount = numeric;
        Check.that(labels.size() == labelCount, () -> "categories must hold the " + labelCount
                + " labels the counts add up to, got " + labels.size());
        Check.that(values.length == valueCount, () -> "categoryValues must hold the " + valueCount
                + " numeric categories, got " + values.length);
        CategoryColumn[] out = new CategoryColumn[p];
        int at = 0;
        int valueAt = 0;
        for (int j = 0; j < p; j++) {
            List<String> own = labels.subList(at, at + sizes[j]);
            double[] v = null;
            if (text[j] == 0) {
                v = java.util.Arrays.copyOfRange(values, valueAt, valueAt + sizes[j]);
                valueAt += sizes[j];
            }
            out[j] = CategoryColumn.restore(j, text[j] == 1, v, own);
            at += sizes[j];
        }
        return out;
    }

    static OneHotEncoderModel read(OneHotEncoder learner, FieldReader r) {
        return new OneHotEncoderModel(learner, readCategories(r));
    }

    static OrdinalEncoderModel read(OrdinalEncoder learner, FieldReader r) {
        return learner.checked(readCategories(r));
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
        Check.allFinite("explainedVariance", variance);
        for (int c = 0; c < k; c++) {
            int entry = c;
            Check.that(singular[c] >= 0 && variance[c] >= 0, () -> "singularValues and explainedVariance must be "
                    + ">= 0; entry " + entry + " is " + Check.format(singular[entry]) + " and "
                    + Check.format(variance[entry]));
            Check.that(ratio[c] >= 0 && ratio[c] <= 1, () -> "explainedVarianceRatio must be in [0, 1]; entry "
                    + entry + " is " + Check.format(ratio[entry]));
        }
        double noise = Check.finite("noiseVariance", r.number("noiseVariance"));
        Check.nonNegative("noiseVariance", noise);
        return new PcaModel(learner, mean, axes, k, singular, variance, ratio, noise);
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
        w.doubles("means", m.means());
        w.doubles("scales", m.scales());
    }

    static PowerTransformerModel read(PowerTransformer learner, FieldReader r) {
        return PowerTransformerModel.restore(learner, r.doubles("lambdas"), r.doubles("means"),
                r.doubles("scales"));
    }

    // ---- column transformer

    /**
     * The learner of a part as a library learner: an encoder or a nested column transformer as itself,
     * a numeric part ({@link TableLearner#numeric}) as the learner inside.
     *
     * @throws IllegalArgumentException naming the part when its learner is the caller's own
     */
    private static Learner<?> partLearner(ColumnTransformer.Part part) {
        TableLearner<?> l = part.learner();
        if (l instanceof TableLearner.NumericTableLearner<?> numeric) {
            return numeric.learner();
        }
        if (l instanceof OneHotEncoder || l instanceof OrdinalEncoder || l instanceof ColumnTransformer) {
            return (Learner<?>) l;
        }
        throw new IllegalArgumentException("part " + part.name() + " must have a library learner to save the column "
                + "transformer, got the caller's " + l.getClass().getName());
    }

    /** Per part: its name, its columns, whether it is numeric, and its learner as a nested learner. */
    static void writeLearner(ColumnTransformer l, FieldWriter w) {
        w.flag("keepRemainder", l.keepRemainder());
        List<String> names = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        int[] counts = new int[l.parts().size()];
        int[] numeric = new int[counts.length];
        FieldWriter learners = w.object("partLearners");
        for (int k = 0; k < counts.length; k++) {
            ColumnTransformer.Part part = l.parts().get(k);
            names.add(part.name());
            columns.addAll(part.columns());
            counts[k] = part.columns().size();
            numeric[k] = part.learner() instanceof TableLearner.NumericTableLearner<?> ? 1 : 0;
            Learner<?> inner = partLearner(part);
            try {
                learners.learner(Integer.toString(k), inner);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("part " + part.name() + " of the column transformer: "
                        + e.getMessage(), e);
            }
        }
        w.texts("partNames", names);
        w.ints("partColumnCounts", counts);
        w.texts("partColumns", columns);
        w.ints("numericParts", numeric);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static ColumnTransformer readColumnTransformerLearner(FieldReader r) {
        boolean keepRemainder = r.flag("keepRemainder");
        List<String> names = r.texts("partNames");
        Check.notEmpty("partNames", names.size());
        int[] counts = r.ints("partColumnCounts", names.size(), "one per part");
        int[] numeric = r.ints("numericParts", names.size(), "one per part");
        List<String> allColumns = r.texts("partColumns");
        long total = 0;
        for (int k = 0; k < counts.length; k++) {
            int entry = k;
            Check.that(counts[k] >= 1, () -> "partColumnCounts must be >= 1; entry " + entry + " is " + counts[entry]);
            Check.that(numeric[k] == 0 || numeric[k] == 1, () -> "numericParts must be 0 or 1; entry " + entry
                    + " is " + numeric[entry]);
            total += counts[k];
        }
        long expectedColumns = total;
        Check.that(allColumns.size() == expectedColumns, () -> "partColumns must hold the " + expectedColumns
                + " names the counts add up to, got " + allColumns.size());
        FieldReader learners = r.object("partLearners");
        List<ColumnTransformer.Part> parts = new ArrayList<>();
        int at = 0;
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            List<String> columns = allColumns.subList(at, at + counts[k]);
            at += counts[k];
            Learner<?> inner = learners.learner(Integer.toString(k), Learner.class);
            TableLearner<?> learner;
            if (numeric[k] == 1) {
                learner = TableLearner.numeric((Learner) inner);
            } else {
                Check.that(inner instanceof TableLearner<?>, () -> "part " + name + " must be an encoder or a column "
                        + "transformer unless numeric, got " + inner.getClass().getSimpleName());
                learner = (TableLearner<?>) inner;
            }
            parts.add(new ColumnTransformer.Part(name, learner, columns));
        }
        return new ColumnTransformer(parts, keepRemainder);
    }

    /** The part models: an encoder or nested column transformer as itself, a numeric part's transformer inside. */
    private static Model partModel(ColumnTransformer.Part part, TableTransformer model) {
        if (model instanceof NumericTableTransformer numeric) {
            return numeric.model();
        }
        if (model instanceof Model m) {
            return m;
        }
        throw new IllegalArgumentException("part " + part.name() + " must be a library transformer to save the "
                + "column transformer, got the caller's " + model.getClass().getName());
    }

    static void write(ColumnTransformerModel m, FieldWriter w) {
        List<Model> parts = new ArrayList<>();
        for (int k = 0; k < m.models().size(); k++) {
            ColumnTransformer.Part part = m.learner().parts().get(k);
            Model model = partModel(part, m.models().get(k));
            Learner<?> learner = partLearner(part);
            if (!learner.equals(model.learner())) {
                throw new IllegalArgumentException("part " + part.name() + " must be fitted by its learner " + learner
                        + ", but its model reports " + model.learner() + "; a learner of the caller's own cannot be "
                        + "saved");
            }
            parts.add(model);
        }
        w.texts("inputNames", m.inputNames());
        w.models("parts", parts);
        w.texts("remainder", m.remainder());
    }

    static ColumnTransformerModel read(ColumnTransformer learner, FieldReader r) {
        List<String> inputNames = r.columnNames("inputNames");
        Set<String> known = new HashSet<>(inputNames);
        List<Model> models = r.models("parts", Model.class);
        Check.sameLength("parts", learner.parts().size(), "fitted parts", models.size());
        List<TableTransformer> fitted = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int k = 0; k < models.size(); k++) {
            ColumnTransformer.Part part = learner.parts().get(k);
            for (String c : part.columns()) {
                Check.that(known.contains(c), () -> "part " + part.name() + " must take input columns, got \"" + c
                        + "\"");
                used.add(c);
            }
            Model model = models.get(k);
            Learner<?> expected = partLearner(part);
            Check.that(expected.equals(model.learner()), () -> "part " + part.name() + " must be fitted by "
                    + expected + ", got a model of " + model.learner());
            boolean numeric = part.learner() instanceof TableLearner.NumericTableLearner<?>;
            Check.that(numeric ? model instanceof Transformer : model instanceof TableTransformer, () -> "part "
                    + part.name() + " must be " + (numeric ? "a transformer" : "an encoder or a column transformer")
                    + ", got a " + model.getClass().getSimpleName());
            TableTransformer table = numeric ? new NumericTableTransformer((Transformer) model)
                    : (TableTransformer) model;
            Check.that(table.columns() == part.columns().size(), () -> "part " + part.name() + " must take its "
                    + part.columns().size() + " columns, got a model of " + table.columns());
            fitted.add(table);
        }
        List<String> remainder = r.texts("remainder");
        List<String> expected = new ArrayList<>();
        if (learner.keepRemainder()) {
            for (String c : inputNames) {
                if (!used.contains(c)) {
                    expected.add(c);
                }
            }
        }
        Check.that(remainder.equals(expected), () -> "remainder must be the input columns no part takes, "
                + expected.size() + " of them, got " + remainder.size());
        return new ColumnTransformerModel(learner, inputNames, fitted, remainder);
    }
}
