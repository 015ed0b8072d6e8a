package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Grouped k-fold: rows that share a group (a patient, a user, a document) always land on the same side
 * of every split, so a model is never tested on a group it trained on.
 *
 * <p>The assignment is scikit-learn's {@code GroupKFold} (version 1.2): groups are sorted by label,
 * then taken from the largest to the smallest (equal sizes: the larger label first, which is what
 * numpy's sort gives for up to 16 groups) and each goes to the fold that holds the fewest rows so far
 * (ties: the lowest fold). Fold {@code f}'s test part is the rows of its groups. The folds then equal
 * scikit-learn's index for index. Deterministic; there is no shuffle. Cost: O(n + g (log g + folds))
 * for {@code g} groups.
 *
 * <p>Reference: Roberts et al., "Cross-validation strategies for data with temporal, spatial,
 * hierarchical, or phylogenetic structure", Ecography 40 (2017).
 *
 * @param folds the number of folds, {@code >= 2}, at most the number of groups
 * @param groups the group label of each row (copied); must have one entry per row of the data split
 */
public record GroupKFold(int folds, int[] groups) implements Splitter {

    /**
     * Validates the settings and copies the groups.
     *
     * @param folds the number of folds, {@code >= 2}
     * @param groups the group label of each row
     */
    public GroupKFold {
        Check.atLeast("folds", folds, 2);
        groups = Check.notNull("groups", groups).clone();
        int distinct = (int) Arrays.stream(groups).distinct().count();
        int requested = folds;
        Check.that(folds <= distinct, () -> "folds must be <= the number of groups (" + distinct + "), got "
                + requested);
    }

    /**
     * @param folds the number of folds, {@code >= 2}
     * @param groups the group label of each row
     * @return grouped k-fold
     */
    public static GroupKFold of(int folds, int[] groups) {
        return new GroupKFold(folds, groups);
    }

    /** @return a copy of the group labels */
    @Override
    public int[] groups() {
        return groups.clone();
    }

    @Override
    public List<Fold> splits(Dataset data) {
        Check.notNull("data", data);
        Check.sameLength("groups", groups.length, "data", data.rows());
        int[] labels = Arrays.stream(groups).distinct().sorted().toArray();
        int g = labels.length;
        int[] groupOf = new int[groups.length];
        int[] sizes = new int[g];
        for (int i = 0; i < groups.length; i++) {
            groupOf[i] = Arrays.binarySearch(labels, groups[i]);
            sizes[groupOf[i]]++;
        }
        // stable ascending sort by size, then reversed: largest first, ties by larger group index
        Integer[] order = new Integer[g];
        for (int j = 0; j < g; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(sizes[a], sizes[b]));
        long[] load = new long[folds];
        int[] foldOfGroup = new int[g];
        for (int j = g - 1; j >= 0; j--) {
            int lightest = 0;
            for (int f = 1; f < folds; f++) {
                if (load[f] < load[lightest]) {
                    lightest = f;
                }
            }
            load[lightest] += sizes[order[j]];
            foldOfGroup[order[j]] = lightest;
        }
        int[] assignment = new int[groups.length];
        for (int i = 0; i < assignment.length; i++) {
            assignment[i] = foldOfGroup[groupOf[i]];
        }
        List<Fold> out = new ArrayList<>(folds);
        for (int f = 0; f < folds; f++) {
            out.add(Indexing.fromAssignment(assignment, f));
        }
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupKFold other && folds == other.folds && Arrays.equals(groups, other.groups);
    }

    @Override
    public int hashCode() {
        return 31 * folds + Arrays.hashCode(groups);
    }

    @Override
    public String toString() {
        return "GroupKFold[folds=" + folds + ", rows=" + groups.length + "]";
    }
}
