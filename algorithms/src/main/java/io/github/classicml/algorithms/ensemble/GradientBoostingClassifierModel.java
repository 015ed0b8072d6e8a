package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeRegressorModel;
import io.github.classicml.core.Check;
import io.github.classicml.core.ProbabilisticClassifier;

import java.util.ArrayList;
import java.util.List;

/**
 * A fitted gradient-boosted classifier: the initial scores, the stage trees (one per stage for two
 * classes, one per class and stage for more) with their Newton leaf values, and the learning rate.
 * Probabilities are the logistic function of the log-odds (two classes) or the softmax of the class
 * scores. Immutable and safe for concurrent prediction.
 *
 * @see GradientBoostingClassifier
 */
public final class GradientBoostingClassifierModel implements ProbabilisticClassifier {

    private final GradientBoostingClassifier learner;
    private final int columns;
    private final double[] init;
    private final Stages.StageTree[][] stages;
    private final List<String> classNames;
    private final double[] trainLosses;

    GradientBoostingClassifierModel(GradientBoostingClassifier learner, int columns, double[] init,
                                    List<Stages.StageTree[]> stages, List<String> classNames,
                                    List<Double> trainLosses) {
        this.learner = learner;
        this.columns = columns;
        this.init = init;
        this.stages = stages.toArray(new Stages.StageTree[0][]);
        this.classNames = List.copyOf(classNames);
        this.trainLosses = trainLosses.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public GradientBoostingClassifier learner() {
        return learner;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    /**
     * The raw scores {@code F(x)}: one entry, the log-odds of class 1, for two classes (scikit-learn's
     * {@code decision_function}); one per class otherwise.
     *
     * @param row the features; not modified
     * @return the scores
     */
    public double[] decisionFunction(double[] row) {
        Check.finiteRow(row, columns);
        double[] f = init.clone();
        for (int m = 0; m < stages.length; m++) {
            for (int k = 0; k < f.length; k++) {
                // a model file's learningRate may be any positive double: overflow is refused, never NaN
                f[k] = Stages.step(f[k], learner.learningRate(), stages[m][k].predict(row), m, "score " + k);
            }
        }
        return f;
    }

    @Override
    public double[] predictProbabilities(double[] row) {
        return probabilities(decisionFunction(row), classNames.size());
    }

    @Override
    public int predict(double[] row) {
        return Voting.argMax(predictProbabilities(row));
    }

    /**
     * The probabilities after each stage (scikit-learn's {@code staged_predict_proba}); the last entry is
     * {@link #predictProbabilities(double[])}.
     *
     * @param row the features; not modified
     * @return per fitted stage the class probabilities
     */
    public double[][] stagedProbabilities(double[] row) {
        Check.finiteRow(row, columns);
        double[][] out = new double[stages.length][];
        double[] f = init.clone();
        for (int m = 0; m < stages.length; m++) {
            for (int k = 0; k < f.length; k++) {
                f[k] = Stages.step(f[k], learner.learningRate(), stages[m][k].predict(row), m, "score " + k);
            }
            out[m] = probabilities(f, classNames.size());
        }
        return out;
    }

    /** @return the initial scores {@code F_0} (a copy) */
    public double[] initialScores() {
        return init.clone();
    }

    /** @return the number of fitted stages: {@code stages}, or fewer when early stopping ended the fit */
    public int stageCount() {
        return stages.length;
    }

    /**
     * @param stage a stage index
     * @return that stage's trees, one per score (unmodifiable)
     */
    public List<DecisionTreeRegressorModel> trees(int stage) {
        Stages.StageTree[] s = stages[Check.index("stage", stage, stages.length)];
        List<DecisionTreeRegressorModel> out = new ArrayList<>(s.length);
        for (Stages.StageTree t : s) {
            out.add(t.tree());
        }
        return List.copyOf(out);
    }

    /**
     * @param stage a stage index
     * @param score the score (0 for two classes; the class otherwise)
     * @param node a leaf's node id in that tree
     * @return the leaf's Newton value, before the learning rate
     */
    public double leafValue(int stage, int score, int node) {
        Stages.StageTree t = stages[Check.index("stage", stage, stages.length)][Check.index("score", score, init.length)];
        return t.values()[Check.index("node", node, t.values().length)];
    }

    /** @return per stage the training log-loss as scikit-learn's {@code train_score_} reports it */
    public double[] trainLosses() {
        return trainLosses.clone();
    }

    /** The logistic function of the log-odds for two classes, else the softmax of the scores. */
    static double[] probabilities(double[] raw, int classes) {
        if (classes == 2) {
            double p = 1 / (1 + Math.exp(-raw[0]));
            return new double[] {1 - p, p};
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : raw) {
            max = Math.max(max, v);
        }
        double[] out = new double[raw.length];
        double sum = 0;
        for (int c = 0; c < raw.length; c++) {
            out[c] = Math.exp(raw[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < raw.length; c++) {
            out[c] /= sum;
        }
        return out;
    }

    /** @return the stages, each with one tree per score (not copied; for the model file) */
    Stages.StageTree[][] stages() {
        return stages;
    }

    @Override
    public String toString() {
        return "GradientBoostingClassifierModel[" + stages.length + " stages of " + init.length + " tree"
                + (init.length == 1 ? "" : "s") + ", learning rate " + learner.learningRate() + ", "
                + classNames.size() + " classes, " + columns + " columns]";
    }
}
