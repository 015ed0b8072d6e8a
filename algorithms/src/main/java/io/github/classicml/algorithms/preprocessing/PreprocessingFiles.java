package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.algorithms.internal.provisional.StateReader;
import io.github.classicml.algorithms.internal.provisional.StateWriter;
import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.Transformer;

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

    static <E extends Enum<E>> E constant(String name, String value, E[] constants) {
        for (E e : constants) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException(name + " must be one of " + List.of(constants) + ", got \"" + value + "\"");
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

    static void writeLearner(StandardScaler l, StateWriter w) {
        w.putBoolean("subtractMean", l.subtractMean());
        w.putBoolean("divideByStd", l.divideByStd());
    }

    static StandardScaler readStandardScalerLearner(StateReader r) {
        return new StandardScaler(r.getBoolean("subtractMean"), r.getBoolean("divideByStd"));
    }

    static void write(StandardScalerModel m, StateWriter w) {
        w.putDoubles("shifts", m.shifts());
        w.putDoubles("scales", m.scales());
        w.putDoubles("means", m.means());
        w.putDoubles("variances", m.variances());
    }

    static StandardScalerModel read(StandardScaler learner, StateReader r) {
        double[] scale = r.getDoubles("scales");
        int p = width(scale, "scales");
        columns("scales", scale, p);
        double[] shift = columns("shifts", r.getDoubles("shifts"), p);
        double[] mean = columns("means", r.getDoubles("means"), p);
        double[] variance = columns("variances", r.getDoubles("variances"), p);
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

    static void writeLearner(MinMaxScaler l, StateWriter w) {
        w.putDouble("rangeMin", l.rangeMin());
        w.putDouble("rangeMax", l.rangeMax());
        w.putBoolean("clip", l.clip());
    }

    static MinMaxScaler readMinMaxScalerLearner(StateReader r) {
        return new MinMaxScaler(r.getDouble("rangeMin"), r.getDouble("rangeMax"), r.getBoolean("clip"));
    }

    static void write(MinMaxScalerModel m, StateWriter w) {
        w.putDoubles("dataMin", m.dataMin());
        w.putDoubles("dataMax", m.dataMax());
        w.putDoubles("scales", m.scales());
        w.putDoubles("offsets", m.offsets());
    }

    static MinMaxScalerModel read(MinMaxScaler learner, StateReader r) {
        double[] min = r.getDoubles("dataMin");
        int p = width(min, "dataMin");
        columns("dataMin", min, p);
        double[] max = columns("dataMax", r.getDoubles("dataMax"), p);
        double[] scale = columns("scales", r.getDoubles("scales"), p);
        double[] offset = columns("offsets", r.getDoubles("offsets"), p);
        for (int j = 0; j < p; j++) {
            int entry = j;
            Check.that(min[j] <= max[j], () -> "dataMin must be <= dataMax; entry " + entry + " is "
                    + Check.format(min[entry]) + " > " + Check.format(max[entry]));
        }
        positive("scales", scale);
        return new MinMaxScalerModel(learner, min, max, scale, offset);
    }

    static MaxAbsScaler readMaxAbsScalerLearner(StateReader r) {
        return MaxAbsScaler.of();
    }

    static void write(MaxAbsScalerModel m, StateWriter w) {
        w.putDoubles("maxAbs", m.maxAbs());
        w.putDoubles("scales", m.scales());
    }

    static MaxAbsScalerModel read(MaxAbsScaler learner, StateReader r) {
        double[] maxAbs = r.getDoubles("maxAbs");
        int p = width(maxAbs, "maxAbs");
        columns("maxAbs", maxAbs, p);
        double[] scale = columns("scales", r.getDoubles("scales"), p);
        for (int j = 0; j < p; j++) {
            int entry = j;
            Check.that(maxAbs[j] >= 0, () -> "maxAbs must be >= 0; entry " + entry + " is "
                    + Check.format(maxAbs[entry]));
        }
        positive("scales", scale);
        return new MaxAbsScalerModel(learner, maxAbs, scale);
    }

    static void writeLearner(RobustScaler l, StateWriter w) {
        w.putBoolean("centre", l.centre());
        w.putBoolean("scale", l.scale());
        w.putDouble("lowerQuantile", l.lowerQuantile());
        w.putDouble("upperQuantile", l.upperQuantile());
    }

    static RobustScaler readRobustScalerLearner(StateReader r) {
        return new RobustScaler(r.getBoolean("centre"), r.getBoolean("scale"), r.getDouble("lowerQuantile"),
                r.getDouble("upperQuantile"));
    }

    static void write(RobustScalerModel m, StateWriter w) {
        w.putDoubles("centres", m.centres());
        w.putDoubles("scales", m.scales());
    }

    static RobustScalerModel read(RobustScaler learner, StateReader r) {
        double[] centre = r.getDoubles("centres");
        int p = width(centre, "centres");
        columns("centres", centre, p);
        double[] scale = columns("scales", r.getDoubles("scales"), p);
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

    static void writeLearner(SimpleImputer l, StateWriter w) {
        w.putString("strategy", l.strategy().name());
        w.putDouble("fillValue", l.fillValue());
        w.putBoolean("addIndicator", l.addIndicator());
    }

    static SimpleImputer readSimpleImputerLearner(StateReader r) {
        return new SimpleImputer(constant("strategy", r.getString("strategy"), SimpleImputer.Strategy.values()),
                r.getDouble("fillValue"), r.getBoolean("addIndicator"));
    }

    static void write(SimpleImputerModel m, StateWriter w) {
        w.putDoubles("fillValues", m.fillValues());
        w.putInts("indicatorColumns", m.indicatorColumns());
    }

    static SimpleImputerModel read(SimpleImputer learner, StateReader r) {
        double[] fill = r.getDoubles("fillValues");
        int p = width(fill, "fillValues");
        columns("fillValues", fill, p);
        if (learner.strategy() == SimpleImputer.Strategy.CONSTANT) {
            allEqual("fillValues", fill, learner.fillValue(), "(the constant)");
        }
        int[] indicators = increasingColumns("indicatorColumns", r.getInts("indicatorColumns"), p);
        Check.that(learner.addIndicator() || indicators.length == 0, () -> "indicatorColumns must be empty "
                + "without addIndicator, got " + indicators.length);
        return new SimpleImputerModel(learner, fill, indicators);
    }

    static void writeLearner(KnnImputer l, StateWriter w) {
        w.putInt("neighbours", l.neighbours());
        w.putString("weighting", l.weighting().name());
        w.putBoolean("addIndicator", l.addIndicator());
    }

    static KnnImputer readKnnImputerLearner(StateReader r) {
        return new KnnImputer(r.getInt("neighbours"), constant("weighting", r.getString("weighting"),
                KnnImputer.Weighting.values()), r.getBoolean("addIndicator"));
    }

    static void write(KnnImputerModel m, StateWriter w) {
        w.putInt("columns", m.columns());
        w.putDoubles("donors", m.donors());
    }

    /** The model is its donor rows: refitting on them gives the same means and indicators, by the fit's checks. */
    static KnnImputerModel read(KnnImputer learner, StateReader r) {
        int p = Check.atLeast("columns", r.getInt("columns"), 1);
        double[] donors = r.getDoubles("donors");
        Check.that(donors.length > 0 && donors.length % p == 0, () -> "donors must hold whole rows of " + p
                + " columns, got " + donors.length + " values");
        return learner.fit(Dataset.ofRowMajor(donors, p));
    }

    // ---- encoders

    static void writeLearner(OneHotEncoder l, StateWriter w) {
        w.putString("drop", l.drop().name());
        w.putString("unknown", l.unknown().name());
    }

    static OneHotEncoder readOneHotEncoderLearner(StateReader r) {
        return new OneHotEncoder(constant("drop", r.getString("drop"), OneHotEncoder.Drop.values()),
                constant("unknown", r.getString("unknown"), UnknownCategories.values()));
    }

    static void writeLearner(OrdinalEncoder l, StateWriter w) {
        w.putString("unknown", l.unknown().name());
        w.putDouble("unknownValue", l.unknownValue());
    }

    static OrdinalEncoder readOrdinalEncoderLearner(StateReader r) {
        return new OrdinalEncoder(constant("unknown", r.getString("unknown"), UnknownCategories.values()),
                r.getDouble("unknownValue"));
    }

    /** Per column: whether it holds text, how many categories, then all labels and all numeric values. */
    static void write(CategoricalModel m, StateWriter w) {
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
        w.putInts("textColumns", text);
        w.putInts("categoryCounts", sizes);
        w.putStrings("categories", labels);
        w.putDoubles("categoryValues", values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static CategoryColumn[] readCategories(StateReader r) {
        int[] text = r.getInts("textColumns");
        int p = text.length;
        Check.notEmpty("textColumns", p);
        int[] sizes = r.getInts("categoryCounts");
        Check.sameLength("textColumns", p, "categoryCounts", sizes.length);
        List<String> labels = r.getStrings("categories");
        double[] values = r.getDoubles("categoryValues");
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

    static OneHotEncoderModel read(OneHotEncoder learner, StateReader r) {
        return new OneHotEncoderModel(learner, readCategories(r));
    }

    static OrdinalEncoderModel read(OrdinalEncoder learner, StateReader r) {
        return learner.checked(readCategories(r));
    }

    // ---- projections and expansions

    static void writeLearner(Pca l, StateWriter w) {
        w.putInt("components", l.components());
        w.putDouble("varianceToKeep", l.varianceToKeep());
        w.putBoolean("whiten", l.whiten());
    }

    static Pca readPcaLearner(StateReader r) {
        return new Pca(r.getInt("components"), r.getDouble("varianceToKeep"), r.getBoolean("whiten"));
    }

    static void write(PcaModel m, StateWriter w) {
        w.putDoubles("means", m.means());
        double[][] c = m.components();
        double[] axes = new double[c.length * m.columns()];
        for (int k = 0; k < c.length; k++) {
            System.arraycopy(c[k], 0, axes, k * m.columns(), m.columns());
        }
        w.putDoubles("components", axes);
        w.putDoubles("singularValues", m.singularValues());
        w.putDoubles("explainedVariance", m.explainedVariance());
        w.putDoubles("explainedVarianceRatio", m.explainedVarianceRatio());
        w.putDouble("noiseVariance", m.noiseVariance());
    }

    static PcaModel read(Pca learner, StateReader r) {
        double[] mean = r.getDoubles("means");
        int p = width(mean, "means");
        columns("means", mean, p);
        double[] singular = r.getDoubles("singularValues");
        int k = singular.length;
        Check.that(k >= 1 && k <= p, () -> "singularValues must have 1 to " + p + " entries, got " + k);
        Check.that(learner.components() == 0 || learner.components() == k, () -> "singularValues must have the "
                + learner.components() + " components asked for, got " + k);
        double[] axes = r.getDoubles("components");
        Check.that((long) k * p == axes.length, () -> "components must have " + k + " rows of " + p
                + " entries, got " + axes.length);
        Check.allFinite("components", axes);
        double[] variance = r.getDoubles("explainedVariance");
        double[] ratio = r.getDoubles("explainedVarianceRatio");
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
        double noise = Check.finite("noiseVariance", r.getDouble("noiseVariance"));
        Check.nonNegative("noiseVariance", noise);
        return new PcaModel(learner, mean, axes, k, singular, variance, ratio, noise);
    }

    static void writeLearner(PolynomialFeatures l, StateWriter w) {
        w.putInt("degree", l.degree());
        w.putBoolean("interactionOnly", l.interactionOnly());
        w.putBoolean("includeBias", l.includeBias());
    }

    static PolynomialFeatures readPolynomialFeaturesLearner(StateReader r) {
        return new PolynomialFeatures(r.getInt("degree"), r.getBoolean("interactionOnly"), r.getBoolean("includeBias"));
    }

    static void write(PolynomialFeaturesModel m, StateWriter w) {
        w.putInt("columns", m.columns());
    }

    /** The terms follow from the learner and the width; their number is bounded before any is built. */
    static PolynomialFeaturesModel read(PolynomialFeatures learner, StateReader r) {
        int p = r.getInt("columns");
        Check.that(p >= 1 && p <= MAX_POLYNOMIAL_TERMS, () -> "columns must be in [1, " + MAX_POLYNOMIAL_TERMS
                + "], got " + p);
        long terms = termCount(p, learner.degree(), learner.interactionOnly(), learner.includeBias());
        Check.that(terms <= MAX_POLYNOMIAL_TERMS, () -> "degree " + learner.degree() + " on " + p
                + " columns must give at most 10^6 output columns, got more");
        return learner.model(p);
    }

    /** The number of output columns, or {@code MAX_POLYNOMIAL_TERMS + 1} once it passes the limit. */
    static long termCount(int p, int degree, boolean interactionOnly, boolean includeBias) {
        long total = includeBias ? 1 : 0;
        long ofDegree = 1;
        for (int d = 1; d <= degree; d++) {
            // C(p + d - 1, d) monomials of degree d, or C(p, d) products of distinct columns
            long top = interactionOnly ? p - d + 1 : (long) p + d - 1;
            if (top <= 0) {
                break;
            }
            ofDegree = ofDegree * top / d;
            total += ofDegree;
            if (total > MAX_POLYNOMIAL_TERMS) {
                return MAX_POLYNOMIAL_TERMS + 1L;
            }
        }
        return total;
    }

    static void writeLearner(CorrelationFilter l, StateWriter w) {
        w.putDouble("threshold", l.threshold());
    }

    static CorrelationFilter readCorrelationFilterLearner(StateReader r) {
        return new CorrelationFilter(r.getDouble("threshold"));
    }

    static void write(CorrelationFilterModel m, StateWriter w) {
        w.putInt("columns", m.columns());
        w.putInts("keptColumns", m.keptColumns());
    }

    static CorrelationFilterModel read(CorrelationFilter learner, StateReader r) {
        int p = Check.atLeast("columns", r.getInt("columns"), 1);
        int[] keep = increasingColumns("keptColumns", r.getInts("keptColumns"), p);
        Check.that(keep.length >= 1 && keep[0] == 0, () -> "keptColumns must start with column 0, which is never "
                + "dropped, got " + java.util.Arrays.toString(java.util.Arrays.copyOf(keep, Math.min(keep.length, 5))));
        return new CorrelationFilterModel(learner, p, keep);
    }

    static void writeLearner(PowerTransformer l, StateWriter w) {
        w.putString("method", l instanceof BoxCox ? "boxCox" : "yeoJohnson");
        w.putBoolean("standardize", l.standardize());
    }

    static PowerTransformer readPowerTransformerLearner(StateReader r) {
        String method = r.getString("method");
        boolean standardize = r.getBoolean("standardize");
        return switch (method) {
            case "boxCox" -> new BoxCox(standardize);
            case "yeoJohnson" -> new YeoJohnson(standardize);
            default -> throw new IllegalArgumentException("method must be boxCox or yeoJohnson, got \"" + method + "\"");
        };
    }

    static void write(PowerTransformerModel m, StateWriter w) {
        w.putDoubles("lambdas", m.lambdas());
        w.putDoubles("means", m.means());
        w.putDoubles("scales", m.scales());
    }

    static PowerTransformerModel read(PowerTransformer learner, StateReader r) {
        return PowerTransformerModel.restore(learner, r.getDoubles("lambdas"), r.getDoubles("means"),
                r.getDoubles("scales"));
    }

    // ---- column transformer

    static void writeLearner(ColumnTransformer l, StateWriter w) {
        w.putBoolean("keepRemainder", l.keepRemainder());
        List<String> names = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        int[] counts = new int[l.parts().size()];
        for (int k = 0; k < counts.length; k++) {
            ColumnTransformer.Part part = l.parts().get(k);
            names.add(part.name());
            columns.addAll(part.columns());
            counts[k] = part.columns().size();
        }
        w.putStrings("partNames", names);
        w.putInts("partColumnCounts", counts);
        w.putStrings("partColumns", columns);
    }

    /**
     * The part models to save: the encoders and nested column transformers as themselves, a numeric
     * part as the transformer inside it.
     *
     * @throws IllegalArgumentException naming the first part whose learner or model is not a library type
     */
    static List<Model> savableParts(ColumnTransformerModel m) {
        List<Model> out = new ArrayList<>();
        for (int k = 0; k < m.models().size(); k++) {
            ColumnTransformer.Part part = m.learner().parts().get(k);
            TableTransformer model = m.models().get(k);
            Model saved;
            Learner<?> learner;
            Object expected;
            if (model instanceof NumericTableTransformer numeric) {
                saved = numeric.model();
                learner = saved.learner();
                expected = part.learner() instanceof TableLearner.NumericTableLearner<?> n ? n.learner() : null;
            } else if (model instanceof OneHotEncoderModel || model instanceof OrdinalEncoderModel
                    || model instanceof ColumnTransformerModel) {
                saved = (Model) model;
                learner = saved.learner();
                expected = part.learner();
            } else {
                throw new IllegalArgumentException("part " + part.name() + " must be a library transformer to save "
                        + "the column transformer, got the caller's " + model.getClass().getName());
            }
            if (!learner.equals(expected)) {
                throw new IllegalArgumentException("part " + part.name() + " must have a library learner to save the "
                        + "column transformer, got the caller's " + part.learner().getClass().getName());
            }
            out.add(saved);
        }
        return out;
    }

    static void write(ColumnTransformerModel m, StateWriter w) {
        List<Model> parts = savableParts(m);
        int[] numeric = new int[parts.size()];
        for (int k = 0; k < numeric.length; k++) {
            numeric[k] = m.models().get(k) instanceof NumericTableTransformer ? 1 : 0;
        }
        w.putStrings("inputNames", m.inputNames());
        w.putInts("numericParts", numeric);
        w.putModels("parts", parts);
        w.putStrings("remainder", m.remainder());
    }

    static ColumnTransformerModel readColumnTransformer(StateReader learnerFields, StateReader r) {
        boolean keepRemainder = learnerFields.getBoolean("keepRemainder");
        List<String> names = learnerFields.getStrings("partNames");
        int[] counts = learnerFields.getInts("partColumnCounts");
        List<String> allColumns = learnerFields.getStrings("partColumns");
        Check.notEmpty("partNames", names.size());
        Check.sameLength("partNames", names.size(), "partColumnCounts", counts.length);
        long total = 0;
        for (int k = 0; k < counts.length; k++) {
            int entry = k;
            Check.that(counts[k] >= 1, () -> "partColumnCounts must be >= 1; entry " + entry + " is " + counts[entry]);
            total += counts[k];
        }
        long expectedColumns = total;
        Check.that(allColumns.size() == expectedColumns, () -> "partColumns must hold the " + expectedColumns
                + " names the counts add up to, got " + allColumns.size());
        List<String> inputNames = Dataset.ofRowMajor(new double[0], Math.max(1, r.getStrings("inputNames").size()))
                .withColumnNames(r.getStrings("inputNames")).columnNames();
        Set<String> known = new HashSet<>(inputNames);
        int[] numeric = r.getInts("numericParts");
        List<Model> models = r.getModels("parts", Model.class);
        Check.sameLength("partNames", names.size(), "numericParts", numeric.length);
        Check.sameLength("partNames", names.size(), "parts", models.size());
        List<ColumnTransformer.Part> parts = new ArrayList<>();
        List<TableTransformer> fitted = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int at = 0;
        for (int k = 0; k < names.size(); k++) {
            List<String> columns = List.copyOf(allColumns.subList(at, at + counts[k]));
            at += counts[k];
            String name = names.get(k);
            for (String c : columns) {
                Check.that(known.contains(c), () -> "part " + name + " must take input columns, got \"" + c + "\"");
                used.add(c);
            }
            Model model = models.get(k);
            TableLearner<?> learner;
            TableTransformer table;
            int flag = numeric[k];
            if (flag == 1) {
                Check.that(model instanceof Transformer, () -> "part " + name + " must be a transformer, got "
                        + model.getClass().getSimpleName());
                Transformer t = (Transformer) model;
                learner = numericLearner(t.learner());
                table = new NumericTableTransformer(t);
            } else {
                Check.that(flag == 0, () -> "numericParts must be 0 or 1; part " + name + " has " + flag);
                Check.that(model instanceof OneHotEncoderModel || model instanceof OrdinalEncoderModel
                        || model instanceof ColumnTransformerModel, () -> "part " + name + " must be an encoder or a "
                        + "column transformer, got " + model.getClass().getSimpleName());
                learner = (TableLearner<?>) model.learner();
                table = (TableTransformer) model;
            }
            Check.that(table.columns() == columns.size(), () -> "part " + name + " must take its " + columns.size()
                    + " columns, got a model of " + table.columns());
            parts.add(new ColumnTransformer.Part(name, learner, columns));
            fitted.add(table);
        }
        ColumnTransformer learner = new ColumnTransformer(parts, keepRemainder);
        List<String> remainder = r.getStrings("remainder");
        List<String> expected = new ArrayList<>();
        if (keepRemainder) {
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TableLearner<?> numericLearner(Learner<?> learner) {
        return TableLearner.numeric((Learner) learner);
    }
}
