package io.github.classicml.core.internal.modelfile;

import io.github.classicml.core.Model;

/**
 * How one model type is written to and read from a model file. Each family package implements the
 * codecs of its models (it can reach their package-private constructors); the public entry point lists
 * them explicitly in a {@link CodecRegistry}: no reflection, no service loading.
 *
 * <p>A model is saved as a section {@code {"type": type(), "learner": {...}, "data": {...}}}. Writing
 * puts the learner's hyperparameters in {@code learner} and what the fit computed in {@code data}:
 * keep the sufficient state (what the model's constructor takes), not values derived from it, so that
 * reading can run the same constructor and give bit-identical predictions. Reading must validate
 * every value as fitting does: rebuild the learner through its canonical constructor (its {@code Check}s
 * run), check every length against the others before using it, and check values with {@code Check}
 * (counts non-negative, variances positive, indices in range). Any {@link IllegalArgumentException}
 * becomes the loader's documented exception, naming the file.
 *
 * <p>The fitted type is a {@link Model} but for the few fitted objects that are not one because they
 * are fitted on something else than a {@code Dataset} (the bag-of-words vocabulary, fitted on texts):
 * their codec names their settings' class as {@link #learnerClass()} and overrides
 * {@link #learnerOf(Object)}.
 *
 * @param <L> the type {@code model.learner()} returns (a sealed interface is fine: write which record it
 *     is); for a fitted type that is not a {@code Model}, its settings
 * @param <M> the model type (the fitted type)
 */
public interface ModelCodec<L, M> {

    /** @return the model type written in the file, by convention the model's simple class name; never changes */
    String type();

    /** @return the model class this codec saves (exactly that class; models are final) */
    Class<M> modelClass();

    /** @return the class of the learners of this model type (a record, or a sealed interface over records) */
    Class<L> learnerClass();

    /**
     * @param model a model of this codec's type
     * @return the learner (settings) that fitted it, which {@link #writeLearner} writes: {@code learner()}
     *     for a {@link Model}; a codec of a fitted type that is not a {@code Model} overrides this
     */
    @SuppressWarnings("unchecked")
    default L learnerOf(M model) {
        return (L) ((Model) model).learner();
    }

    /**
     * Writes the hyperparameters.
     *
     * @param learner the learner
     * @param out where to write them
     */
    void writeLearner(L learner, FieldWriter out);

    /**
     * Rebuilds the learner through its canonical constructor, so that its validation runs.
     *
     * @param in the hyperparameters
     * @return the learner
     * @throws IllegalArgumentException if a value is missing, of the wrong kind or invalid
     */
    L readLearner(FieldReader in);

    /**
     * Writes what the fit computed.
     *
     * @param model the model
     * @param out where to write it
     */
    void writeModel(M model, FieldWriter out);

    /**
     * Rebuilds the model, validating every value.
     *
     * @param learner the learner read by {@link #readLearner(FieldReader)}
     * @param in what the fit computed
     * @return the model
     * @throws IllegalArgumentException if a value is missing, of the wrong kind or size, or invalid
     */
    M readModel(L learner, FieldReader in);
}
