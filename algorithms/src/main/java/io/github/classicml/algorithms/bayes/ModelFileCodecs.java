package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.internal.modelfile.ModelCodec;

import java.util.List;

/**
 * The model-file codecs of the naive Bayes models, for the library's registry in
 * {@code io.github.classicml.algorithms.ModelFiles}: save and load models through that class. Not for
 * direct use; public only because the registry lives in another package.
 */
public final class ModelFileCodecs {

    private ModelFileCodecs() {
    }

    /** @return the codecs of this package, one per model type */
    public static List<ModelCodec<?, ?>> all() {
        return List.of(new GaussianNaiveBayesCodec(), new CountCodecs.Multinomial(), new CountCodecs.Complement(),
                new CountCodecs.Bernoulli(), new CountCodecs.Categorical());
    }
}
