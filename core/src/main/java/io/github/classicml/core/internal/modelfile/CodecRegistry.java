package io.github.classicml.core.internal.modelfile;

import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.io.ModelFileException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The closed list of model types that model files can hold, from type name to {@link ModelCodec}:
 * built from an explicit list (no reflection, no service loading), so that a file can only ever make
 * the loader construct one of the listed types. It writes and reads whole files and the nested
 * sections of models that hold other models.
 */
public final class CodecRegistry {

    private final List<ModelCodec<?, ?>> codecs;
    private final Map<String, ModelCodec<?, ?>> byType = new LinkedHashMap<>();

    /**
     * @param codecs every codec, each with its own type name and model class
     * @throws IllegalArgumentException if two share a type name or a model class
     */
    public CodecRegistry(List<ModelCodec<?, ?>> codecs) {
        this.codecs = List.copyOf(codecs);
        for (ModelCodec<?, ?> c : this.codecs) {
            if (byType.put(c.type(), c) != null) {
                throw new IllegalArgumentException("two codecs for model type " + c.type());
            }
        }
        for (int i = 0; i < this.codecs.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (this.codecs.get(i).modelClass() == this.codecs.get(j).modelClass()) {
                    throw new IllegalArgumentException("two codecs for " + this.codecs.get(i).modelClass().getName());
                }
            }
        }
    }

    /** @return the model type names, in registry order */
    public List<String> types() {
        return List.copyOf(byType.keySet());
    }

    /**
     * @param model a fitted model
     * @return whether it (and everything it holds) can be saved: true for the library's model types;
     *     a model holding another model may still refuse when {@link #save(Object)} meets a foreign part
     */
    public boolean supports(Object model) {
        return codecFor(model) != null;
    }

    /**
     * @param model a fitted model of the library (or another fitted type with a codec, such as the
     *     bag-of-words vocabulary)
     * @return the model file's bytes
     * @throws IllegalArgumentException if the model, or a model or learner it holds, is not a library type
     */
    public byte[] save(Object model) {
        return ModelFileFormat.encode(section(model, ""));
    }

    /**
     * @param bytes a model file's content
     * @param source the file name, for messages
     * @param type the model type expected (an interface such as {@code Classifier} or {@code Model} is fine;
     *     {@code Object} for whatever the file holds)
     * @param <M> that type
     * @return the model, every value validated
     * @throws ModelFileException if the bytes are not a valid model file of that type; the message names
     *     {@code source} and the reason
     */
    public <M> M load(byte[] bytes, String source, Class<M> type) throws ModelFileException {
        try {
            Map<String, Object> root = ModelFileFormat.decode(bytes);
            long version = (Long) root.remove("formatVersion");
            root.remove("format");
            root.remove("libraryVersion");
            return readSection(root, "", type, version);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(source, e.getMessage());
        } catch (RuntimeException e) {
            // a check missing from a codec: still the one documented exception, with the cause kept so that
            // the fuzz test (which requires no cause) finds the gap
            throw new ModelFileException(source, "invalid model data (" + e + ")", e);
        }
    }

    /**
     * A learner alone, in a model file's envelope: {@code {"type", "learner"}} without {@code data}, the
     * section a nested learner has inside a model file. How a learner's hyperparameters travel where Java
     * serialisation is not wanted (to Spark's executors).
     *
     * @param learner a learner of the library
     * @return the bytes
     * @throws IllegalArgumentException if it is not one of the library's learners
     */
    public byte[] saveLearner(Learner<?> learner) {
        return ModelFileFormat.encode(learnerSection(learner, ""));
    }

    /**
     * @param bytes the bytes {@link #saveLearner(Learner)} wrote
     * @param source a name for the source, for messages
     * @param type the learner type expected (an interface is fine)
     * @param <L> that type
     * @return the learner, rebuilt through its canonical constructor
     * @throws ModelFileException if the bytes are not a learner of that type
     */
    public <L extends Learner<?>> L loadLearner(byte[] bytes, String source, Class<L> type) throws ModelFileException {
        try {
            Map<String, Object> root = ModelFileFormat.decode(bytes);
            long version = (Long) root.remove("formatVersion");
            root.remove("format");
            root.remove("libraryVersion");
            return readLearnerSection(root, "the file", type, version);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(source, e.getMessage());
        } catch (RuntimeException e) {
            throw new ModelFileException(source, "invalid learner data (" + e + ")", e);
        }
    }

    /**
     * @param bytes a model file's content
     * @param source the file name, for messages
     * @return the model type the file holds, after checking the size, checksum, JSON and format version
     * @throws ModelFileException if that much is not valid
     */
    public String type(byte[] bytes, String source) throws ModelFileException {
        try {
            Object type = ModelFileFormat.decode(bytes).get("type");
            if (!(type instanceof String)) {
                throw new IllegalArgumentException("type must be a string, got " + ModelFileFormat.shown(type));
            }
            return (String) type;
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(source, e.getMessage());
        }
    }

    private ModelCodec<?, ?> codecFor(Object model) {
        for (ModelCodec<?, ?> c : codecs) {
            if (c.modelClass() == model.getClass()) {
                return c;
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Map<String, Object> section(Object model, String path) {
        ModelCodec codec = model == null ? null : codecFor(model);
        if (codec == null) {
            throw new IllegalArgumentException((path.isEmpty() ? "" : path + ": ")
                    + "cannot save a " + (model == null ? "null model" : model.getClass().getName())
                    + "; model files hold only classicml's own model types " + types()
                    + " (a model of a learner of your own, or holding one, has no data-only form)");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", codec.type());
        FieldWriter learner = new FieldWriter(this);
        codec.writeLearner(codec.learnerOf(model), learner);
        out.put("learner", learner.fields());
        FieldWriter data = new FieldWriter(this);
        codec.writeModel(model, data);
        out.put("data", data.fields());
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Map<String, Object> learnerSection(Learner<?> learner, String path) {
        ModelCodec codec = null;
        for (ModelCodec<?, ?> c : codecs) {
            if (learner != null && c.learnerClass().isInstance(learner)) {
                codec = c;
                break;
            }
        }
        if (codec == null) {
            throw new IllegalArgumentException((path.isEmpty() ? "" : path + ": ") + "cannot save a "
                    + (learner == null ? "null learner" : learner.getClass().getName())
                    + "; model files hold only classicml's own learners (a learner of your own has no data-only form)");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", codec.type());
        FieldWriter fields = new FieldWriter(this);
        codec.writeLearner(learner, fields);
        out.put("learner", fields.fields());
        return out;
    }

    private ModelCodec<?, ?> codec(FieldReader section) {
        String type = section.text("type");
        ModelCodec<?, ?> codec = byType.get(type);
        if (codec == null) {
            // the count, not the list: with every family registered the list alone passes any sensible message length
            throw new IllegalArgumentException(section.name("type") + " must be one of the " + byType.size()
                    + " model types of this library (ModelFiles.types()), got \"" + Json.shown(type) + "\"");
        }
        return codec;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    <M> M readSection(Map<String, Object> fields, String path, Class<M> type, long version) {
        FieldReader section = new FieldReader(fields, path, this, version);
        ModelCodec codec = codec(section);
        if (!type.isAssignableFrom(codec.modelClass())) {
            throw new IllegalArgumentException((path.isEmpty() ? "the file" : path) + " holds a " + codec.type()
                    + ", not a " + type.getSimpleName());
        }
        FieldReader learnerFields = section.object("learner");
        Object model;
        try {
            Object learner = codec.readLearner(learnerFields);
            learnerFields.finish();
            FieldReader data = section.object("data");
            model = codec.readModel(learner, data);
        } catch (IllegalArgumentException e) {
            // a nested model's own check ("rows of node 3 ...") says where it is: data.trees[2]: ...
            if (path.isEmpty() || e.getMessage() == null || e.getMessage().startsWith(path)) {
                throw e;
            }
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
        section.finish();
        return type.cast(model);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    <L extends Learner<?>> L readLearnerSection(Map<String, Object> fields, String path, Class<L> type, long version) {
        FieldReader section = new FieldReader(fields, path, this, version);
        ModelCodec codec = codec(section);
        FieldReader learnerFields = section.object("learner");
        Object learner = codec.readLearner(learnerFields);
        section.finish();
        if (!type.isInstance(learner)) {
            throw new IllegalArgumentException(path + " holds a " + learner.getClass().getSimpleName() + ", not a "
                    + type.getSimpleName());
        }
        return type.cast(learner);
    }
}
