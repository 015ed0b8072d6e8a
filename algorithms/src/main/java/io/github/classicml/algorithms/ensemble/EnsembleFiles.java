package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.ClassificationCriterion;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.algorithms.tree.DecisionTreeRegressorModel;
import io.github.classicml.algorithms.tree.RegressionCriterion;
import io.github.classicml.core.Check;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.internal.modelfile.FieldReader;
import io.github.classicml.core.internal.modelfile.FieldWriter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The model-file form of the ensembles. Members (trees, or any library model in a bag) are nested
 * models, each saved through the registry with its own learner; the ensemble adds what ties them
 * together: the columns and class map of each bag member, the initial scores and per-node leaf values
 * of boosting, the stage weights of AdaBoost and the out-of-bag estimates when they were computed.
 *
 * <p>On load the members are checked against the ensemble: same columns and class names, trees grown
 * by the learner the ensemble would have used (compared with the seed set aside), leaf values one per
 * node, column lists within the training width. A bag can be saved only when its member learner is a
 * library learner given as itself ({@code BaggingClassifier.of(learner)}); a {@link SeededLearner}
 * written as a lambda or method reference is code the file cannot hold.
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

    // ---- bags

    static void writeLearner(BaggingClassifier l, FieldWriter w) {
        w.learner("member", savableMember(l.member()));
        writeBag(w, l.members(), l.maxSamples(), l.maxFeatures(), l.bootstrap(), l.bootstrapFeatures(), l.oobScore(),
                l.seed(), l.threads());
    }

    @SuppressWarnings("unchecked")
    static BaggingClassifier readBaggingClassifierLearner(FieldReader r) {
        Learner<?> member = r.learner("member", Learner.class);
        return new BaggingClassifier(SeededLearner.ignoringSeed((Learner<? extends Classifier>) member),
                r.intValue("members"), r.number("maxSamples"), r.number("maxFeatures"), r.flag("bootstrap"),
                r.flag("bootstrapFeatures"), r.flag("oobScore"), r.integer("seed"), r.intValue("threads"));
    }

    static void writeLearner(BaggingRegressor l, FieldWriter w) {
        w.learner("member", savableMember(l.member()));
        writeBag(w, l.members(), l.maxSamples(), l.maxFeatures(), l.bootstrap(), l.bootstrapFeatures(), l.oobScore(),
                l.seed(), l.threads());
    }

    @SuppressWarnings("unchecked")
    static BaggingRegressor readBaggingRegressorLearner(FieldReader r) {
        Learner<?> member = r.learner("member", Learner.class);
        return new BaggingRegressor(SeededLearner.ignoringSeed((Learner<? extends Regressor>) member),
                r.intValue("members"), r.number("maxSamples"), r.number("maxFeatures"), r.flag("bootstrap"),
                r.flag("bootstrapFeatures"), r.flag("oobScore"), r.integer("seed"), r.intValue("threads"));
    }

    private static void writeBag(FieldWriter w, int members, double maxSamples, double maxFeatures, boolean bootstrap,
                                 boolean bootstrapFeatures, boolean oobScore, long seed, int threads) {
        w.integer("members", members);
        w.number("maxSamples", maxSamples);
        w.number("maxFeatures", maxFeatures);
        w.flag("bootstrap", bootstrap);
        w.flag("bootstrapFeatures", bootstrapFeatures);
        w.flag("oobScore", oobScore);
        w.integer("seed", seed);
        w.integer("threads", threads);
    }

    /**
     * The member learner of a bag that may be saved: a learner given as itself ({@code of(learner)}),
     * which the registry then writes as a nested learner (and refuses if it is not a library learner).
     *
     * @throws IllegalArgumentException when the member is a {@link SeededLearner} of the caller's own
     */
    static Learner<?> savableMember(SeededLearner<?> member) {
        if (!(member instanceof SeededLearner.Fixed<?> fixed)) {
            throw new IllegalArgumentException("member must be a library learner to save the bag, got the caller's "
                    + "SeededLearner " + member.getClass().getName() + " (a lambda or method reference is code, which "
                    + "a model file cannot hold); fit the bag with of(learner) instead");
        }
        return fixed.learner();
    }

    /** Every member was fitted by the bag's member learner, which a fit guarantees and a save checks. */
    private static void sameMemberLearner(Learner<?> learner, List<? extends Model> models) {
        for (int m = 0; m < models.size(); m++) {
            Model model = models.get(m);
            if (!learner.equals(model.learner())) {
                int index = m;
                throw new IllegalArgumentException("members must be fitted by the member learner " + learner
                        + ", but member " + index + " (a " + model.getClass().getSimpleName() + ") reports "
                        + model.learner() + "; a learner of the caller's own cannot be saved");
            }
        }
    }

    static void write(BaggingClassifierModel m, FieldWriter w) {
        List<Classifier> members = m.members();
        sameMemberLearner(savableMember(m.learner().member()), members);
        w.texts("classNames", m.classNames());
        w.integer("columns", m.columns());
        w.models("members", members);
        Voting voting = m.voting();
        List<int[]> columns = new ArrayList<>();
        List<int[]> maps = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            columns.add(m.memberColumns(k));
            maps.add(voting.classMap(k) == null ? identity(m.classNames().size()) : voting.classMap(k));
        }
        writeIntLists(w, "memberColumns", columns);
        writeIntLists(w, "classMaps", maps);
        writeVotes(m.oob(), w);
    }

    static BaggingClassifierModel readBaggingClassifier(BaggingClassifier learner, FieldReader r) {
        List<String> classNames = r.classNames("classNames");
        int k = classNames.size();
        int p = Check.atLeast("columns", r.intValue("columns"), 1);
        List<Classifier> members = r.models("members", Classifier.class);
        Check.that(members.size() == learner.members(), () -> "members must hold the learner's " + learner.members()
                + " members, got " + members.size());
        sameMemberLearner(savableMember(learner.member()), members);
        List<int[]> columns = readIntLists(r, "memberColumns", members.size());
        List<int[]> maps = readIntLists(r, "classMaps", members.size());
        int[][] cols = new int[members.size()][];
        int[][] classMaps = new int[members.size()][];
        for (int m = 0; m < members.size(); m++) {
            Classifier member = members.get(m);
            cols[m] = memberColumns(m, columns.get(m), member.columns(), p);
            classMaps[m] = classMap(m, maps.get(m), member.classNames(), classNames);
        }
        Voting voting = new Voting(members, cols, classMaps, k, p);
        return new BaggingClassifierModel(learner, voting, classNames, readVotes(r, learner.oobScore(), k));
    }

    static void write(BaggingRegressorModel m, FieldWriter w) {
        List<Regressor> members = m.members();
        sameMemberLearner(savableMember(m.learner().member()), members);
        w.integer("columns", m.columns());
        w.models("members", members);
        List<int[]> columns = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            columns.add(m.memberColumns(k));
        }
        writeIntLists(w, "memberColumns", columns);
        writePredictions(m.oob(), w);
    }

    static BaggingRegressorModel readBaggingRegressor(BaggingRegressor learner, FieldReader r) {
        int p = Check.atLeast("columns", r.intValue("columns"), 1);
        List<Regressor> members = r.models("members", Regressor.class);
        Check.that(members.size() == learner.members(), () -> "members must hold the learner's " + learner.members()
                + " members, got " + members.size());
        sameMemberLearner(savableMember(learner.member()), members);
        List<int[]> columns = readIntLists(r, "memberColumns", members.size());
        int[][] cols = new int[members.size()][];
        for (int m = 0; m < members.size(); m++) {
            cols[m] = memberColumns(m, columns.get(m), members.get(m).columns(), p);
        }
        return new BaggingRegressorModel(learner, new Averaging(members, cols, p),
                readPredictions(r, learner.oobScore()));
    }

    /** A list of int arrays as their lengths ({@code name + "Lengths"}) and their concatenation. */
    private static void writeIntLists(FieldWriter w, String name, List<int[]> lists) {
        int[] lengths = new int[lists.size()];
        int total = 0;
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = lists.get(i).length;
            total += lengths[i];
        }
        int[] flat = new int[total];
        int at = 0;
        for (int[] list : lists) {
            System.arraycopy(list, 0, flat, at, list.length);
            at += list.length;
        }
        w.ints(name + "Lengths", lengths);
        w.ints(name, flat);
    }

    private static List<int[]> readIntLists(FieldReader r, String name, int count) {
        int[] lengths = r.ints(name + "Lengths", count, "one per member");
        int[] flat = r.ints(name);
        long total = 0;
        for (int i = 0; i < lengths.length; i++) {
            int entry = i;
            Check.that(lengths[i] >= 0, () -> name + "Lengths must be >= 0; entry " + entry + " is " + lengths[entry]);
            total += lengths[i];
        }
        long expected = total;
        Check.that(flat.length == expected, () -> name + " must hold the " + expected + " entries its lengths add up "
                + "to, got " + flat.length);
        List<int[]> out = new ArrayList<>(count);
        int at = 0;
        for (int length : lengths) {
            out.add(Arrays.copyOfRange(flat, at, at + length));
            at += length;
        }
        return out;
    }

    /** A member's columns: as many as the member takes, each in {@code [0, p)}; null when all in order. */
    private static int[] memberColumns(int member, int[] columns, int memberWidth, int p) {
        Check.that(columns.length == memberWidth, () -> "memberColumns of member " + member + " must list the "
                + memberWidth + " columns it takes, got " + columns.length);
        boolean all = columns.length == p;
        for (int j = 0; j < columns.length; j++) {
            int c = columns[j];
            int entry = j;
            Check.that(c >= 0 && c < p, () -> "memberColumns of member " + member + " must be in [0, " + p
                    + "); entry " + entry + " is " + c);
            all &= c == j;
        }
        return all ? null : columns;
    }

    /**
     * A member's class map: one strictly increasing index per member class, naming the same class in
     * the bag; null when the member knows every class.
     */
    private static int[] classMap(int member, int[] map, List<String> memberClasses, List<String> classNames) {
        Check.that(map.length == memberClasses.size(), () -> "classMaps of member " + member + " must map its "
                + memberClasses.size() + " classes, got " + map.length + " entries");
        for (int c = 0; c < map.length; c++) {
            int entry = c;
            Check.that(map[c] >= 0 && map[c] < classNames.size() && (c == 0 || map[c] > map[c - 1])
                    && classNames.get(map[c]).equals(memberClasses.get(c)), () -> "classMaps of member " + member
                    + " must map its classes " + memberClasses + " in order onto " + classNames + "; entry " + entry
                    + " is " + map[entry]);
        }
        return map.length == classNames.size() ? null : map;
    }

    private static int[] identity(int k) {
        int[] out = new int[k];
        for (int c = 0; c < k; c++) {
            out[c] = c;
        }
        return out;
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
        w.doubles("trainLosses", m.trainLosses());
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
        List<Stages.StageTree> stages = stageTrees(learner.maxDepth(), learner.minRowsToSplit(),
                learner.minRowsPerLeaf(), trees, null, p);
        return new GradientBoostingRegressorModel(learner, p, init, stages, boxed(losses));
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

    // ---- out-of-bag estimates

    private static void writeVotes(OutOfBag.Votes oob, FieldWriter w) {
        if (oob != null) {
            double[][] p = oob.probabilities();
            w.integer("oobRows", p.length);
            w.doubles("oobProbabilities", concat(Arrays.asList(p)));
            w.number("oobScore", oob.score());
        }
    }

    private static OutOfBag.Votes readVotes(FieldReader r, boolean expected, int classes) {
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

    private static void writePredictions(OutOfBag.Predictions oob, FieldWriter w) {
        if (oob != null) {
            w.doubles("oobPredictions", oob.predictions());
            w.number("oobScore", oob.score());
        }
    }

    private static OutOfBag.Predictions readPredictions(FieldReader r, boolean expected) {
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

    private static double score(double score) {
        Check.that(Double.isNaN(score) || (score >= 0 && score <= 1), () -> "oobScore must be in [0, 1] or NaN, got "
                + Check.format(score));
        return score;
    }

    // ---- shared

    private static void memberShape(String name, int index, Model member, int p, List<String> classNames,
                                    List<String> memberClasses) {
        Check.that(member.columns() == p, () -> name + " " + index + " must take the " + p
                + " columns of the ensemble, got " + member.columns());
        if (classNames != null) {
            Check.that(memberClasses.equals(classNames), () -> name + " " + index + " must know the classes "
                    + classNames + ", got " + memberClasses);
        }
    }

    private static void sameSettings(String name, int index, Learner<?> actual, Learner<?> expected) {
        Check.that(actual.equals(expected), () -> name + " " + index + " must be grown by " + expected
                + " (any seed), got " + actual);
    }

    private static double[] concat(List<double[]> parts) {
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

    private static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
