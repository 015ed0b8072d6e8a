package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Check;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.Reseedable;
import io.github.classicml.core.internal.modelfile.FieldReader;
import io.github.classicml.core.internal.modelfile.FieldWriter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.github.classicml.algorithms.ensemble.EnsembleFiles.readPredictions;
import static io.github.classicml.algorithms.ensemble.EnsembleFiles.readVotes;
import static io.github.classicml.algorithms.ensemble.EnsembleFiles.writePredictions;
import static io.github.classicml.algorithms.ensemble.EnsembleFiles.writeVotes;

/**
 * The model-file form of the bags: the member learner as a nested learner (only a library learner
 * given as itself or through {@link SeededLearner#reseeding}, the latter marked by
 * {@code "reseedMembers":true}; a {@link SeededLearner} of the caller's own is code and refuses to save), the
 * members as nested models, and per member its columns and, for a classifier, the map from its classes
 * to the bag's; the out-of-bag estimates as the forests write them.
 */
final class BagFiles {

    private BagFiles() {
    }

    // ---- bags

    static void writeLearner(BaggingClassifier l, FieldWriter w) {
        writeMember(l.member(), w);
        writeBag(w, l.members(), l.maxSamples(), l.maxFeatures(), l.bootstrap(), l.bootstrapFeatures(), l.oobScore(),
                l.seed(), l.threads());
    }

    static BaggingClassifier readBaggingClassifierLearner(FieldReader r) {
        SeededLearner<Classifier> member = readMember(r);
        return new BaggingClassifier(member,
                r.intValue("members"), r.number("maxSamples"), r.number("maxFeatures"), r.flag("bootstrap"),
                r.flag("bootstrapFeatures"), r.flag("oobScore"), r.integer("seed"), r.intValue("threads"));
    }

    static void writeLearner(BaggingRegressor l, FieldWriter w) {
        writeMember(l.member(), w);
        writeBag(w, l.members(), l.maxSamples(), l.maxFeatures(), l.bootstrap(), l.bootstrapFeatures(), l.oobScore(),
                l.seed(), l.threads());
    }

    static BaggingRegressor readBaggingRegressorLearner(FieldReader r) {
        SeededLearner<Regressor> member = readMember(r);
        return new BaggingRegressor(member,
                r.intValue("members"), r.number("maxSamples"), r.number("maxFeatures"), r.flag("bootstrap"),
                r.flag("bootstrapFeatures"), r.flag("oobScore"), r.integer("seed"), r.intValue("threads"));
    }

    /**
     * The member learner, and {@code "reseedMembers":true} when each member gets its own seed through
     * {@link SeededLearner#reseeding} (written only then: files of bags of {@code of(learner)} are what
     * they were before that form existed, and an older library refuses the field by name).
     */
    private static void writeMember(SeededLearner<?> member, FieldWriter w) {
        w.learner("member", savableMember(member));
        if (member instanceof SeededLearner.Reseeded<?, ?>) {
            w.flag("reseedMembers", true);
        }
    }

    /**
     * Reads the member learner: wrapped as {@link SeededLearner.Fixed}, or with {@code reseedMembers} as
     * {@link SeededLearner.Reseeded}, whose learner must draw random numbers and be stored with seed 0.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <M extends Model> SeededLearner<M> readMember(FieldReader r) {
        Learner<?> member = r.learner("member", Learner.class);
        if (!r.has("reseedMembers")) {
            return SeededLearner.ignoringSeed((Learner<? extends M>) member);
        }
        String name = r.path() + ".reseedMembers";
        Check.that(r.flag("reseedMembers"), () -> name + " is written only when true, got false");
        Check.that(member instanceof Reseedable<?>, () -> name + " needs a member learner that draws random "
                + "numbers (one with withSeed), got a " + member.getClass().getSimpleName());
        Learner<?> unseeded = ((Reseedable<?>) member).withSeed(0L);
        Check.that(unseeded.equals(member), () -> r.path() + ".member must have seed 0 when reseedMembers is true "
                + "(each member gets its own seed from the bag), got " + member);
        return new SeededLearner.Reseeded(member);
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
        if (member instanceof SeededLearner.Fixed<?> fixed) {
            return fixed.learner();
        }
        if (member instanceof SeededLearner.Reseeded<?, ?> reseeded) {
            return reseeded.learner();
        }
        throw new IllegalArgumentException("member must be a library learner to save the bag, got the caller's "
                + "SeededLearner " + member.getClass().getName() + " (a lambda or method reference is code, which "
                + "a model file cannot hold); fit the bag with of(SeededLearner.reseeding(learner)) for a randomised "
                + "library learner, or of(learner) for one without randomness, instead");
    }

    /**
     * Every member was fitted by the bag's member learner, which a fit guarantees and a save checks; with
     * {@link SeededLearner.Reseeded} member {@code m} by the learner with the seed the bag's seed gives
     * it ({@link Bag#memberSeeds}), exactly.
     */
    private static void sameMemberLearner(SeededLearner<?> member, long seed, List<? extends Model> models) {
        Learner<?> learner = savableMember(member);
        long[] seeds = member instanceof SeededLearner.Reseeded<?, ?> ? Bag.memberSeeds(seed, models.size()) : null;
        for (int m = 0; m < models.size(); m++) {
            Model model = models.get(m);
            Learner<?> expected = seeds == null ? learner : member.withSeed(seeds[m]);
            if (!expected.equals(model.learner())) {
                int index = m;
                // one learner in the message: the other is the file's member learner
                throw new IllegalArgumentException(seeds == null
                        ? "members must be fitted by the member learner " + expected + ", but member " + index + " (a "
                                + model.getClass().getSimpleName() + ") reports " + model.learner()
                                + "; a learner of the caller's own cannot be saved"
                        : "member " + index + " must be fitted by the member learner with seed " + seeds[index]
                                + " (drawn from the bag's seed), but its " + model.getClass().getSimpleName()
                                + " reports " + model.learner());
            }
        }
    }

    static void write(BaggingClassifierModel m, FieldWriter w) {
        List<Classifier> members = m.members();
        sameMemberLearner(m.learner().member(), m.learner().seed(), members);
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
        sameMemberLearner(learner.member(), learner.seed(), members);
        List<int[]> columns = readIntLists(r, "memberColumns", members.size());
        List<int[]> maps = readIntLists(r, "classMaps", members.size());
        int[][] cols = new int[members.size()][];
        int[][] classMaps = new int[members.size()][];
        for (int m = 0; m < members.size(); m++) {
            Classifier member = members.get(m);
            cols[m] = memberColumns(m, columns.get(m), member.columns(), p);
            classMaps[m] = classMap(m, maps.get(m), member.classNames(), classNames);
        }
        drawnColumns(cols, learner.seed(), p, learner.maxFeatures(), learner.bootstrapFeatures());
        Voting voting = new Voting(members, cols, classMaps, k, p);
        return new BaggingClassifierModel(learner, voting, classNames, readVotes(r, learner.oobScore(), k));
    }

    static void write(BaggingRegressorModel m, FieldWriter w) {
        List<Regressor> members = m.members();
        sameMemberLearner(m.learner().member(), m.learner().seed(), members);
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
        sameMemberLearner(learner.member(), learner.seed(), members);
        List<int[]> columns = readIntLists(r, "memberColumns", members.size());
        int[][] cols = new int[members.size()][];
        for (int m = 0; m < members.size(); m++) {
            cols[m] = memberColumns(m, columns.get(m), members.get(m).columns(), p);
        }
        drawnColumns(cols, learner.seed(), p, learner.maxFeatures(), learner.bootstrapFeatures());
        return new BaggingRegressorModel(learner, new Averaging(members, cols, p),
                readPredictions(r, learner.oobScore()));
    }

    /** A list of int arrays as their lengths ({@code name + "Lengths"}) and their concatenation. */
    static void writeIntLists(FieldWriter w, String name, List<int[]> lists) {
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

    static List<int[]> readIntLists(FieldReader r, String name, int count) {
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

    /**
     * Checks every member's columns against the draws the bag's seed gives for {@code p} columns (as
     * the forests check that every tree takes the ensemble's columns): a file whose {@code columns}
     * was raised would otherwise accept wider rows and ignore the extra column.
     *
     * @param cols each member's columns as read ({@link #memberColumns}; null for all in order)
     */
    static void drawnColumns(int[][] cols, long seed, int p, double maxFeatures, boolean bootstrapFeatures) {
        int sampleColumns = Math.max(1, (int) (maxFeatures * p));
        for (int m = 0; m < cols.length; m++) {
            int member = m;
            int width = cols[m] == null ? p : cols[m].length;
            Check.that(width == sampleColumns, () -> "member " + member + " must take max(1, floor(maxFeatures * "
                    + "columns)) = " + sampleColumns + " of the bag's " + p + " columns, got " + width);
        }
        int[][] drawn = Bag.memberColumns(seed, cols.length, p, sampleColumns, bootstrapFeatures);
        for (int m = 0; m < cols.length; m++) {
            int member = m;
            // null stands for all columns in order, whichever side wrote it
            int[] expected = drawn[m] == null ? identity(p) : drawn[m];
            int[] actual = cols[m] == null ? identity(p) : cols[m];
            Check.that(Arrays.equals(expected, actual), () -> "memberColumns of member " + member + " must be "
                    + "the columns the bag's seed draws from its " + p + " columns, " + Arrays.toString(expected)
                    + ", got " + Arrays.toString(actual));
        }
    }

    /** A member's columns: as many as the member takes, each in {@code [0, p)}; null when all in order. */
    static int[] memberColumns(int member, int[] columns, int memberWidth, int p) {
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
    static int[] classMap(int member, int[] map, List<String> memberClasses, List<String> classNames) {
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

    static int[] identity(int k) {
        int[] out = new int[k];
        for (int c = 0; c < k; c++) {
            out[c] = c;
        }
        return out;
    }
}
