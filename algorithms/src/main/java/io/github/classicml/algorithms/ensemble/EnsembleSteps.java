package io.github.classicml.algorithms.ensemble;

import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.algorithms.tree.DecisionTreeRegressorModel;
import io.github.classicml.core.Check;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Regressor;

import java.util.List;

/**
 * The pieces of a bag or forest fit, for fitting the same members on rows that are not in one JVM (the
 * distributed entry point used by {@code classicml-spark}; any engine that numbers its rows and can
 * bring one member's rows to one task can use it).
 *
 * <p>On one machine a bag or forest draws every member's seed, columns and row counts from the learner's
 * seed before anything is fitted ({@link BaggingClassifier}, {@link ForestClassifier}). {@link Draws}
 * replays those draws: the driver asks it for each member's seed and columns, and each piece of the data
 * holding rows {@code from..to-1} asks it for each member's counts of those rows alone. Every piece
 * replays the whole random sequence and keeps its own hits, so the counts are the single-machine counts
 * whatever the pieces are: {@code O(members * sampleRows)} cheap random numbers per piece (about 1 ns
 * each), nothing shipped. The engine then brings each member's drawn rows (ascending row number, with
 * their counts) to one task, which builds the member's training set with {@link #forestSample} or
 * {@link #baggingSample} and fits the member's learner ({@code learner.tree(p).withSeed(seed)} for a
 * forest, {@code member().withSeed(seed)} for a bag); the driver assembles the ordinary model with
 * {@link #forestClassifier}, {@link #forestRegressor}, {@link #baggingClassifier} or
 * {@link #baggingRegressor}.
 *
 * <p>A forest member fitted on its drawn rows alone, with their counts as weights, is the tree grown on
 * all rows with zero weights for the others: the tree leaves rows of weight 0 out before it sorts them
 * ({@link io.github.classicml.algorithms.tree.DecisionTreeClassifier#fit(Dataset, double[])}), and the
 * kept rows keep their relative order, so the sorts, sums, thresholds and random draws are the same.
 * Out-of-bag estimates are not part of these steps.
 */
public final class EnsembleSteps {

    private EnsembleSteps() {
    }

    /**
     * What a bag or forest draws before fitting: the inputs of its sample draws. Immutable; rebuild it
     * from its components wherever it is needed (an engine ships the components).
     *
     * @param seed the ensemble's seed
     * @param members the number of members, at least 1
     * @param rows the number of training rows, at least 1
     * @param sampleRows the rows drawn per member, in [1, rows]
     * @param bootstrap whether rows are drawn with replacement
     * @param columns the training width, at least 1
     * @param sampleColumns the columns per member, in [1, columns]
     * @param bootstrapColumns whether columns are drawn with replacement
     */
    public record Draws(long seed, int members, int rows, int sampleRows, boolean bootstrap, int columns,
                        int sampleColumns, boolean bootstrapColumns) {

        /**
         * Validates the components.
         *
         * @param seed the seed
         * @param members the members
         * @param rows the rows
         * @param sampleRows the rows per sample
         * @param bootstrap rows with replacement
         * @param columns the width
         * @param sampleColumns the columns per member
         * @param bootstrapColumns columns with replacement
         */
        public Draws {
            Check.atLeast("members", members, 1);
            Check.atLeast("rows", rows, 1);
            Check.atLeast("sampleRows", sampleRows, 1);
            Check.atMost("sampleRows", sampleRows, rows, "rows");
            Check.atLeast("columns", columns, 1);
            Check.atLeast("sampleColumns", sampleColumns, 1);
            Check.atMost("sampleColumns", sampleColumns, columns, "columns");
        }

        /**
         * @param member the member, in [0, members)
         * @return the seed of its learner
         */
        public long memberSeed(int member) {
            return replay(member, 0, 0).seed();
        }

        /**
         * @param member the member, in [0, members)
         * @return its columns, ascending (repeats with a column bootstrap), or null for all columns in order
         */
        public int[] memberColumns(int member) {
            int[] columns = replay(member, 0, 0).columns();
            return columns == null ? null : columns.clone();
        }

        /**
         * The counts of rows {@code from..to-1} in one member's sample: the single-machine counts of those
         * rows. Replays the member's whole draw (see the class comment for the cost).
         *
         * @param member the member, in [0, members)
         * @param from the first row, in [0, rows]
         * @param to one past the last row, in [from, rows]
         * @return {@code to - from} counts, 0 for a row the member did not draw
         */
        public int[] counts(int member, int from, int to) {
            Check.atLeast("from", from, 0);
            Check.atLeast("to", to, from);
            Check.atMost("to", to, rows, "rows");
            return replay(member, from, to).counts();
        }

        private Bag replay(int member, int from, int to) {
            Check.index("member", member, members);
            return Bag.replay(seed, member, rows, sampleRows, bootstrap, columns, sampleColumns, bootstrapColumns,
                    from, to);
        }
    }

    /**
     * @param learner the bag
     * @param rows the training rows, at least 1
     * @param columns the training width, at least 1
     * @return its draws: {@code floor(maxSamples * rows)} rows and {@code max(1, floor(maxFeatures * columns))}
     *     columns per member
     */
    public static Draws draws(BaggingClassifier learner, int rows, int columns) {
        Check.notNull("learner", learner);
        return bagDraws(learner.seed(), learner.members(), learner.maxSamples(), learner.maxFeatures(),
                learner.bootstrap(), learner.bootstrapFeatures(), rows, columns);
    }

    /**
     * @param learner the bag
     * @param rows the training rows, at least 1
     * @param columns the training width, at least 1
     * @return its draws, as for a {@link BaggingClassifier}
     */
    public static Draws draws(BaggingRegressor learner, int rows, int columns) {
        Check.notNull("learner", learner);
        return bagDraws(learner.seed(), learner.members(), learner.maxSamples(), learner.maxFeatures(),
                learner.bootstrap(), learner.bootstrapFeatures(), rows, columns);
    }

    private static Draws bagDraws(long seed, int members, double maxSamples, double maxFeatures, boolean bootstrap,
                                  boolean bootstrapFeatures, int rows, int columns) {
        Check.atLeast("rows", rows, 1);
        Check.atLeast("columns", columns, 1);
        int sampleRows = BaggingClassifier.sampleRows(maxSamples, rows);
        int sampleColumns = Math.max(1, (int) (maxFeatures * columns));
        return new Draws(seed, members, rows, sampleRows, bootstrap, columns, sampleColumns, bootstrapFeatures);
    }

    /**
     * @param learner the forest
     * @param rows the training rows, at least 1
     * @param columns the training width, at least 1
     * @return its draws: {@code max(1, rint(maxSamples * rows))} rows with replacement, or every row once;
     *     all columns
     */
    public static Draws draws(ForestClassifier learner, int rows, int columns) {
        Check.notNull("learner", learner);
        return forestDraws(learner.seed(), learner.trees(), learner.bootstrap(), learner.maxSamples(), rows, columns);
    }

    /**
     * @param learner the forest
     * @param rows the training rows, at least 1
     * @param columns the training width, at least 1
     * @return its draws, as for a {@link ForestClassifier}
     */
    public static Draws draws(ForestRegressor learner, int rows, int columns) {
        Check.notNull("learner", learner);
        return forestDraws(learner.seed(), learner.trees(), learner.bootstrap(), learner.maxSamples(), rows, columns);
    }

    private static Draws forestDraws(long seed, int trees, boolean bootstrap, double maxSamples, int rows,
                                     int columns) {
        Check.atLeast("rows", rows, 1);
        Check.atLeast("columns", columns, 1);
        int sampleRows = bootstrap ? Math.max(1, (int) Math.rint(maxSamples * rows)) : rows;
        return new Draws(seed, trees, rows, sampleRows, bootstrap, columns, columns, false);
    }

    /**
     * A forest member's training rows and weights: the tree grown on them is the single-machine member.
     *
     * @param data the member's drawn rows, ascending by row number, with the training column names and
     *     targets (for a classifier every training class, in training order, even those it did not draw)
     * @param weights the rows' counts, or null when the forest does not bootstrap (every row once)
     */
    public record ForestSample(Dataset data, double[] weights) {
    }

    /**
     * Builds a forest member's training set from its drawn rows.
     *
     * @param draws the forest's draws
     * @param x the drawn rows' features, row-major, ascending by row number; not modified
     * @param counts each drawn row's count, all positive; not modified
     * @param columnNames the training column names
     * @param classes each drawn row's class index in the training classes
     * @param classNames the training classes
     * @return the rows with their classes and weights
     */
    public static ForestSample forestSample(Draws draws, double[] x, int[] counts, List<String> columnNames,
                                            int[] classes, List<String> classNames) {
        Check.notNull("classes", classes);
        Dataset rows = drawnRows(draws, x, counts, columnNames).withClasses(classes, classNames);
        return new ForestSample(rows, weights(draws, counts));
    }

    /**
     * @param draws the forest's draws
     * @param x the drawn rows' features, row-major, ascending by row number; not modified
     * @param counts each drawn row's count, all positive; not modified
     * @param columnNames the training column names
     * @param targets each drawn row's target
     * @return the rows with their targets and weights
     */
    public static ForestSample forestSample(Draws draws, double[] x, int[] counts, List<String> columnNames,
                                            double[] targets) {
        Check.notNull("targets", targets);
        Dataset rows = drawnRows(draws, x, counts, columnNames).withTargets(targets, "y");
        return new ForestSample(rows, weights(draws, counts));
    }

    private static Dataset drawnRows(Draws draws, double[] x, int[] counts, List<String> columnNames) {
        checkDrawn(draws, x, counts);
        return Dataset.ofRowMajor(x, draws.columns()).withColumnNames(columnNames);
    }

    private static void checkDrawn(Draws draws, double[] x, int[] counts) {
        Check.notNull("draws", draws);
        Check.notNull("x", x);
        Check.notNull("counts", counts);
        Check.that(x.length == (long) counts.length * draws.columns(), () -> "x must hold " + counts.length
                + " rows (counts) of " + draws.columns() + " columns, got " + x.length + " values");
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            Check.atLeast("counts", i, counts[i], 1);
            total += counts[i];
        }
        long drawn = total;
        Check.that(drawn == draws.sampleRows(), () -> "counts must add up to the sample size " + draws.sampleRows()
                + ", got " + drawn);
    }

    private static double[] weights(Draws draws, int[] counts) {
        if (!draws.bootstrap()) {
            return null;
        }
        double[] w = new double[counts.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = counts[i];
        }
        return w;
    }

    /**
     * A bag member's training set and, for a classifier, the map from its classes to the bag's.
     *
     * @param data the member's rows (repeated as drawn) and columns, with targets
     * @param classMap the bag's class of each of the sample's classes; null for a regressor
     */
    public record BagSample(Dataset data, int[] classMap) {
    }

    /**
     * Builds a bag member's classification sample from its drawn rows, as the single-machine bag does:
     * each row repeated as often as it was drawn, the member's columns, and the classes present in the
     * sample in training order.
     *
     * @param draws the bag's draws
     * @param member the member
     * @param x the drawn rows' features (all training columns), row-major, ascending by row number
     * @param counts each drawn row's count, all positive
     * @param classes each drawn row's class index in the training classes
     * @param classNames the training classes
     * @return the sample and its class map
     */
    public static BagSample baggingSample(Draws draws, int member, double[] x, int[] counts, int[] classes,
                                          List<String> classNames) {
        Check.notNull("classes", classes);
        Check.notNull("classNames", classNames);
        Bag bag = drawnBag(draws, member, x, counts);
        Check.sameLength("counts", counts.length, "classes", classes.length);
        Samples.ClassSample sample = Samples.classes(x, draws.columns(), classes, classNames, bag);
        return new BagSample(sample.data(), sample.classMap());
    }

    /**
     * Builds a bag member's regression sample from its drawn rows, as the single-machine bag does.
     *
     * @param draws the bag's draws
     * @param member the member
     * @param x the drawn rows' features (all training columns), row-major, ascending by row number
     * @param counts each drawn row's count, all positive
     * @param targets each drawn row's target
     * @return the sample (no class map)
     */
    public static BagSample baggingSample(Draws draws, int member, double[] x, int[] counts, double[] targets) {
        Check.notNull("targets", targets);
        Bag bag = drawnBag(draws, member, x, counts);
        Check.sameLength("counts", counts.length, "targets", targets.length);
        return new BagSample(Samples.targets(x, draws.columns(), targets, bag), null);
    }

    /** The member's bag restricted to its drawn rows: the same sample, numbered from 0. */
    private static Bag drawnBag(Draws draws, int member, double[] x, int[] counts) {
        checkDrawn(draws, x, counts);
        return new Bag(draws.memberSeed(member), counts.clone(), draws.sampleRows(), draws.memberColumns(member));
    }

    /**
     * The forest of fitted trees, as {@link ForestClassifier#fit} builds it, without out-of-bag estimates.
     *
     * @param learner the forest's learner, with {@code oobScore} off
     * @param trees the trees, in member order, each fitted on its member's sample with the training classes
     * @param classNames the training classes
     * @param columns the training width
     * @return the model
     * @throws IllegalArgumentException if the number of trees, a tree's width or classes disagree, or the
     *     learner asks for out-of-bag estimates
     */
    public static ForestClassifierModel forestClassifier(ForestClassifier learner,
                                                         List<DecisionTreeClassifierModel> trees,
                                                         List<String> classNames, int columns) {
        return forestClassifier(learner, trees, classNames, columns, null, null);
    }

    /**
     * The forest of fitted trees, as {@link ForestClassifier#fit} builds it.
     *
     * @param learner the forest's learner
     * @param trees the trees, in member order, each fitted on its member's sample with the training classes
     * @param classNames the training classes
     * @param columns the training width
     * @param outOfBag with {@code oobScore}: the {@link #outOfBagVotes} of every training row, in row
     *     order ({@code rows * (classes + 1)} values); else null
     * @param classes with {@code oobScore}: every training row's class; else null
     * @return the model
     * @throws IllegalArgumentException if the number of trees, a tree's width or classes disagree, or the
     *     out-of-bag sums are given without {@code oobScore} or missing with it
     */
    public static ForestClassifierModel forestClassifier(ForestClassifier learner,
                                                         List<DecisionTreeClassifierModel> trees,
                                                         List<String> classNames, int columns, double[] outOfBag,
                                                         int[] classes) {
        Check.notNull("learner", learner);
        Check.notNull("trees", trees);
        Check.notNull("classNames", classNames);
        checkMembers(trees, learner.trees(), columns);
        for (int m = 0; m < trees.size(); m++) {
            int member = m;
            Check.that(trees.get(m).classNames().equals(classNames), () -> "trees must know the training classes "
                    + classNames + "; tree " + member + " knows " + trees.get(member).classNames());
        }
        Voting voting = new Voting(trees, new int[trees.size()][], new int[trees.size()][], classNames.size(), columns);
        return new ForestClassifierModel(learner, trees, voting, classNames,
                votes(learner.oobScore(), outOfBag, classes, classNames.size()));
    }

    /**
     * The forest of fitted regression trees, as {@link ForestRegressor#fit} builds it, without out-of-bag
     * estimates.
     *
     * @param learner the forest's learner, with {@code oobScore} off
     * @param trees the trees, in member order
     * @param columns the training width
     * @return the model
     */
    public static ForestRegressorModel forestRegressor(ForestRegressor learner, List<DecisionTreeRegressorModel> trees,
                                                       int columns) {
        return forestRegressor(learner, trees, columns, null, null);
    }

    /**
     * The forest of fitted regression trees, as {@link ForestRegressor#fit} builds it.
     *
     * @param learner the forest's learner
     * @param trees the trees, in member order
     * @param columns the training width
     * @param outOfBag with {@code oobScore}: the {@link #outOfBagPredictions} of every training row, in
     *     row order ({@code 2 * rows} values); else null
     * @param targets with {@code oobScore}: every training row's target; else null
     * @return the model
     */
    public static ForestRegressorModel forestRegressor(ForestRegressor learner, List<DecisionTreeRegressorModel> trees,
                                                       int columns, double[] outOfBag, double[] targets) {
        Check.notNull("learner", learner);
        Check.notNull("trees", trees);
        checkMembers(trees, learner.trees(), columns);
        Averaging averaging = new Averaging(trees, new int[trees.size()][], columns);
        return new ForestRegressorModel(learner, trees, averaging, predictions(learner.oobScore(), outOfBag, targets));
    }

    /**
     * The bag of fitted members, as {@link BaggingClassifier#fit} builds it, without out-of-bag estimates.
     *
     * @param learner the bag's learner, with {@code oobScore} off
     * @param draws its draws (for the members' columns)
     * @param members the members, in member order, each fitted on its {@link #baggingSample}
     * @param classMaps each member's class map, from its sample
     * @param classNames the training classes
     * @return the model
     */
    public static BaggingClassifierModel baggingClassifier(BaggingClassifier learner, Draws draws,
                                                           List<? extends Classifier> members,
                                                           List<int[]> classMaps, List<String> classNames) {
        return baggingClassifier(learner, draws, members, classMaps, classNames, null, null);
    }

    /**
     * The bag of fitted members, as {@link BaggingClassifier#fit} builds it.
     *
     * @param learner the bag's learner
     * @param draws its draws (for the members' columns)
     * @param members the members, in member order, each fitted on its {@link #baggingSample}
     * @param classMaps each member's class map, from its sample
     * @param classNames the training classes
     * @param outOfBag with {@code oobScore}: the {@link #outOfBagVotes} of every training row, in row
     *     order; else null
     * @param classes with {@code oobScore}: every training row's class; else null
     * @return the model
     */
    public static BaggingClassifierModel baggingClassifier(BaggingClassifier learner, Draws draws,
                                                           List<? extends Classifier> members,
                                                           List<int[]> classMaps, List<String> classNames,
                                                           double[] outOfBag, int[] classes) {
        Check.notNull("learner", learner);
        Check.notNull("draws", draws);
        Check.notNull("classNames", classNames);
        Voting voting = voting(draws, members, classMaps, classNames.size());
        Check.that(voting.size() == learner.members(), () -> "members must hold the " + learner.members()
                + " members of the learner, got " + voting.size());
        return new BaggingClassifierModel(learner, voting, classNames,
                votes(learner.oobScore(), outOfBag, classes, classNames.size()));
    }

    /**
     * The bag of fitted regressors, as {@link BaggingRegressor#fit} builds it, without out-of-bag estimates.
     *
     * @param learner the bag's learner, with {@code oobScore} off
     * @param draws its draws (for the members' columns)
     * @param members the members, in member order
     * @return the model
     */
    public static BaggingRegressorModel baggingRegressor(BaggingRegressor learner, Draws draws,
                                                         List<? extends Regressor> members) {
        return baggingRegressor(learner, draws, members, null, null);
    }

    /**
     * The bag of fitted regressors, as {@link BaggingRegressor#fit} builds it.
     *
     * @param learner the bag's learner
     * @param draws its draws (for the members' columns)
     * @param members the members, in member order
     * @param outOfBag with {@code oobScore}: the {@link #outOfBagPredictions} of every training row, in
     *     row order; else null
     * @param targets with {@code oobScore}: every training row's target; else null
     * @return the model
     */
    public static BaggingRegressorModel baggingRegressor(BaggingRegressor learner, Draws draws,
                                                         List<? extends Regressor> members, double[] outOfBag,
                                                         double[] targets) {
        Check.notNull("learner", learner);
        Check.notNull("draws", draws);
        Averaging averaging = averaging(draws, members);
        Check.that(averaging.size() == learner.members(), () -> "members must hold the " + learner.members()
                + " members of the learner, got " + averaging.size());
        return new BaggingRegressorModel(learner, averaging, predictions(learner.oobScore(), outOfBag, targets));
    }

    /**
     * Each row's out-of-bag sums over one piece of the rows: for rows {@code from..from+r-1}, the
     * probabilities (or votes, when a member has no probabilities) of the members that did not draw the
     * row, added in member order, and how many members those are. Replays every member's counts
     * ({@link Draws#counts}).
     *
     * @param draws the ensemble's draws
     * @param members the fitted members, in member order (a forest's trees or a bag's members)
     * @param classMaps a bag's class maps, or null for a forest (whose trees know every class)
     * @param classes the number of training classes
     * @param from the piece's first row
     * @param x the piece's rows, all training columns, row-major; not modified
     * @return {@code r * (classes + 1)} values: per row the class sums, then the member count
     */
    public static double[] outOfBagVotes(Draws draws, List<? extends Classifier> members, List<int[]> classMaps,
                                         int classes, int from, double[] x) {
        Check.notNull("draws", draws);
        Check.atLeast("classes", classes, 1);
        Voting voting = voting(draws, members, classMaps, classes);
        int p = draws.columns();
        int rows = piece(draws, from, x);
        int stride = classes + 1;
        double[] out = new double[rows * stride];
        double[] row = new double[p];
        double[] one = new double[classes];
        for (int m = 0; m < draws.members(); m++) {
            int[] counts = draws.counts(m, from, from + rows);
            for (int i = 0; i < rows; i++) {
                if (counts[i] == 0) {
                    System.arraycopy(x, i * p, row, 0, p);
                    java.util.Arrays.fill(one, 0);
                    voting.add(m, row, one);
                    for (int c = 0; c < classes; c++) {
                        out[i * stride + c] += one[c];
                    }
                    out[i * stride + classes]++;
                }
            }
        }
        return out;
    }

    /**
     * Each row's out-of-bag sums over one piece of the rows, for regression: the predictions of the
     * members that did not draw the row, added in member order, and how many members those are.
     *
     * @param draws the ensemble's draws
     * @param members the fitted members, in member order
     * @param from the piece's first row
     * @param x the piece's rows, all training columns, row-major; not modified
     * @return {@code 2 r} values: per row the sum, then the member count
     */
    public static double[] outOfBagPredictions(Draws draws, List<? extends Regressor> members, int from, double[] x) {
        Check.notNull("draws", draws);
        Averaging averaging = averaging(draws, members);
        int p = draws.columns();
        int rows = piece(draws, from, x);
        double[] out = new double[2 * rows];
        double[] row = new double[p];
        for (int m = 0; m < draws.members(); m++) {
            int[] counts = draws.counts(m, from, from + rows);
            for (int i = 0; i < rows; i++) {
                if (counts[i] == 0) {
                    System.arraycopy(x, i * p, row, 0, p);
                    out[2 * i] += averaging.predict(m, row);
                    out[2 * i + 1]++;
                }
            }
        }
        return out;
    }

    private static int piece(Draws draws, int from, double[] x) {
        Check.notNull("x", x);
        int p = draws.columns();
        Check.that(x.length % p == 0, () -> "x must hold whole rows of " + p + " columns, got " + x.length
                + " values");
        int rows = x.length / p;
        Check.atLeast("from", from, 0);
        Check.that((long) from + rows <= draws.rows(), () -> "from + rows must be <= the rows (" + draws.rows()
                + "), got " + from + " + " + rows);
        return rows;
    }

    private static Voting voting(Draws draws, List<? extends Classifier> members, List<int[]> classMaps, int k) {
        int[][] columns = memberColumns(draws, members, draws.members());
        int[][] maps = new int[members.size()][];
        if (classMaps != null) {
            Check.sameLength("members", members.size(), "classMaps", classMaps.size());
            for (int m = 0; m < maps.length; m++) {
                int[] map = Check.notNull("classMaps", m, classMaps.get(m));
                maps[m] = map.length == k ? null : map.clone();
            }
        }
        return new Voting(members, columns, maps, k, draws.columns());
    }

    private static Averaging averaging(Draws draws, List<? extends Regressor> members) {
        return new Averaging(members, memberColumns(draws, members, draws.members()), draws.columns());
    }

    /** Finishes the out-of-bag votes from the gathered per-row sums, or checks that none are given. */
    private static OutOfBag.Votes votes(boolean oobScore, double[] outOfBag, int[] classes, int k) {
        if (!oobScore) {
            Check.that(outOfBag == null && classes == null, "outOfBag must be null when the learner's oobScore is "
                    + "false, got sums");
            return null;
        }
        Check.that(outOfBag != null && classes != null, "outOfBag and classes must be given when the learner's "
                + "oobScore is true, got null");
        int n = classes.length;
        Check.that(outOfBag.length == (long) n * (k + 1), () -> "outOfBag must hold " + (k + 1) + " values for each of "
                + n + " rows, got " + outOfBag.length);
        double[][] total = new double[n][k];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(outOfBag, i * (k + 1), total[i], 0, k);
            seen[i] = outOfBag[i * (k + 1) + k] > 0;
            Check.classIndex("classes", i, classes[i], k);
        }
        return OutOfBag.finishVotes(total, seen, classes);
    }

    /** Finishes the out-of-bag predictions from the gathered per-row sums, or checks that none are given. */
    private static OutOfBag.Predictions predictions(boolean oobScore, double[] outOfBag, double[] targets) {
        if (!oobScore) {
            Check.that(outOfBag == null && targets == null, "outOfBag must be null when the learner's oobScore is "
                    + "false, got sums");
            return null;
        }
        Check.that(outOfBag != null && targets != null, "outOfBag and targets must be given when the learner's "
                + "oobScore is true, got null");
        int n = targets.length;
        Check.that(outOfBag.length == 2L * n, () -> "outOfBag must hold 2 values for each of " + n + " rows, got "
                + outOfBag.length);
        double[] sum = new double[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            sum[i] = outOfBag[2 * i];
            count[i] = (int) outOfBag[2 * i + 1];
        }
        return OutOfBag.finishPredictions(sum, count, targets.clone());
    }

    private static int[][] memberColumns(Draws draws, List<?> members, int expected) {
        Check.notNull("members", members);
        Check.that(members.size() == expected && draws.members() == expected, () -> "members must hold the "
                + expected + " members of the learner, got " + members.size());
        int[][] columns = new int[expected][];
        for (int m = 0; m < expected; m++) {
            Check.notNull("members", m, members.get(m));
            columns[m] = draws.memberColumns(m);
        }
        return columns;
    }

    private static void checkMembers(List<? extends io.github.classicml.core.Model> trees, int expected,
                                     int columns) {
        Check.that(trees.size() == expected, () -> "trees must hold the learner's " + expected + " trees, got "
                + trees.size());
        for (int m = 0; m < trees.size(); m++) {
            int member = m;
            int width = Check.notNull("trees", m, trees.get(m)).columns();
            Check.that(width == columns, () -> "trees must be " + columns + " columns wide; tree " + member
                    + " is " + width);
        }
    }
}
