package io.github.classicml.algorithms.preprocessing.text;

import io.github.classicml.core.internal.modelfile.ModelCodec;

import java.util.List;

/**
 * The model-file codec of the bag-of-words vocabulary, for the library's registry in
 * {@code io.github.classicml.algorithms.ModelFiles}: save and load it through that class. Not for direct
 * use; public only because the registry lives in another package.
 */
public final class ModelFileCodecs {

    private ModelFileCodecs() {
    }

    /** @return the codecs of this package: {@code BagOfWordsModel} */
    public static List<ModelCodec<?, ?>> all() {
        return List.of(new BagOfWordsCodec());
    }
}
