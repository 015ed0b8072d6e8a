package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;

import java.util.List;

/**
 * Checks and pictures of lists of folds: the forward-chaining (no look-ahead) proof for time series and
 * a text diagram for teaching.
 */
public final class Folds {

    private Folds() {
    }

    /**
     * Proves that no fold trains on the future: in every fold, every training row index is smaller than
     * every test row index by more than {@code gap} ({@code max(train) + gap < min(test)}). Row indices
     * stand for time order, so this is the property that forward chaining promises; a shuffled k-fold
     * fails it.
     *
     * @param folds the folds to check; not modified
     * @param gap the number of rows that must separate training from test, {@code >= 0}
     * @throws IllegalArgumentException naming the first fold that leaks and the two rows that show it
     */
    public static void checkForwardChaining(List<Fold> folds, int gap) {
        Check.notNull("folds", folds);
        Check.atLeast("gap", gap, 0);
        for (int f = 0; f < folds.size(); f++) {
            Fold fold = Check.notNull("folds", f, folds.get(f));
            int lastTrain = max(fold.train());
            int firstTest = min(fold.test());
            int index = f;
            Check.that((long) lastTrain + gap < firstTest, () -> "folds must not train on the future; fold "
                    + index + " trains on row " + lastTrain + " and tests row " + firstTest
                    + (gap > 0 ? " with a gap of " + gap : ""));
        }
    }

    /**
     * @param folds the folds to check
     * @param gap the number of rows that must separate training from test
     * @return whether {@link #checkForwardChaining} passes
     */
    public static boolean isForwardChaining(List<Fold> folds, int gap) {
        try {
            checkForwardChaining(folds, gap);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Draws the folds as text, one line per fold: {@code =} marks training rows, {@code x} test rows
     * and {@code .} rows the fold does not use, in row order. With more than {@code width} rows, each
     * character stands for a run of rows and shows the strongest mark among them (test, then train).
     *
     * <pre>
     * fold 0  ====xx......  train 4, test 2
     * fold 1  ======xx....  train 6, test 2
     * </pre>
     *
     * @param folds the folds
     * @param rows the number of rows that were split, at least every index in the folds
     * @param width the most characters per line, {@code >= 1}
     * @return the diagram, lines separated by {@code \n}
     */
    public static String diagram(List<Fold> folds, int rows, int width) {
        Check.notNull("folds", folds);
        Check.atLeast("rows", rows, 1);
        Check.atLeast("width", width, 1);
        int columns = Math.min(rows, width);
        int label = String.valueOf(folds.size() - 1).length();
        StringBuilder out = new StringBuilder();
        for (int f = 0; f < folds.size(); f++) {
            Fold fold = Check.notNull("folds", f, folds.get(f));
            int[] mark = new int[columns];
            paint(mark, fold.train(), rows, columns, 1);
            paint(mark, fold.test(), rows, columns, 2);
            out.append("fold ").append(String.format("%" + label + "d", f)).append("  ");
            for (int m : mark) {
                out.append(m == 2 ? 'x' : m == 1 ? '=' : '.');
            }
            out.append("  train ").append(fold.trainSize()).append(", test ").append(fold.testSize()).append('\n');
        }
        return out.toString();
    }

    private static void paint(int[] mark, int[] indices, int rows, int columns, int value) {
        for (int i : indices) {
            int row = i;
            Check.that(i < rows, () -> "rows must be > every row index of the folds, got " + rows + " and row " + row);
            int c = (int) ((long) i * columns / rows);
            mark[c] = Math.max(mark[c], value);
        }
    }

    private static int max(int[] values) {
        int m = Integer.MIN_VALUE;
        for (int v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static int min(int[] values) {
        int m = Integer.MAX_VALUE;
        for (int v : values) {
            m = Math.min(m, v);
        }
        return m;
    }
}
