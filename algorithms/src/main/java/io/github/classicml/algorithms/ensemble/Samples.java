package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Dataset;

import java.util.ArrayList;
import java.util.List;

/** Builds the training set of one bag's member: its rows (repeated as drawn) and its columns. */
final class Samples {

    private Samples() {
    }

    /**
     * @param x the training features, row-major
     * @param columns the training width
     * @param bag the member's bag
     * @return the member's features, without targets
     */
    static Dataset features(double[] x, int columns, Bag bag) {
        int[] rows = bag.rowIndices();
        int width = bag.width(columns);
        double[] values = new double[rows.length * width];
        int[] cols = bag.columns();
        for (int k = 0; k < rows.length; k++) {
            int base = rows[k] * columns;
            if (cols == null) {
                System.arraycopy(x, base, values, k * width, width);
            } else {
                for (int c = 0; c < width; c++) {
                    values[k * width + c] = x[base + cols[c]];
                }
            }
        }
        return Dataset.ofRowMajor(values, width);
    }

    /**
     * The member's classification sample. Its classes are those present in the sample, in training
     * order (as scikit-learn's members know only the classes they saw); {@code classMap} maps them back.
     *
     * @param x the training features, row-major
     * @param columns the training width
     * @param classes the training classes
     * @param classNames the training class names
     * @param bag the member's bag
     * @return the sample and its class map
     */
    static ClassSample classes(double[] x, int columns, int[] classes, List<String> classNames, Bag bag) {
        int k = classNames.size();
        boolean[] present = new boolean[k];
        int[] counts = bag.counts();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                present[classes[i]] = true;
            }
        }
        int[] compact = new int[k];
        List<String> names = new ArrayList<>();
        List<Integer> map = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (present[c]) {
                compact[c] = names.size();
                names.add(classNames.get(c));
                map.add(c);
            }
        }
        int[] rows = bag.rowIndices();
        int[] y = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            y[r] = compact[classes[rows[r]]];
        }
        int[] classMap = new int[map.size()];
        for (int c = 0; c < classMap.length; c++) {
            classMap[c] = map.get(c);
        }
        return new ClassSample(features(x, columns, bag).withClasses(y, names), classMap);
    }

    /**
     * @param x the training features, row-major
     * @param columns the training width
     * @param targets the training targets
     * @param bag the member's bag
     * @return the member's regression sample
     */
    static Dataset targets(double[] x, int columns, double[] targets, Bag bag) {
        int[] rows = bag.rowIndices();
        double[] y = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            y[r] = targets[rows[r]];
        }
        return features(x, columns, bag).withTargets(y, "y");
    }

    /**
     * A member's classification sample.
     *
     * @param data the rows, columns and compacted classes
     * @param classMap the training class of each of the sample's classes
     */
    record ClassSample(Dataset data, int[] classMap) {
    }
}
