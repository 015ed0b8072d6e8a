package io.github.classicml.spark;

import io.github.classicml.algorithms.ModelFiles;
import io.github.classicml.algorithms.ensemble.BaggingClassifier;
import io.github.classicml.algorithms.ensemble.BaggingClassifierModel;
import io.github.classicml.algorithms.ensemble.BaggingRegressor;
import io.github.classicml.algorithms.ensemble.BaggingRegressorModel;
import io.github.classicml.algorithms.ensemble.EnsembleSteps;
import io.github.classicml.algorithms.ensemble.ForestClassifier;
import io.github.classicml.algorithms.ensemble.ForestClassifierModel;
import io.github.classicml.algorithms.ensemble.ForestRegressor;
import io.github.classicml.algorithms.ensemble.ForestRegressorModel;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.algorithms.tree.DecisionTreeRegressorModel;
import io.github.classicml.core.Check;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.io.ModelFileException;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Bagging, random forests and extra trees fitted on rows held by Spark, giving the model the
 * single-machine {@code learner.fit} gives on the same rows in the frame's order: the same members, tree
 * by tree and node by node, whatever the number of partitions.
 *
 * <p>How. The rows are numbered {@code 0..n-1} in the frame's order ({@code zipWithIndex}). On one
 * machine the ensemble draws every member's seed, columns and bootstrap counts from its seed before
 * fitting anything; here every partition replays those draws ({@link EnsembleSteps.Draws#counts}) and
 * keeps the counts of its own rows, so the samples are the single-machine samples and do not depend on
 * the partitioning. Each drawn row is sent, with its count, to its member (a shuffle keyed by member,
 * one task per member); the task sorts the member's rows by number, builds its training set (a forest
 * tree: the drawn rows weighted by their counts, every training class known; a bag member: each row
 * repeated as drawn, its columns) and fits it with the single-machine code. The member's learner goes
 * out as learner bytes ({@link ModelFiles#learnerToBytes}) and the fitted member comes back as its model
 * file; the driver assembles the ordinary model ({@link EnsembleSteps}). A tree grown on its drawn rows
 * alone is the tree grown on all rows with weight 0 for the others, because the tree leaves rows of
 * weight 0 out before it sorts, so the forest is bit-identical.
 *
 * <p>Cost and limits: every partition draws {@code members * sampleRows} random numbers (one pass of
 * about 1 ns each, e.g. 100 trees on 10 million rows: about a second per partition) and holds its own
 * rows while it emits them; the shuffle moves each member's sample, about {@code 0.63 n} distinct rows per
 * bootstrap member ({@code n} rows per member without bootstrap, as extra trees default to), so
 * {@code 0.63 n * members} rows in all. <b>Each member's sample must fit in one task's memory</b>, as the
 * whole dataset fits one JVM on one machine: this distributes the members, not a single tree. Rows are
 * limited to {@code Integer.MAX_VALUE}. The frame's order must be deterministic (a frame read from files,
 * or sorted); the numbered rows are cached for the fit.
 *
 * <p>Out-of-bag estimates ({@code oobScore}): one more pass in which every partition replays the counts
 * again and sums, for each of its rows, the answers of the members that did not draw it, in member order
 * (the members broadcast as model files); the sums come to the driver in row order ({@code classes + 1}
 * doubles per row, or 2 for regression), which finishes the estimates as one machine does, so they are
 * the single-machine estimates too. The model holds one out-of-bag answer per training row, as on one
 * machine; that is what limits {@code oobScore} to data whose rows' answers fit on the driver.
 */
public final class SparkEnsembles {

    // The ensemble kinds as ints, not an enum: Spark's closures capture only primitives and byte arrays
    // (learners and members travel as model-file bytes, the draws are rebuilt from their numbers), so no
    // classicml type ever goes through Java serialisation.
    private static final int FOREST_CLASSIFIER = 0;
    private static final int FOREST_REGRESSOR = 1;
    private static final int BAG_CLASSIFIER = 2;
    private static final int BAG_REGRESSOR = 3;

    private SparkEnsembles() {
    }

    /**
     * A random forest or extra trees for classification.
     *
     * @param learner the forest
     * @param data rows with a class target
     * @return the model {@code learner.fit} gives on the same rows: identical trees (and out-of-bag estimates)
     * @throws IllegalArgumentException as {@code learner.fit}
     */
    public static ForestClassifierModel forestClassifier(ForestClassifier learner, SparkData data) {
        Check.notNull("learner", learner);
        Check.notNull("data", data);
        List<String> classes = data.classNames();
        int p = data.columns();
        // checks maxFeatures against the width before any job
        DecisionTreeClassifier tree = learner.tree(p);
        Fitted fitted = fit(FOREST_CLASSIFIER, learner.oobScore(), data.classificationRows(classes), data, classes,
                (draws, m) -> tree.withSeed(draws.memberSeed(m)),
                rows -> EnsembleSteps.draws(learner, rows, p));
        List<DecisionTreeClassifierModel> trees = fitted.models(DecisionTreeClassifierModel.class);
        return EnsembleSteps.forestClassifier(learner, trees, classes, p, fitted.outOfBag(), fitted.classes());
    }

    /**
     * A random forest or extra trees for regression.
     *
     * @param learner the forest
     * @param data rows with a numeric target
     * @return the model {@code learner.fit} gives on the same rows: identical trees (and out-of-bag estimates)
     * @throws IllegalArgumentException as {@code learner.fit}
     */
    public static ForestRegressorModel forestRegressor(ForestRegressor learner, SparkData data) {
        Check.notNull("learner", learner);
        Check.notNull("data", data);
        int p = data.columns();
        DecisionTreeRegressor tree = learner.tree(p);
        Fitted fitted = fit(FOREST_REGRESSOR, learner.oobScore(), data.regressionRows(), data, null,
                (draws, m) -> tree.withSeed(draws.memberSeed(m)),
                rows -> EnsembleSteps.draws(learner, rows, p));
        return EnsembleSteps.forestRegressor(learner, fitted.models(DecisionTreeRegressorModel.class), p,
                fitted.outOfBag(), fitted.targets());
    }

    /**
     * Bagging of a library classifier ({@code BaggingClassifier.of(KnnClassifier.of(5))},
     * {@code BaggingClassifier.of(DecisionTreeClassifier.of()::withSeed)}, ...).
     *
     * @param learner the bag; each member's learner
     *     ({@code member().withSeed(seed)}) must be one of the library's learners, since it travels as a
     *     model file, and its models must have model files
     * @param data rows with a class target
     * @return the model {@code learner.fit} gives on the same rows: identical members
     * @throws IllegalArgumentException if a member's learner is not a library learner, or as {@code learner.fit}
     */
    public static BaggingClassifierModel baggingClassifier(BaggingClassifier learner, SparkData data) {
        Check.notNull("learner", learner);
        Check.notNull("data", data);
        List<String> classes = data.classNames();
        int p = data.columns();
        EnsembleSteps.Draws[] drawn = new EnsembleSteps.Draws[1];
        Fitted fitted = fit(BAG_CLASSIFIER, learner.oobScore(), data.classificationRows(classes), data, classes,
                (draws, m) -> learner.member().withSeed(draws.memberSeed(m)),
                rows -> drawn[0] = EnsembleSteps.draws(learner, rows, p));
        return EnsembleSteps.baggingClassifier(learner, drawn[0], fitted.models(Classifier.class), fitted.classMaps(),
                classes, fitted.outOfBag(), fitted.classes());
    }

    /**
     * Bagging of a library regressor.
     *
     * @param learner the bag; each member's learner must be one of the
     *     library's learners
     * @param data rows with a numeric target
     * @return the model {@code learner.fit} gives on the same rows: identical members
     * @throws IllegalArgumentException as {@link #baggingClassifier}
     */
    public static BaggingRegressorModel baggingRegressor(BaggingRegressor learner, SparkData data) {
        Check.notNull("learner", learner);
        Check.notNull("data", data);
        int p = data.columns();
        EnsembleSteps.Draws[] drawn = new EnsembleSteps.Draws[1];
        Fitted fitted = fit(BAG_REGRESSOR, learner.oobScore(), data.regressionRows(), data, null,
                (draws, m) -> learner.member().withSeed(draws.memberSeed(m)),
                rows -> drawn[0] = EnsembleSteps.draws(learner, rows, p));
        return EnsembleSteps.baggingRegressor(learner, drawn[0], fitted.models(Regressor.class), fitted.outOfBag(),
                fitted.targets());
    }

    /** The learner of member {@code m}, on the driver. */
    private interface MemberLearner {
        Learner<?> of(EnsembleSteps.Draws draws, int member);
    }

    /** The ensemble's draws for {@code rows} rows, on the driver. */
    private interface DrawsFor {
        EnsembleSteps.Draws of(int rows);
    }

    /**
     * The fitted members' model files and, for a bag of classifiers, their class maps, in member order;
     * with out-of-bag estimates, every row's out-of-bag sums and its class or target, in row order (else
     * null).
     */
    private record Fitted(List<byte[]> files, List<int[]> classMaps, double[] outOfBag, int[] classes,
                          double[] targets) {

        <M extends Model> List<M> models(Class<M> type) {
            return members(files.toArray(new byte[0][]), type);
        }
    }

    /**
     * Numbers the rows, sends each member's drawn rows to one task, fits the members there and brings
     * their model files back.
     *
     * @param rows each row's features and then its target (a class index for classification)
     */
    private static Fitted fit(int kind, boolean oob, JavaRDD<double[]> rows, SparkData data, List<String> classes,
                              MemberLearner memberLearner, DrawsFor drawsFor) {
        JavaPairRDD<double[], Long> numbered = rows.zipWithIndex().cache();
        try {
            long n = numbered.count();
            Check.that(n >= 1, "data must have at least 1 row, got 0");
            Check.that(n <= Integer.MAX_VALUE, () -> "data must have at most " + Integer.MAX_VALUE
                    + " rows (one member's sample is fitted in one task), got " + n);
            EnsembleSteps.Draws draws = drawsFor.of((int) n);
            int members = draws.members();
            byte[][] learners = new byte[members][];
            for (int m = 0; m < members; m++) {
                Learner<?> learner = memberLearner.of(draws, m);
                try {
                    learners[m] = ModelFiles.learnerToBytes(learner);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("member must be one of classicml's learners to fit on Spark "
                            + "(it travels as a model file); " + e.getMessage(), e);
                }
            }
            JavaSparkContext context = JavaSparkContext.fromSparkContext(data.frame().sparkSession().sparkContext());
            Broadcast<byte[][]> learnerFiles = context.broadcast(learners);
            // the draws travel as their components: nothing of classicml is Java-serialised
            long seed = draws.seed();
            int rowCount = draws.rows();
            int sampleRows = draws.sampleRows();
            boolean bootstrap = draws.bootstrap();
            int p = draws.columns();
            int sampleColumns = draws.sampleColumns();
            boolean bootstrapColumns = draws.bootstrapColumns();
            String[] columnNames = data.featureColumns().toArray(new String[0]);
            String[] classNames = classes == null ? null : classes.toArray(new String[0]);
            List<Tuple2<Integer, Tuple2<byte[], int[]>>> collected = numbered
                    .mapPartitionsToPair(part -> new Emission(part, new EnsembleSteps.Draws(seed, members, rowCount,
                            sampleRows, bootstrap, p, sampleColumns, bootstrapColumns)))
                    .groupByKey(members)
                    .mapToPair(group -> {
                        int m = group._1();
                        EnsembleSteps.Draws d = new EnsembleSteps.Draws(seed, members, rowCount, sampleRows, bootstrap,
                                p, sampleColumns, bootstrapColumns);
                        return new Tuple2<>(m, fitMember(kind, d, m, group._2(), learnerFiles.value()[m],
                                columnNames, classNames));
                    })
                    .collect();
            learnerFiles.destroy();
            List<Tuple2<Integer, Tuple2<byte[], int[]>>> ordered = new ArrayList<>(collected);
            ordered.sort(Comparator.comparing(Tuple2::_1));
            Check.that(ordered.size() == members, () -> "every member must have a sample; got " + ordered.size()
                    + " of " + members);
            List<byte[]> files = new ArrayList<>(members);
            List<int[]> maps = new ArrayList<>(members);
            for (Tuple2<Integer, Tuple2<byte[], int[]>> t : ordered) {
                files.add(t._2()._1());
                maps.add(t._2()._2());
            }
            if (!oob) {
                return new Fitted(files, maps, null, null, null);
            }
            // out-of-bag pass: each partition replays the counts and sums its rows' out-of-bag answers in
            // member order, with the members broadcast as their model files
            Broadcast<byte[][]> memberFiles = context.broadcast(files.toArray(new byte[0][]));
            int[][] classMaps = kind == BAG_CLASSIFIER ? maps.toArray(new int[0][]) : null;
            int k = classNames == null ? 0 : classNames.length;
            List<Tuple2<Long, Tuple2<double[], double[]>>> parts = numbered.mapPartitions(part -> {
                EnsembleSteps.Draws d = new EnsembleSteps.Draws(seed, members, rowCount, sampleRows, bootstrap, p,
                        sampleColumns, bootstrapColumns);
                return outOfBagPart(kind, d, part, memberFiles.value(), classMaps, k);
            }).collect();
            memberFiles.destroy();
            List<Tuple2<Long, Tuple2<double[], double[]>>> inOrder = new ArrayList<>(parts);
            inOrder.sort(Comparator.comparing(Tuple2::_1));
            boolean classification = kind == FOREST_CLASSIFIER || kind == BAG_CLASSIFIER;
            int stride = classification ? k + 1 : 2;
            Check.that((long) rowCount * stride <= Integer.MAX_VALUE - 8, () -> "oobScore needs rows * "
                    + (classification ? "(classes + 1)" : "2") + " <= " + (Integer.MAX_VALUE - 8)
                    + " out-of-bag sums on the driver, got " + rowCount + " rows; set oobScore false");
            double[] sums = new double[rowCount * stride];
            double[] targets = new double[rowCount];
            int at = 0;
            for (Tuple2<Long, Tuple2<double[], double[]>> part : inOrder) {
                double[] t = part._2()._2();
                System.arraycopy(part._2()._1(), 0, sums, at * stride, t.length * stride);
                System.arraycopy(t, 0, targets, at, t.length);
                at += t.length;
            }
            int[] labels = null;
            if (classification) {
                labels = new int[rowCount];
                for (int i = 0; i < rowCount; i++) {
                    labels[i] = (int) targets[i];
                }
            }
            return new Fitted(files, maps, sums, labels, classification ? null : targets);
        } finally {
            numbered.unpersist(false);
        }
    }

    /**
     * One partition's out-of-bag sums ({@link EnsembleSteps#outOfBagVotes} or
     * {@link EnsembleSteps#outOfBagPredictions}) with its first row number and its rows' targets.
     */
    private static Iterator<Tuple2<Long, Tuple2<double[], double[]>>> outOfBagPart(
            int kind, EnsembleSteps.Draws draws, Iterator<Tuple2<double[], Long>> part, byte[][] files,
            int[][] classMaps, int classes) {
        List<double[]> rows = new ArrayList<>();
        long from = -1;
        while (part.hasNext()) {
            Tuple2<double[], Long> t = part.next();
            if (from < 0) {
                from = t._2();
            }
            rows.add(t._1());
        }
        if (rows.isEmpty()) {
            return Collections.emptyIterator();
        }
        int p = draws.columns();
        double[] x = new double[rows.size() * p];
        double[] targets = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, x, i * p, p);
            targets[i] = rows.get(i)[p];
        }
        boolean classification = kind == FOREST_CLASSIFIER || kind == BAG_CLASSIFIER;
        double[] sums;
        if (classification) {
            List<Classifier> members = members(files, Classifier.class);
            sums = EnsembleSteps.outOfBagVotes(draws, members, classMaps == null ? null : List.of(classMaps), classes,
                    (int) from, x);
        } else {
            sums = EnsembleSteps.outOfBagPredictions(draws, members(files, Regressor.class), (int) from, x);
        }
        return List.of(new Tuple2<>(from, new Tuple2<>(sums, targets))).iterator();
    }

    private static <M extends Model> List<M> members(byte[][] files, Class<M> type) {
        List<M> out = new ArrayList<>(files.length);
        for (int m = 0; m < files.length; m++) {
            try {
                out.add(ModelFiles.fromBytes(files[m], "member " + m, type));
            } catch (ModelFileException e) {
                // these bytes were written a moment ago by the library itself: a failure here is a broken transfer
                throw new IllegalStateException("the model file of member " + m + " does not load: " + e.getMessage(),
                        e);
            }
        }
        return out;
    }

    /**
     * Fits one member on an executor from its blocks of drawn rows, one block per partition, each row
     * {@code [row number, count, features..., target]}.
     *
     * @return the member's model file and, for a bag of classifiers, its class map (else null)
     */
    private static Tuple2<byte[], int[]> fitMember(int kind, EnsembleSteps.Draws draws, int member,
                                                   Iterable<double[]> records, byte[] learnerFile,
                                                   String[] columnNames, String[] classNames) {
        int p = draws.columns();
        int stride = p + 3;
        List<double[]> blocks = new ArrayList<>();
        int rows = 0;
        for (double[] block : records) {
            blocks.add(block);
            rows += block.length / stride;
        }
        // blocks come from partitions of disjoint row ranges, each in row order: ordered by their first
        // row, they give the member's rows in ascending row number, the order of the rows on one machine
        blocks.sort(Comparator.comparingDouble(b -> b[0]));
        double[] x = new double[rows * p];
        int[] counts = new int[rows];
        double[] targets = new double[rows];
        int[] classes = new int[rows];
        int k = 0;
        for (double[] block : blocks) {
            for (int at = 0; at < block.length; at += stride) {
                counts[k] = (int) block[at + 1];
                System.arraycopy(block, at + 2, x, k * p, p);
                targets[k] = block[at + 2 + p];
                classes[k] = (int) block[at + 2 + p];
                k++;
            }
        }
        Learner<?> learner;
        try {
            learner = ModelFiles.learnerFromBytes(learnerFile, "member " + member + " learner", Learner.class);
        } catch (ModelFileException e) {
            throw new IllegalStateException("the learner of member " + member + " does not load: " + e.getMessage(), e);
        }
        List<String> columns = List.of(columnNames);
        Model model;
        int[] classMap = null;
        switch (kind) {
            case FOREST_CLASSIFIER -> {
                EnsembleSteps.ForestSample s = EnsembleSteps.forestSample(draws, x, counts, columns, classes,
                        List.of(classNames));
                model = ((DecisionTreeClassifier) learner).fit(s.data(), s.weights());
            }
            case FOREST_REGRESSOR -> {
                EnsembleSteps.ForestSample s = EnsembleSteps.forestSample(draws, x, counts, columns, targets);
                model = ((DecisionTreeRegressor) learner).fit(s.data(), s.weights());
            }
            case BAG_CLASSIFIER -> {
                EnsembleSteps.BagSample s = EnsembleSteps.baggingSample(draws, member, x, counts, classes,
                        List.of(classNames));
                model = (Model) learner.fit(s.data());
                classMap = s.classMap();
            }
            default -> {
                EnsembleSteps.BagSample s = EnsembleSteps.baggingSample(draws, member, x, counts, targets);
                model = (Model) learner.fit(s.data());
            }
        }
        return new Tuple2<>(ModelFiles.toBytes(model), classMap);
    }

    /**
     * One partition's drawn rows, member after member: {@code (member, block)} where the block holds, for
     * every row of the partition the member drew, {@code [row number, count, features..., target]} in row
     * order (one record per member and partition, not per row, so that the shuffle moves packed arrays).
     * The partition's rows are held; each member's counts are replayed when its turn comes, so only one
     * member's counts and block are held at a time.
     */
    private static final class Emission implements Iterator<Tuple2<Integer, double[]>> {

        private final List<double[]> rows = new ArrayList<>();
        private final EnsembleSteps.Draws draws;
        private final int from;
        private int member;
        private Tuple2<Integer, double[]> pending;

        Emission(Iterator<Tuple2<double[], Long>> part, EnsembleSteps.Draws draws) {
            this.draws = draws;
            long first = -1;
            while (part.hasNext()) {
                Tuple2<double[], Long> t = part.next();
                if (first < 0) {
                    first = t._2();
                }
                // zipWithIndex numbers a partition's rows consecutively, in order
                rows.add(t._1());
            }
            this.from = (int) Math.max(first, 0);
            this.member = rows.isEmpty() ? draws.members() : 0;
            advance();
        }

        /** Builds the next member's non-empty block, or leaves {@code pending} null after the last member. */
        private void advance() {
            pending = null;
            while (pending == null && member < draws.members()) {
                int[] counts = draws.counts(member, from, from + rows.size());
                int drawn = 0;
                for (int c : counts) {
                    drawn += c > 0 ? 1 : 0;
                }
                if (drawn > 0) {
                    int stride = 2 + rows.get(0).length;
                    double[] block = new double[drawn * stride];
                    int k = 0;
                    for (int i = 0; i < counts.length; i++) {
                        if (counts[i] > 0) {
                            block[k * stride] = from + i;
                            block[k * stride + 1] = counts[i];
                            System.arraycopy(rows.get(i), 0, block, k * stride + 2, stride - 2);
                            k++;
                        }
                    }
                    pending = new Tuple2<>(member, block);
                }
                member++;
            }
        }

        @Override
        public boolean hasNext() {
            return pending != null;
        }

        @Override
        public Tuple2<Integer, double[]> next() {
            if (pending == null) {
                throw new NoSuchElementException();
            }
            Tuple2<Integer, double[]> out = pending;
            advance();
            return out;
        }
    }
}
