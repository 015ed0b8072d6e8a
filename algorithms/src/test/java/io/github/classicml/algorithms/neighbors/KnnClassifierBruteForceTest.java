package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Learner;
import io.github.classicml.core.testing.ProbabilisticClassifierContract;

/** The learner contract with brute-force search and distance weights (KnnClassifierTest covers the k-d tree). */
class KnnClassifierBruteForceTest implements ProbabilisticClassifierContract<KnnClassifierModel> {

    @Override
    public Learner<KnnClassifierModel> learner() {
        return KnnClassifier.of(4).withSearch(SearchStrategy.BRUTE_FORCE).withWeighting(Weighting.DISTANCE)
                .withDistance(Distance.MANHATTAN);
    }

    @Override
    public int minimumRows() {
        return 4;
    }
}
