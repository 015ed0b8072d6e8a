package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Check;
import io.github.classicml.core.io.Table;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The sorted categories of one column: numbers in numeric order, text in {@link String#compareTo}
 * order (code points within the basic plane, as numpy's {@code np.unique} sorts Python strings).
 * Numeric categories are labelled as Python prints floats where that is easy to match: integral
 * values below 10^16 as {@code 10000000.0}, others by {@link Double#toString(double)}.
 */
final class CategoryColumn {

    final boolean text;
    private final double[] values;
    private final String[] labels;
    private final Map<String, Integer> index;

    private CategoryColumn(boolean text, double[] values, String[] labels) {
        this.text = text;
        this.values = values;
        this.labels = labels;
        this.index = new HashMap<>();
        for (int c = 0; c < labels.length; c++) {
            index.put(labels[c], c);
        }
    }

    static CategoryColumn ofNumbers(double[] column) {
        double[] distinct = Arrays.stream(column).map(v -> v + 0.0).sorted().distinct().toArray();
        String[] labels = Arrays.stream(distinct).mapToObj(CategoryColumn::label).toArray(String[]::new);
        return new CategoryColumn(false, distinct, labels);
    }

    /**
     * A column read back from a model file, checked as a fitted one is built: numbers finite, strictly
     * increasing, without -0.0, each labelled as {@link #label(double)} labels it; text labels non-null
     * and strictly increasing in {@link String#compareTo} order.
     *
     * @throws IllegalArgumentException naming the entry that breaks the rule
     */
    static CategoryColumn restore(int column, boolean text, double[] values, List<String> labels) {
        Check.that(!labels.isEmpty(), () -> "categories of column " + column
                + " must not be empty");
        String[] l = labels.toArray(new String[0]);
        for (int c = 0; c < l.length; c++) {
            int entry = c;
            Check.notNull("categories", c, l[c]);
            Check.that(c == 0 || l[c - 1].compareTo(l[c]) < 0, () -> "categories of column "
                    + column + " must be distinct and sorted; entry " + entry + " is \"" + l[entry] + "\"");
        }
        if (text) {
            return new CategoryColumn(true, null, l);
        }
        Check.that(values.length == l.length, () -> "category values of column " + column
                + " must have one entry per label, " + l.length + ", got " + values.length);
        for (int c = 0; c < values.length; c++) {
            int entry = c;
            double v = values[c];
            Check.that(Double.isFinite(v) && (c == 0 || values[c - 1] < v)
                    && Double.doubleToRawLongBits(v) != Double.doubleToRawLongBits(-0.0) && label(v).equals(l[c]),
                    () -> "category values of column " + column + " must be finite, increasing, labelled as printed "
                            + "and not -0.0; entry " + entry + " is " + v + " labelled \"" + l[entry] + "\"");
        }
        return new CategoryColumn(false, values.clone(), l);
    }

    /** @return the numeric categories (a copy), null for a text column */
    double[] values() {
        return values == null ? null : values.clone();
    }

    static String label(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e16 ? (long) v + ".0" : Double.toString(v);
    }

    static CategoryColumn ofTable(Table table, int j) {
        if (!table.isText(j)) {
            double[] v = table.numeric(j);
            for (int i = 0; i < v.length; i++) {
                if (!Double.isFinite(v[i])) {
                    throw FittedTransformer.nonFinite(i, j, v[i]);
                }
            }
            return ofNumbers(v);
        }
        String[] v = table.text(j);
        for (int i = 0; i < v.length; i++) {
            if (v[i] == null) {
                throw missingText(table, i, j);
            }
        }
        return new CategoryColumn(true, null, new TreeSet<>(List.of(v)).toArray(String[]::new));
    }

    static IllegalArgumentException missingText(Table table, int i, int j) {
        return new IllegalArgumentException("categories must not be missing; row " + i + ", column " + j + " ("
                + table.columnNames().get(j) + ") is missing; impute it first (SimpleImputer on codes, or a category of its own)");
    }

    int size() {
        return labels.length;
    }

    List<String> labels() {
        return List.of(labels);
    }

    /** @return the category's index, or -1 if unseen */
    int indexOf(double v) {
        int k = Arrays.binarySearch(values, v + 0.0);
        return k >= 0 ? k : -1;
    }

    /** @return the category's index, or -1 if unseen */
    int indexOf(String v) {
        Integer k = index.get(v);
        return k == null ? -1 : k;
    }
}
