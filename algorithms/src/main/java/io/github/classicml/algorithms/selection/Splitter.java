package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Dataset;

import java.util.List;

/**
 * A rule that cuts a dataset's rows into training and test parts, one {@link Fold} per round of
 * evaluation: k-fold, stratified, grouped, repeated, shuffled, leave-one-out, bootstrap and the
 * forward-chaining splits for time series.
 *
 * <p>Splitters are immutable records of their settings; {@link #splits(Dataset)} reads only the
 * dataset's size (and its classes, groups or time stamps when the rule needs them) and returns index
 * arithmetic, so it costs O(rows) per fold and copies no data. Splitters that shuffle take a
 * {@code long seed}: the same seed gives the same folds.
 */
@FunctionalInterface
public interface Splitter {

    /**
     * Cuts the rows into folds.
     *
     * @param data the dataset; not modified
     * @return the folds, in a fixed order (unmodifiable)
     * @throws IllegalArgumentException if the dataset has too few rows (or classes, or groups) for
     *     the requested folds
     */
    List<Fold> splits(Dataset data);
}
