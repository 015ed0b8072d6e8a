package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.internal.modelfile.FieldReader;
import io.github.classicml.core.internal.modelfile.FieldWriter;

/**
 * The model-file form of the scalers and imputers, and the checks every preprocessing codec shares:
 * statistics finite, scales positive, the neutral values a switched-off option leaves, column indices
 * increasing and in range. The kNN imputer's model is its training rows, so loading refits it on them:
 * the checks are then literally the fit's. The encoders and the column transformer are in
 * {@link EncoderFiles}, the projections and expansions in {@link ProjectionFiles}.
 */
final class PreprocessingFiles {

    private PreprocessingFiles() {
    }

    static double[] columns(String name, double[] values, int p) {
        Check.that(values.length == p, () -> name + " must have one entry per column, " + p + ", got " + values.length);
        Check.allFinite(name, values);
        return values;
    }

    static int width(double[] first, String name) {
        Check.notEmpty(name, first.length);
        return first.length;
    }

    static void positive(String name, double[] values) {
        for (int j = 0; j < values.length; j++) {
            int entry = j;
            Check.that(values[j] > 0, () -> name + " must be > 0; entry " + entry + " is " + Check.format(values[entry]));
        }
    }

    static void sameBits(String name, double[] stored, double[] derived) {
        for (int j = 0; j < stored.length; j++) {
            int entry = j;
            Check.that(Double.doubleToLongBits(stored[j]) == Double.doubleToLongBits(derived[j]), () -> name
                    + " must be what dataMin, dataMax and the range give; entry " + entry + " is "
                    + Check.format(stored[entry]) + ", expected " + Check.format(derived[entry]));
        }
    }

    static void allEqual(String name, double[] values, double expected, String why) {
        for (int j = 0; j < values.length; j++) {
            int entry = j;
            Check.that(values[j] == expected, () -> name + " must be " + Check.format(expected) + " " + why
                    + "; entry " + entry + " is " + Check.format(values[entry]));
        }
    }

    /** Column indices strictly increasing in {@code [0, p)}. */
    static int[] increasingColumns(String name, int[] columns, int p) {
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
        // scales and offsets may be infinite (a target range wider than the double range, a subnormal
        // spread); they are checked below against what the minima and maxima give
        double[] scale = r.doubles("scales");
        double[] offset = r.doubles("offsets");
        Check.that(scale.length == p, () -> "scales must have one entry per column, " + p + ", got " + scale.length);
        Check.that(offset.length == p, () -> "offsets must have one entry per column, " + p + ", got " + offset.length);
        for (int j = 0; j < p; j++) {
            int entry = j;
            Check.that(min[j] <= max[j], () -> "dataMin must be <= dataMax; entry " + entry + " is "
                    + Check.format(min[entry]) + " > " + Check.format(max[entry]));
        }
        MinMaxScalerModel m = new MinMaxScalerModel(learner, min, max);
        // the transformation is computed from the minima and maxima: the stored scales and offsets must be
        // the ones they give (bit for bit, as a fit writes them)
        sameBits("scales", scale, m.scales());
        sameBits("offsets", offset, m.offsets());
        return m;
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
}
