package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
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
 * The model-file form of the one-hot and ordinal encoders (each column's categories: text labels, or
 * numbers with their printed labels, checked sorted and distinct) and of the column transformer, whose
 * parts are nested learners and nested models (a numeric part as the transformer inside
 * {@link TableLearner#numeric}); a part of the caller's own refuses to save, naming the part.
 */
final class EncoderFiles {

    private EncoderFiles() {
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
                String message = String.valueOf(e.getMessage()).replaceFirst("^" + k + ": ", "");
                throw new IllegalArgumentException("part " + part.name() + " of the column transformer: " + message, e);
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
