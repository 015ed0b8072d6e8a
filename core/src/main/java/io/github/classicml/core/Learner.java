package io.github.classicml.core;

/**
 * Fits a model to a dataset.
 *
 * <p>A learner holds only hyperparameters and is immutable (usually a record that validates them in
 * its constructor), so one learner can fit many datasets, from many threads. {@link #fit(Dataset)}
 * returns a new immutable model: a model that has not been fitted cannot exist, so there is no
 * "not fitted" state to check. This is the learner/model split of Tribuo's trainers, with
 * scikit-learn's parameter names and defaults.
 *
 * <p>Learners that use randomness take a {@code long seed} and derive all random numbers from it
 * inside {@code fit}: the same seed on the same data gives the same model, whatever the thread count.
 *
 * <p>Every learner is of one kind, named by the model it fits: {@link Classifier}, {@link Regressor},
 * {@link Clusterer} or {@link Transformer}.
 *
 * @param <M> the type of the fitted model
 */
@FunctionalInterface
public interface Learner<M extends Model> {

    /**
     * Fits a new model.
     *
     * @param data the training data; not modified, and the model keeps no reference to it
     * @return the fitted model
     * @throws IllegalArgumentException if the data does not suit the learner; the message names the
     *     rule and the offending row, column or value
     */
    M fit(Dataset data);

    /**
     * Fits a new model, reporting each step of the fit to {@code listener}. The listener never changes
     * the model: this returns what {@link #fit(Dataset)} returns. Learners whose fit is one pass report
     * nothing; iterative learners override this method and report every iteration.
     *
     * @param data the training data; not modified, and the model keeps no reference to it
     * @param listener receives the steps; {@link ProgressListener#NONE} for none
     * @return the fitted model
     * @throws IllegalArgumentException if the data does not suit the learner
     */
    default M fit(Dataset data, ProgressListener listener) {
        Check.notNull("listener", listener);
        return fit(data);
    }
}
