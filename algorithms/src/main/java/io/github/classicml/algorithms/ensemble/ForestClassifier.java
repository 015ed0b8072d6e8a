package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Learner;

/**
 * The learners of tree-ensemble classifiers that share one model type: {@link RandomForestClassifier}
 * (best splits on bootstrap samples) and {@link ExtraTreesClassifier} (random thresholds on all rows).
 * A {@link ForestClassifierModel} answers {@code learner()} with the one that fitted it.
 */
public sealed interface ForestClassifier extends Learner<ForestClassifierModel>
        permits RandomForestClassifier, ExtraTreesClassifier {
}
