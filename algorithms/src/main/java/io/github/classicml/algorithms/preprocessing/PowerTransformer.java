package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.core.Learner;

/**
 * A power transformation's learner, {@link BoxCox} or {@link YeoJohnson}: both choose a λ per column by
 * maximum likelihood and fit a {@link PowerTransformerModel}.
 */
public sealed interface PowerTransformer extends Learner<PowerTransformerModel> permits BoxCox, YeoJohnson {

    /** @return whether the transformed columns are standardised */
    boolean standardize();
}
