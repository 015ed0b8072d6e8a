package io.github.classicml.core.internal.modelfile;

import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A {@link ModelCodec} assembled from four functions, for the families whose model types share their
 * reading and writing code (a package's codecs then fit in one list instead of one class per type).
 *
 * @param type the model type written in the file
 * @param modelClass the model class
 * @param learnerClass the learner class (or sealed interface)
 * @param learnerWriter writes the hyperparameters
 * @param learnerReader rebuilds the learner through its canonical constructor
 * @param modelWriter writes what the fit computed
 * @param modelReader rebuilds the model, validating every value
 * @param <L> the learner type
 * @param <M> the model type
 */
public record LambdaCodec<L extends Learner<?>, M extends Model>(String type, Class<M> modelClass, Class<L> learnerClass,
                                                                BiConsumer<L, FieldWriter> learnerWriter,
                                                                Function<FieldReader, L> learnerReader,
                                                                BiConsumer<M, FieldWriter> modelWriter,
                                                                BiFunction<L, FieldReader, M> modelReader)
        implements ModelCodec<L, M> {

    @Override
    public void writeLearner(L learner, FieldWriter out) {
        learnerWriter.accept(learner, out);
    }

    @Override
    public L readLearner(FieldReader in) {
        return learnerReader.apply(in);
    }

    @Override
    public void writeModel(M model, FieldWriter out) {
        modelWriter.accept(model, out);
    }

    @Override
    public M readModel(L learner, FieldReader in) {
        return modelReader.apply(learner, in);
    }
}
