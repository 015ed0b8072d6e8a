package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Learner;

/**
 * The learners of tree-ensemble regressors that share one model type: {@link RandomForestRegressor}
 * (best splits on bootstrap samples) and {@link ExtraTreesRegressor} (random thresholds on all rows).
 * A {@link ForestRegressorModel} answers {@code learner()} with the one that fitted it.
 */
public sealed interface ForestRegressor extends Learner<ForestRegressorModel>
        permits RandomForestRegressor, ExtraTreesRegressor {
}
