package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Leave-one-out: {@code n} folds, fold {@code i} testing row {@code i} alone and training on the other
 * {@code n - 1} rows; k-fold with {@code k = n}. Nearly unbiased for the error of a model trained on
 * {@code n - 1} rows, but with high variance and {@code n} fits. The folds equal scikit-learn's
 * {@code LeaveOneOut}. Needs at least 2 rows. Cost: O(n^2) indices in all.
 *
 * <p>Reference: Lachenbruch and Mickey, "Estimation of error rates in discriminant analysis",
 * Technometrics 10 (1968).
 */
public record LeaveOneOut() implements Splitter {

    /** @return leave-one-out */
    public static LeaveOneOut of() {
        return new LeaveOneOut();
    }

    @Override
    public List<Fold> splits(Dataset data) {
        Check.notNull("data", data);
        int n = data.rows();
        Check.that(n >= 2, () -> "data must have at least 2 rows for leave-one-out, got " + n);
        List<Fold> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int[] train = new int[n - 1];
            for (int j = 0, t = 0; j < n; j++) {
                if (j != i) {
                    train[t++] = j;
                }
            }
            out.add(new Fold(train, new int[] {i}));
        }
        return List.copyOf(out);
    }
}
