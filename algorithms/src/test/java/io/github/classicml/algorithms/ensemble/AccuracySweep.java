package io.github.classicml.algorithms.ensemble;

import java.util.Locale;

/**
 * The full accuracy sweep behind {@link EnsembleReferenceTest}: for every dataset and method, our mean
 * test accuracy and scikit-learn's over the 10 recorded seeds, and the gap in points. Run by hand (see
 * the README in {@code reference/ensemble}); the suite checks the first seeds only.
 */
final class AccuracySweep {

    private AccuracySweep() {
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        System.out.println("| dataset | method | classicml | scikit-learn 1.2.1 | gap (points) | bar |");
        System.out.println("|---|---|---|---|---|---|");
        for (String dataset : new String[] {"iris", "wine", "breast_cancer"}) {
            for (String method : new String[] {"bagging", "random_forest", "extra_trees", "gradient_boosting", "adaboost"}) {
                double[] m = EnsembleReferenceTest.meanAccuracies(dataset, method, seeds);
                System.out.println(String.format(Locale.ROOT, "| %s | %s | %.4f | %.4f | %+.2f | -%.1f |", dataset, method,
                        m[0], m[1], 100 * (m[0] - m[1]), 100 * EnsembleReferenceTest.tolerance(method)));
            }
        }
    }
}
