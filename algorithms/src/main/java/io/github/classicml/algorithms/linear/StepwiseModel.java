package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.Regressor;

import java.util.List;
import java.util.Locale;

/**
 * The least-squares model on the columns stepwise selection chose, with the path of steps that chose
 * them. Predicts from full rows (of every original column); immutable and safe for concurrent use.
 *
 * @see StepwiseRegression
 */
public final class StepwiseModel implements Regressor {

    /**
     * One step of the selection.
     *
     * @param column the original index of the column added or removed
     * @param name its name
     * @param added true for an addition (forward), false for a removal (backward)
     * @param score the criterion of the model after the step
     */
    public record Step(int column, String name, boolean added, double score) {
    }

    private final StepwiseRegression learner;
    private final int columns;
    final int[] selected;
    private final LinearRegressionModel model;
    final double startScore;
    private final List<Step> steps;

    StepwiseModel(StepwiseRegression learner, int columns, int[] selected, LinearRegressionModel model,
                  double startScore, List<Step> steps) {
        this.learner = learner;
        this.columns = columns;
        this.selected = selected.clone();
        this.model = model;
        this.startScore = startScore;
        this.steps = List.copyOf(steps);
    }

    @Override
    public StepwiseRegression learner() {
        return learner;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public double predict(double[] row) {
        Check.finiteRow(row, columns);
        double[] picked = new double[selected.length];
        for (int k = 0; k < selected.length; k++) {
            picked[k] = row[selected[k]];
        }
        return model.predict(picked);
    }

    /** @return the original indices of the chosen columns, increasing; a copy */
    public int[] selectedColumns() {
        return selected.clone();
    }

    /** @return the least-squares model on the chosen columns (in increasing original order), with its statistics */
    public LinearRegressionModel model() {
        return model;
    }

    /** @return the criterion before the first step (no column forward; every column backward) */
    public double startScore() {
        return startScore;
    }

    /** @return the steps taken, in order */
    public List<Step> steps() {
        return steps;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "StepwiseModel(%s by %s: %d of %d columns %s after %d steps, score %.6g)",
                learner.direction().name().toLowerCase(Locale.ROOT), learner.criterion(), selected.length, columns,
                model.columnNames(), steps.size(), steps.isEmpty() ? startScore : steps.get(steps.size() - 1).score());
    }
}
