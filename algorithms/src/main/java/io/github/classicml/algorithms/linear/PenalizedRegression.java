package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Learner;

/**
 * A learner of the elastic-net family, fitted by coordinate descent: the {@link Lasso} (L1 penalty
 * only) or the {@link ElasticNet} (L1 and L2). Both fit an {@link ElasticNetModel}, whose
 * {@code learner()} answers with the one that fitted it.
 */
public sealed interface PenalizedRegression extends Learner<ElasticNetModel> permits Lasso, ElasticNet {

    /** @return the penalty strength {@code alpha} */
    double alpha();

    /** @return whether an unpenalised intercept is fitted */
    boolean fitIntercept();
}
