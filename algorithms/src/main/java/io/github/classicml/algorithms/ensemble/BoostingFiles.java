package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.algorithms.tree.DecisionTreeRegressorModel;
import io.github.classicml.core.Check;
import io.github.classicml.core.internal.modelfile.FieldReader;
import io.github.classicml.core.internal.modelfile.FieldWriter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.github.classicml.algorithms.ensemble.EnsembleFiles.boxed;
import static io.github.classicml.algorithms.ensemble.EnsembleFiles.concat;
import static io.github.classicml.algorithms.ensemble.EnsembleFiles.memberShape;
import static io.github.classicml.algorithms.ensemble.EnsembleFiles.sameSettings;

/**
 * The model-file form of gradient boosting (the initial scores, the stage trees as nested models,
 * stage by stage, and their Newton leaf values, one per node, concatenated) and of AdaBoost (the trees
 * and their weights and errors). Every stage tree must have been grown by the stage learner the
 * ensemble's settings give (compared with the seed set aside).
 */
final class BoostingFiles {

    private BoostingFiles() {
    }

    // ---- boosting

    static void writeLearner(GradientBoostingClassifier l, FieldWriter w) {
        writeBoosting(w, l.stages(), l.learningRate(), l.subsample(), l.maxDepth(), l.minRowsToSplit(),
                l.minRowsPerLeaf(), l.validationFraction(), l.patience(), l.tolerance(), l.seed());
    }

    static GradientBoostingClassifier readGradientBoostingClassifierLearner(FieldReader r) {
        return new GradientBoostingClassifier(r.intValue("stages"), r.number("learningRate"), r.number("subsample"),
                r.intValue("maxDepth"), r.intValue("minRowsToSplit"), r.intValue("minRowsPerLeaf"),
                r.number("validationFraction"), r.intValue("patience"), r.number("tolerance"), r.integer("seed"));
    }

    static void writeLearner(GradientBoostingRegressor l, FieldWriter w) {
        writeBoosting(w, l.stages(), l.learningRate(), l.subsample(), l.maxDepth(), l.minRowsToSplit(),
                l.minRowsPerLeaf(), l.validationFraction(), l.patience(), l.tolerance(), l.seed());
    }

    static GradientBoostingRegressor readGradientBoostingRegressorLearner(FieldReader r) {
        return new GradientBoostingRegressor(r.intValue("stages"), r.number("learningRate"), r.number("subsample"),
                r.intValue("maxDepth"), r.intValue("minRowsToSplit"), r.intValue("minRowsPerLeaf"),
                r.number("validationFraction"), r.intValue("patience"), r.number("tolerance"), r.integer("seed"));
    }

    private static void writeBoosting(FieldWriter w, int stages, double learningRate, double subsample, int maxDepth,
                                      int minRowsToSplit, int minRowsPerLeaf, double validationFraction, int patience,
                                      double tolerance, long seed) {
        w.integer("stages", stages);
        w.number("learningRate", learningRate);
        w.number("subsample", subsample);
        w.integer("maxDepth", maxDepth);
        w.integer("minRowsToSplit", minRowsToSplit);
        w.integer("minRowsPerLeaf", minRowsPerLeaf);
        w.number("validationFraction", validationFraction);
        w.integer("patience", patience);
        w.number("tolerance", tolerance);
        w.integer("seed", seed);
    }

    static void write(GradientBoostingClassifierModel m, FieldWriter w) {
        w.texts("classNames", m.classNames());
        w.integer("columns", m.columns());
        w.doubles("initialScores", m.initialScores());
        List<DecisionTreeRegressorModel> trees = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (Stages.StageTree[] stage : m.stages()) {
            for (Stages.StageTree t : stage) {
                trees.add(t.tree());
                values.add(t.values());
            }
        }
        w.models("trees", trees);
        w.doubles("leafValues", concat(values));
        w.doubles("trainLosses", m.trainLosses());
    }

    static GradientBoostingClassifierModel readGradientBoostingClassifier(GradientBoostingClassifier learner,
                                                                          FieldReader r) {
        List<String> classNames = r.classNames("classNames");
        Check.atLeast("number of class names", classNames.size(), 2);
        int p = Check.atLeast("columns", r.intValue("columns"), 1);
        int scores = classNames.size() == 2 ? 1 : classNames.size();
        double[] init = r.doubles("initialScores");
        Check.that(init.length == scores, () -> "initialScores must have " + scores + " entries for "
                + classNames.size() + " classes, got " + init.length);
        Check.allFinite("initialScores", init);
        List<DecisionTreeRegressorModel> trees = r.models("trees", DecisionTreeRegressorModel.class);
        Check.that(trees.size() % scores == 0 && trees.size() >= scores && trees.size() / scores <= learner.stages(),
                () -> "trees must hold 1 to " + learner.stages() + " stages of " + scores + " trees, got "
                        + trees.size() + " trees");
        double[] leafValues = r.doubles("leafValues");
        double[] losses = r.doubles("trainLosses");
        int stageCount = trees.size() / scores;
        Check.that(losses.length == stageCount, () -> "trainLosses must have one entry per stage, " + stageCount
                + ", got " + losses.length);
        Check.allFinite("trainLosses", losses);
        List<Stages.StageTree> flat = stageTrees(learner.maxDepth(), learner.minRowsToSplit(),
                learner.minRowsPerLeaf(), trees, leafValues, p);
        List<Stages.StageTree[]> stages = new ArrayList<>();
        for (int s = 0; s < stageCount; s++) {
            stages.add(flat.subList(s * scores, (s + 1) * scores).toArray(new Stages.StageTree[0]));
        }
        return new GradientBoostingClassifierModel(learner, p, init, stages, classNames, boxed(losses));
    }

    static void write(GradientBoostingRegressorModel m, FieldWriter w) {
        w.integer("columns", m.columns());
        w.number("initialPrediction", m.initialPrediction());
        w.models("trees", m.trees());
        w.doubles("trainLosses", m.scaledTrainLosses());
        if (m.trainLossExponent() != 0) {
            w.integer("trainLossExponent", m.trainLossExponent());
        }
    }

    static GradientBoostingRegressorModel readGradientBoostingRegressor(GradientBoostingRegressor learner,
                                                                        FieldReader r) {
        int p = Check.atLeast("columns", r.intValue("columns"), 1);
        double init = Check.finite("initialPrediction", r.number("initialPrediction"));
        List<DecisionTreeRegressorModel> trees = r.models("trees", DecisionTreeRegressorModel.class);
        Check.that(trees.size() >= 1 && trees.size() <= learner.stages(), () -> "trees must hold 1 to "
                + learner.stages() + " stages, got " + trees.size());
        double[] losses = r.doubles("trainLosses");
        Check.that(losses.length == trees.size(), () -> "trainLosses must have one entry per stage, " + trees.size()
                + ", got " + losses.length);
        Check.allFinite("trainLosses", losses);
        // optional: the losses' unit 2^e for targets beyond 2^±200 (twice the targets' exponent, which
        // lies in [-1074, 1023])
        int lossExponent = r.has("trainLossExponent") ? r.intValue("trainLossExponent") : 0;
        Check.that(lossExponent % 2 == 0 && lossExponent >= -2200 && lossExponent <= 2100,
                () -> "trainLossExponent must be an even number in [-2200, 2100], got " + lossExponent);
        List<Stages.StageTree> stages = stageTrees(learner.maxDepth(), learner.minRowsToSplit(),
                learner.minRowsPerLeaf(), trees, null, p);
        return new GradientBoostingRegressorModel(learner, p, init, stages, boxed(losses), lossExponent);
    }

    /** Stage trees: each grown by the stage learner, with one finite leaf value per node when given. */
    private static List<Stages.StageTree> stageTrees(int maxDepth, int minRowsToSplit, int minRowsPerLeaf,
                                                     List<DecisionTreeRegressorModel> trees, double[] values, int p) {
        DecisionTreeRegressor expected = Stages.tree(maxDepth, minRowsToSplit, minRowsPerLeaf).withSeed(0);
        long total = 0;
        for (DecisionTreeRegressorModel tree : trees) {
            total += tree.nodeCount();
        }
        long nodes = total;
        if (values != null) {
            Check.that(values.length == nodes, () -> "leafValues must have one entry per node of every tree, "
                    + nodes + ", got " + values.length);
            Check.allFinite("leafValues", values);
        }
        List<Stages.StageTree> out = new ArrayList<>(trees.size());
        int offset = 0;
        for (int t = 0; t < trees.size(); t++) {
            DecisionTreeRegressorModel tree = trees.get(t);
            memberShape("trees", t, tree, p, null, null);
            sameSettings("trees", t, tree.learner().withSeed(0), expected);
            double[] v = values == null ? null : Arrays.copyOfRange(values, offset, offset + tree.nodeCount());
            offset += tree.nodeCount();
            out.add(new Stages.StageTree(tree, v));
        }
        return out;
    }

    static void writeLearner(AdaBoostClassifier l, FieldWriter w) {
        w.integer("stages", l.stages());
        w.integer("maxDepth", l.maxDepth());
        w.number("learningRate", l.learningRate());
        w.integer("seed", l.seed());
    }

    static AdaBoostClassifier readAdaBoostLearner(FieldReader r) {
        return new AdaBoostClassifier(r.intValue("stages"), r.intValue("maxDepth"), r.number("learningRate"),
                r.integer("seed"));
    }

    static void write(AdaBoostClassifierModel m, FieldWriter w) {
        w.texts("classNames", m.classNames());
        w.integer("columns", m.columns());
        w.models("trees", m.trees());
        w.doubles("estimatorWeights", m.estimatorWeights());
        w.doubles("estimatorErrors", m.estimatorErrors());
    }

    static AdaBoostClassifierModel readAdaBoost(AdaBoostClassifier learner, FieldReader r) {
        List<String> classNames = r.classNames("classNames");
        int p = Check.atLeast("columns", r.intValue("columns"), 1);
        List<DecisionTreeClassifierModel> trees = r.models("trees", DecisionTreeClassifierModel.class);
        Check.that(trees.size() >= 1 && trees.size() <= learner.stages(), () -> "trees must hold 1 to "
                + learner.stages() + " stages, got " + trees.size());
        double[] weights = r.doubles("estimatorWeights");
        double[] errors = r.doubles("estimatorErrors");
        Check.sameLength("trees", trees.size(), "estimatorWeights", weights.length);
        Check.sameLength("trees", trees.size(), "estimatorErrors", errors.length);
        DecisionTreeClassifier expected = DecisionTreeClassifier.of().withMaxDepth(learner.maxDepth());
        for (int t = 0; t < trees.size(); t++) {
            memberShape("trees", t, trees.get(t), p, classNames, trees.get(t).classNames());
            sameSettings("trees", t, trees.get(t).learner().withSeed(0), expected);
            double a = Check.finite("estimatorWeights", t, weights[t]);
            int entry = t;
            Check.that(a > 0, () -> "estimatorWeights must be > 0; entry " + entry + " is " + Check.format(a));
            double e = errors[t];
            Check.that(e >= 0 && e < 1, () -> "estimatorErrors must be in [0, 1); entry " + entry + " is "
                    + Check.format(e));
        }
        return new AdaBoostClassifierModel(learner, p, trees, boxed(weights), boxed(errors), classNames);
    }
}
