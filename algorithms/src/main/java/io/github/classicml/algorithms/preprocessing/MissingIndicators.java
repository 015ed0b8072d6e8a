package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns that had a missing value at fit, for the imputers' optional indicator columns (0/1,
 * appended after the imputed columns, named {@code missingindicator_<name>} as scikit-learn names them).
 */
final class MissingIndicators {

    private MissingIndicators() {
    }

    /** @return the columns of {@code data} with at least one NaN, in order */
    static int[] columnsWithMissing(Dataset data) {
        int p = data.columns();
        double[] x = data.features();
        boolean[] missing = new boolean[p];
        for (int k = 0; k < x.length; k++) {
            if (Double.isNaN(x[k])) {
                missing[k % p] = true;
            }
        }
        int count = 0;
        int[] out = new int[p];
        for (int j = 0; j < p; j++) {
            if (missing[j]) {
                out[count++] = j;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** Refuses a column with no observed value, which no statistic can fill. */
    static void requireObserved(Dataset data) {
        int p = data.columns();
        int n = data.rows();
        double[] x = data.features();
        for (int j = 0; j < p; j++) {
            boolean seen = false;
            for (int i = 0; i < n && !seen; i++) {
                seen = !Double.isNaN(x[i * p + j]);
            }
            if (!seen) {
                throw new IllegalArgumentException("column " + j + " (" + data.columnName(j)
                        + ") must have an observed value, got " + n + " missing of " + n
                        + "; drop it first (MissingValues.dropColumns)");
            }
        }
    }

    /** Writes the 0/1 indicators of {@code row} for the given columns from {@code out[offset]} on. */
    static void write(double[] row, int[] columns, double[] out, int offset) {
        for (int k = 0; k < columns.length; k++) {
            out[offset + k] = Double.isNaN(row[columns[k]]) ? 1.0 : 0.0;
        }
    }

    /** @return the input names followed by one indicator name per column */
    static List<String> names(List<String> inputNames, int[] columns) {
        List<String> names = new ArrayList<>(inputNames);
        for (int j : columns) {
            names.add("missingindicator_" + inputNames.get(j));
        }
        return List.copyOf(names);
    }
}
