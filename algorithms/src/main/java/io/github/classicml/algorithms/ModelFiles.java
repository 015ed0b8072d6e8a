package io.github.classicml.algorithms;

import io.github.classicml.algorithms.preprocessing.text.BagOfWordsModel;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.internal.modelfile.CodecRegistry;
import io.github.classicml.core.internal.modelfile.ModelCodec;
import io.github.classicml.core.internal.modelfile.ModelFileFormat;
import io.github.classicml.core.io.ModelFileException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Saves fitted models to model files and loads them back: one call each, for every model of the
 * library.
 *
 * <pre>{@code
 * ModelFiles.save(model, Path.of("iris.model"));
 * GaussianNaiveBayesModel back = ModelFiles.load(Path.of("iris.model"), GaussianNaiveBayesModel.class);
 * }</pre>
 *
 * <p>A model file is data only: a line of JSON (the format version, the model type, the learner's
 * hyperparameters, the library version, and the fitted values, arrays as base64 of little-endian
 * IEEE doubles or integers) and a SHA-256 checksum line. Loading never runs code named by the file: the
 * model type must be one of an explicit list, and the model is rebuilt through the same checks as
 * fitting (the learner through its canonical constructor, every count, variance, index and length
 * checked), with every size bounded by the bytes that hold it before anything is allocated. A round
 * trip gives bit-identical predictions. Nothing in the library implements {@code Serializable}. The
 * format, its versioning rule and its limits are in {@code docs/design-notes.md}, "Model files".
 *
 * <p>Files are read whole into memory, up to {@link #MAX_FILE_BYTES}; the bytes and stream forms serve
 * models shipped over a network or stored in a database.
 *
 * <p>The bag-of-words vocabulary ({@link BagOfWordsModel}) is fitted on texts, not on a {@code Dataset},
 * so it is not a {@link Model}; it has model files all the same, through the overloads taking a
 * {@code BagOfWordsModel} and the same loading methods:
 * {@code ModelFiles.load(file, BagOfWordsModel.class)}. That is why the loading methods accept any
 * class: the file's type must be that class or a subtype of it, and only the library's fitted types
 * can ever be built.
 */
public final class ModelFiles {

    /** The largest model file: 1 GiB. */
    public static final int MAX_FILE_BYTES = ModelFileFormat.MAX_FILE_BYTES;

    /** The format version written, and the newest read. */
    public static final int FORMAT_VERSION = ModelFileFormat.VERSION;

    private static final CodecRegistry REGISTRY = new CodecRegistry(codecs());

    private ModelFiles() {
    }

    /** The explicit list of model types a file may hold: a new model type adds its package's codecs here. */
    private static List<ModelCodec<?, ?>> codecs() {
        List<ModelCodec<?, ?>> all = new ArrayList<>();
        all.addAll(io.github.classicml.algorithms.bayes.ModelFileCodecs.all());
        all.addAll(io.github.classicml.algorithms.neighbors.ModelFileCodecs.all());
        all.addAll(io.github.classicml.algorithms.cluster.ModelFileCodecs.all());
        all.addAll(io.github.classicml.algorithms.linear.ModelFileCodecs.all());

        // tree, ensemble, preprocessing, selection (model files, part B)
        all.addAll(io.github.classicml.algorithms.tree.ModelFileCodecs.all());
        all.addAll(io.github.classicml.algorithms.ensemble.ModelFileCodecs.all());
        all.addAll(io.github.classicml.algorithms.preprocessing.ModelFileCodecs.all());
        all.addAll(io.github.classicml.algorithms.selection.ModelFileCodecs.all());

        // the bag-of-words vocabulary: fitted on texts, so not a Model
        all.addAll(io.github.classicml.algorithms.preprocessing.text.ModelFileCodecs.all());

        return all;
    }

    /** @return the model types model files can hold, as written in their {@code type} field */
    public static List<String> types() {
        return REGISTRY.types();
    }

    /**
     * @param model a fitted model of the library
     * @return the model file's bytes
     * @throws IllegalArgumentException if the model is not one of the library's model types, or holds a
     *     model or learner that is not (such as a caller's own learner)
     */
    public static byte[] toBytes(Model model) {
        Objects.requireNonNull(model, "model");
        return REGISTRY.save(model);
    }

    /**
     * @param vocabulary a fitted bag-of-words vocabulary
     * @return the model file's bytes
     */
    public static byte[] toBytes(BagOfWordsModel vocabulary) {
        Objects.requireNonNull(vocabulary, "vocabulary");
        return REGISTRY.save(vocabulary);
    }

    /**
     * Writes a bag-of-words vocabulary to a model file, replacing any file of that name; load it with
     * {@code load(file, BagOfWordsModel.class)}.
     *
     * @param vocabulary a fitted bag-of-words vocabulary
     * @param file where to write
     * @throws IOException if the file cannot be written
     */
    public static void save(BagOfWordsModel vocabulary, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Files.write(file, toBytes(vocabulary));
    }

    /**
     * Writes a bag-of-words vocabulary's model file to a stream, which stays open.
     *
     * @param vocabulary a fitted bag-of-words vocabulary
     * @param out where to write
     * @throws IOException if the stream fails
     */
    public static void save(BagOfWordsModel vocabulary, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(toBytes(vocabulary));
    }

    /**
     * Writes a model file, replacing any file of that name.
     *
     * @param model a fitted model of the library
     * @param file where to write
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException as {@link #toBytes(Model)}
     */
    public static void save(Model model, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Files.write(file, toBytes(model));
    }

    /**
     * Writes a model file to a stream, which stays open.
     *
     * @param model a fitted model of the library
     * @param out where to write
     * @throws IOException if the stream fails
     * @throws IllegalArgumentException as {@link #toBytes(Model)}
     */
    public static void save(Model model, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(toBytes(model));
    }

    /**
     * @param file a model file
     * @return the model, whatever its type
     * @throws ModelFileException if the file is not a valid model file; the message names the file
     * @throws IOException if it cannot be read
     */
    public static Model load(Path file) throws IOException {
        return load(file, Model.class);
    }

    /**
     * @param file a model file
     * @param type the model type expected: a model class, a kind such as {@code Classifier.class}, or
     *     {@code BagOfWordsModel.class}
     * @param <M> that type
     * @return the model
     * @throws ModelFileException if the file is not a valid model file of that type; the message names
     *     the file and the reason
     * @throws IOException if it cannot be read
     */
    public static <M> M load(Path file, Class<M> type) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new ModelFileException(file.toString(), "a model file must be at most " + MAX_FILE_BYTES
                    + " bytes, got " + size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString(), type);
        }
    }

    /**
     * Reads a model file from a stream to its end; the stream stays open.
     *
     * @param in the bytes of a model file
     * @param source a name for the source, used in messages
     * @param type the model type expected
     * @param <M> that type
     * @return the model
     * @throws ModelFileException if the bytes are not a valid model file of that type, or more than
     *     {@link #MAX_FILE_BYTES}
     * @throws IOException if the stream fails
     */
    public static <M> M load(InputStream in, String source, Class<M> type) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        byte[] bytes = new byte[0];
        int total = 0;
        byte[] buffer = new byte[1 << 16];
        // grow with the bytes actually read, never with a size announced in advance
        for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
            if ((long) total + r > MAX_FILE_BYTES) {
                throw new ModelFileException(source, "a model file must be at most " + MAX_FILE_BYTES
                        + " bytes; the source holds more");
            }
            if (total + r > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(MAX_FILE_BYTES,
                        Math.max((long) total + r, 2L * bytes.length)));
            }
            System.arraycopy(buffer, 0, bytes, total, r);
            total += r;
        }
        return fromBytes(total == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, total), source, type);
    }

    /**
     * @param bytes the bytes of a model file; not modified
     * @param source a name for the source, used in messages
     * @param type the model type expected
     * @param <M> that type
     * @return the model
     * @throws ModelFileException if the bytes are not a valid model file of that type
     */
    public static <M> M fromBytes(byte[] bytes, String source, Class<M> type) throws ModelFileException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        return REGISTRY.load(bytes, source, type);
    }

    /**
     * A learner's hyperparameters alone, in the model-file format (a {@code type} and a {@code learner}
     * section, no fitted data): how {@code classicml-spark} sends the learner of every bag or forest member
     * to its executors without Java serialisation.
     *
     * @param learner a learner of the library
     * @return the bytes
     * @throws IllegalArgumentException if it is not one of the library's learners (a learner of your own,
     *     or a bag of one, has no data-only form)
     */
    public static byte[] learnerToBytes(Learner<?> learner) {
        Objects.requireNonNull(learner, "learner");
        return REGISTRY.saveLearner(learner);
    }

    /**
     * @param bytes the bytes {@link #learnerToBytes(Learner)} wrote; not modified
     * @param source a name for the source, used in messages
     * @param type the learner type expected (an interface such as {@code Learner.class} is fine)
     * @param <L> that type
     * @return the learner, validated by its canonical constructor
     * @throws ModelFileException if the bytes are not a valid learner of that type
     */
    public static <L extends Learner<?>> L learnerFromBytes(byte[] bytes, String source, Class<L> type)
            throws ModelFileException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        return REGISTRY.loadLearner(bytes, source, type);
    }
}
