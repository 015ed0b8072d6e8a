package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.ClassificationCriterion;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.algorithms.tree.DecisionTreeRegressorModel;
import io.github.classicml.algorithms.tree.RegressionCriterion;
import io.github.classicml.core.Check;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.internal.modelfile.FieldReader;
import io.github.classicml.core.internal.modelfile.FieldWriter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The model-file form of the forests, and what the ensembles' codecs share (bags are in
 * {@link BagFiles}, boosting in {@link BoostingFiles}). Members (trees, or any library model in a
 * bag) are nested models, each saved through the registry with its own learner; the ensemble adds what
 * ties them together, here the out-of-bag estimates when they were computed.
 *
 * <p>On load the members are checked against the ensemble: as many as the learner grows, taking the
 * ensemble's columns and knowing its classes, and grown by the tree learner the ensemble derives from
 * its settings (compared with the seed set aside: each tree has its own).
 */
final class EnsembleFiles {

    private EnsembleFiles() {
    }

    // ---- forests

    static void writeLearner(ForestClassifier l, FieldWriter w) {
        w.text("kind", l instanceof ExtraTreesClassifier ? "extraTrees" : "randomForest");
        w.text("criterion", l.criterion().name());
        writeForest(w, l.trees(), l.maxDepth(), l.minRowsToSplit(), l.minRowsPerLeaf(), l.maxFeatures(),
                l.bootstrap(), l.maxSamples(), l.oobScore(), l.seed(), l.threads());
    }

    static ForestClassifier readForestClassifierLearner(FieldReader r) {
        String kind = r.text("kind");
        ClassificationCriterion criterion = r.choice("criterion", ClassificationCriterion.values());
        MaxFeatures maxFeatures = readMaxFeatures(r);
        return switch (kind) {
            case "randomForest" -> new RandomForestClassifier(r.intValue("trees"), criterion, r.intValue("maxDepth"),
                    r.intValue("minRowsToSplit"), r.intValue("minRowsPerLeaf"), maxFeatures, r.flag("bootstrap"),
                    r.number("maxSamples"), r.flag("oobScore"), r.integer("seed"), r.intValue("threads"));
            case "extraTrees" -> new ExtraTreesClassifier(r.intValue("trees"), criterion, r.intValue("maxDepth"),
                    r.intValue("minRowsToSplit"), r.intValue("minRowsPerLeaf"), maxFeatures, r.flag("bootstrap"),
                    r.number("maxSamples"), r.flag("oobScore"), r.integer("seed"), r.intValue("threads"));
            default -> throw new IllegalArgumentException("kind must be randomForest or extraTrees, got \"" + kind + "\"");
        };
    }

    static void writeLearner(ForestRegressor l, FieldWriter w) {
        w.text("kind", l instanceof ExtraTreesRegressor ? "extraTrees" : "randomForest");
        w.text("criterion", l.criterion().name());
        writeForest(w, l.trees(), l.maxDepth(), l.minRowsToSplit(), l.minRowsPerLeaf(), l.maxFeatures(),
                l.bootstrap(), l.maxSamples(), l.oobScore(), l.seed(), l.threads());
    }

    static ForestRegressor readForestRegressorLearner(FieldReader r) {
        String kind = r.text("kind");
        RegressionCriterion criterion = r.choice("criterion", RegressionCriterion.values());
        MaxFeatures maxFeatures = readMaxFeatures(r);
        return switch (kind) {
            case "randomForest" -> new RandomForestRegressor(r.intValue("trees"), criterion, r.intValue("maxDepth"),
                    r.intValue("minRowsToSplit"), r.intValue("minRowsPerLeaf"), maxFeatures, r.flag("bootstrap"),
                    r.number("maxSamples"), r.flag("oobScore"), r.integer("seed"), r.intValue("threads"));
            case "extraTrees" -> new ExtraTreesRegressor(r.intValue("trees"), criterion, r.intValue("maxDepth"),
                    r.intValue("minRowsToSplit"), r.intValue("minRowsPerLeaf"), maxFeatures, r.flag("bootstrap"),
                    r.number("maxSamples"), r.flag("oobScore"), r.integer("seed"), r.intValue("threads"));
            default -> throw new IllegalArgumentException("kind must be randomForest or extraTrees, got \"" + kind + "\"");
        };
    }

    private static void writeForest(FieldWriter w, int trees, int maxDepth, int minRowsToSplit, int minRowsPerLeaf,
                                    MaxFeatures maxFeatures, boolean bootstrap, double maxSamples, boolean oobScore,
                                    long seed, int threads) {
        w.integer("trees", trees);
        w.integer("maxDepth", maxDepth);
        w.integer("minRowsToSplit", minRowsToSplit);
        w.integer("minRowsPerLeaf", minRowsPerLeaf);
        w.text("maxFeatures", maxFeatures.rule().name());
        w.number("maxFeaturesValue", maxFeatures.value());
        w.flag("bootstrap", bootstrap);
        w.number("maxSamples", maxSamples);
        w.flag("oobScore", oobScore);
        w.integer("seed", seed);
        w.integer("threads", threads);
    }

    private static MaxFeatures readMaxFeatures(FieldReader r) {
        return new MaxFeatures(r.choice("maxFeatures", MaxFeatures.Rule.values()),
                r.number("maxFeaturesValue"));
    }

    static void write(ForestClassifierModel m, FieldWriter w) {
        w.texts("classNames", m.classNames());
        w.integer("columns", m.columns());
        w.models("trees", m.trees());
        writeVotes(m.oob(), w);
    }

    static ForestClassifierModel readForestClassifier(ForestClassifier learner, FieldReader r) {
        List<String> classNames = r.classNames("classNames");
        int p = Check.atLeast("columns", r.intValue("columns"), 1);
        List<DecisionTreeClassifierModel> trees = r.models("trees", DecisionTreeClassifierModel.class);
        Check.that(trees.size() == learner.trees(), () -> "trees must hold the learner's " + learner.trees()
                + " trees, got " + trees.size());
        DecisionTreeClassifier expected = learner.tree(p).withSeed(0);
        for (int t = 0; t < trees.size(); t++) {
            DecisionTreeClassifierModel tree = trees.get(t);
            memberShape("trees", t, tree, p, classNames, tree.classNames());
            sameSettings("trees", t, tree.learner().withSeed(0), expected);
        }
        Voting voting = new Voting(trees, new int[trees.size()][], new int[trees.size()][], classNames.size(), p);
        return new ForestClassifierModel(learner, trees, voting, classNames,
                readVotes(r, learner.oobScore(), classNames.size()));
    }

    static void write(ForestRegressorModel m, FieldWriter w) {
        w.integer("columns", m.columns());
        w.models("trees", m.trees());
        writePredictions(m.oob(), w);
    }

    static ForestRegressorModel readForestRegressor(ForestRegressor learner, FieldReader r) {
        int p = Check.atLeast("columns", r.intValue("columns"), 1);
        List<DecisionTreeRegressorModel> trees = r.models("trees", DecisionTreeRegressorModel.class);
        Check.that(trees.size() == learner.trees(), () -> "trees must hold the learner's " + learner.trees()
                + " trees, got " + trees.size());
        DecisionTreeRegressor expected = learner.tree(p).withSeed(0);
        for (int t = 0; t < trees.size(); t++) {
            DecisionTreeRegressorModel tree = trees.get(t);
            memberShape("trees", t, tree, p, null, null);
            sameSettings("trees", t, tree.learner().withSeed(0), expected);
        }
        Averaging averaging = new Averaging(trees, new int[trees.size()][], p);
        return new ForestRegressorModel(learner, trees, averaging, readPredictions(r, learner.oobScore()));
    }

    // ---- out-of-bag estimates

    static void writeVotes(OutOfBag.Votes oob, FieldWriter w) {
        if (oob != null) {
            double[][] p = oob.probabilities();
            w.integer("oobRows", p.length);
            w.doubles("oobProbabilities", concat(Arrays.asList(p)));
            w.number("oobScore", oob.score());
        }
    }

    static OutOfBag.Votes readVotes(FieldReader r, boolean expected, int classes) {
        if (!expected) {
            return null;
        }
        int n = Check.atLeast("oobRows", r.intValue("oobRows"), 1);
        double[] flat = r.doubles("oobProbabilities");
        Check.that((long) n * classes == flat.length, () -> "oobProbabilities must have " + classes
                + " entries per row for " + n + " rows, got " + flat.length);
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = Arrays.copyOfRange(flat, i * classes, (i + 1) * classes);
            boolean missing = Double.isNaN(p[i][0]);
            for (int c = 0; c < classes; c++) {
                double v = p[i][c];
                int row = i;
                Check.that(missing ? Double.isNaN(v) : v >= 0 && v <= 1, () -> "oobProbabilities must be in [0, 1] "
                        + "or NaN for the whole row; row " + row + " has " + Check.format(v));
            }
        }
        return new OutOfBag.Votes(p, score(r.number("oobScore")));
    }

    static void writePredictions(OutOfBag.Predictions oob, FieldWriter w) {
        if (oob != null) {
            w.doubles("oobPredictions", oob.predictions());
            w.number("oobScore", oob.score());
        }
    }

    static OutOfBag.Predictions readPredictions(FieldReader r, boolean expected) {
        if (!expected) {
            return null;
        }
        double[] predictions = r.doubles("oobPredictions");
        Check.notEmpty("oobPredictions", predictions.length);
        for (int i = 0; i < predictions.length; i++) {
            double v = predictions[i];
            int row = i;
            Check.that(!Double.isInfinite(v), () -> "oobPredictions must be finite or NaN; row " + row + " is "
                    + Check.format(v));
        }
        double score = r.number("oobScore");
        Check.that(Double.isNaN(score) || (score <= 1 && score > Double.NEGATIVE_INFINITY), () -> "oobScore must be finite and <= 1, or NaN, got "
                + Check.format(score));
        return new OutOfBag.Predictions(predictions, score);
    }

    static double score(double score) {
        Check.that(Double.isNaN(score) || (score >= 0 && score <= 1), () -> "oobScore must be in [0, 1] or NaN, got "
                + Check.format(score));
        return score;
    }

    // ---- shared

    static void memberShape(String name, int index, Model member, int p, List<String> classNames,
                                    List<String> memberClasses) {
        Check.that(member.columns() == p, () -> name + " " + index + " must take the " + p
                + " columns of the ensemble, got " + member.columns());
        if (classNames != null) {
            Check.that(memberClasses.equals(classNames), () -> name + " " + index + " must know the classes "
                    + classNames + ", got " + memberClasses);
        }
    }

    static void sameSettings(String name, int index, Learner<?> actual, Learner<?> expected) {
        Check.that(actual.equals(expected), () -> name + " " + index + " must be grown by " + expected
                + " (any seed), got " + actual);
    }

    static double[] concat(List<double[]> parts) {
        int total = 0;
        for (double[] a : parts) {
            total += a.length;
        }
        double[] out = new double[total];
        int at = 0;
        for (double[] a : parts) {
            System.arraycopy(a, 0, out, at, a.length);
            at += a.length;
        }
        return out;
    }

    static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
