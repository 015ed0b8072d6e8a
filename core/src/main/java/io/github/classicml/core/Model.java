package io.github.classicml.core;

/**
 * What every fitted model shares, whatever its kind: where it came from and the width of the rows it
 * takes.
 *
 * <p>The kinds are {@link Classifier}, {@link Regressor}, {@link Clusterer} and {@link Transformer};
 * every learner fits a model of exactly one kind. Models are immutable and safe for concurrent use,
 * and their {@code toString()} says in one line what they learned.
 */
public interface Model {

    /**
     * @return the learner that fitted this model, with its exact hyperparameters and seed: fitting it
     *     again on the same data gives the same model
     */
    Learner<?> learner();

    /** @return the number of columns the model was fitted on; every row must have this width */
    int columns();
}
