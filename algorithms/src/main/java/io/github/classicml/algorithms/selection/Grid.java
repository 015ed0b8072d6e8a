package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A grid of candidate learners, built from the learners' own {@code with...} copies: no reflection,
 * no parameter names as strings, so a misspelt hyperparameter is a compile error.
 *
 * <pre>{@code
 * List<KnnClassifier> grid = Grid.over(List.of(1, 3, 5, 7), KnnClassifier::of)
 *         .and(List.of(Weighting.UNIFORM, Weighting.DISTANCE), KnnClassifier::withWeighting)
 *         .candidates();   // 8 learners, k varying slowest
 * }</pre>
 *
 * @param candidates the learners, in grid order (unmodifiable)
 * @param <L> the learner type
 */
public record Grid<L>(List<L> candidates) {

    /**
     * Copies the candidates.
     *
     * @param candidates at least one learner
     */
    public Grid {
        Check.notNull("candidates", candidates);
        Check.notEmpty("candidates", candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Check.notNull("candidates", i, candidates.get(i));
        }
        candidates = List.copyOf(candidates);
    }

    /**
     * One axis: a learner per value.
     *
     * @param values the values, at least one
     * @param make the learner for a value, e.g. {@code k -> knn.withK(k)}
     * @param <V> the value type
     * @param <L> the learner type
     * @return the grid
     */
    public static <V, L> Grid<L> over(List<V> values, Function<? super V, ? extends L> make) {
        Check.notNull("values", values);
        Check.notNull("make", make);
        List<L> out = new ArrayList<>(values.size());
        for (V v : values) {
            out.add(make.apply(v));
        }
        return new Grid<>(out);
    }

    /**
     * Another axis: every candidate combined with every value (the new axis varies fastest).
     *
     * @param values the values, at least one
     * @param with the copy of a learner with a value, e.g. {@code KnnClassifier::withWeighting}
     * @param <V> the value type
     * @return the larger grid
     */
    public <V> Grid<L> and(List<V> values, BiFunction<? super L, ? super V, ? extends L> with) {
        Check.notNull("values", values);
        Check.notNull("with", with);
        Check.notEmpty("values", values.size());
        List<L> out = new ArrayList<>(candidates.size() * values.size());
        for (L l : candidates) {
            for (V v : values) {
                out.add(with.apply(l, v));
            }
        }
        return new Grid<>(out);
    }

    /** @return the number of candidates */
    public int size() {
        return candidates.size();
    }
}
