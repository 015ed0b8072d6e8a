package io.github.classicml.algorithms;

import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.internal.modelfile.ModelFileFormat;
import io.github.classicml.core.io.ModelFileException;
import io.github.classicml.core.linalg.Kernels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model-file machinery on every registered model type: round trips give bit-identical outputs,
 * golden files load and agree with a fresh fit of the same learner on the same data (bit for bit on the
 * plain-Java kernel path they were written on), the loaded model writes the golden JSON again, and
 * damaged or forged files fail with the one documented {@link ModelFileException} naming the file and
 * the reason.
 */
class ModelFilesTest {

    @TempDir
    Path dir;

    static List<ModelFileCases.Case> cases() {
        return ModelFileCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void roundTrip_throughAFile_givesBitIdenticalOutputsAndTheSameLearner(ModelFileCases.Case c) throws IOException {
        Model fitted = c.fit();
        Path file = dir.resolve(c.name() + ".model");
        ModelFiles.save(fitted, file);
        Model loaded = ModelFiles.load(file);
        assertEquals(fitted.getClass(), loaded.getClass());
        assertEquals(fitted.learner(), loaded.learner());
        assertEquals(fitted.columns(), loaded.columns());
        assertEquals(fitted.toString(), loaded.toString());
        Dataset data = c.data().get();
        assertArrayEquals(ModelFileCases.outputs(fitted, data), ModelFileCases.outputs(loaded, data));
        // the loaded model saves to the same bytes
        assertArrayEquals(ModelFiles.toBytes(fitted), ModelFiles.toBytes(loaded));
    }

    /**
     * Golden files that a fit has since moved away from on purpose, kept as they were written (before
     * the first release the golden file of such a case is rewritten, and the old one moves to
     * {@code modelfiles/legacy/}): the logistic fits before they ran in power-of-two units, and
     * gradient descent before its relative stopping rule (only its reason text differs). Each still
     * loads, writes its own JSON again, and agrees with a fresh fit to the solver's tolerance.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"LogisticRegressionModel",
        "LogisticRegressionModel-binaryUnpenalised", "GradientDescentClassifierModel"})
    void legacyGoldenFile_loads_writesItsJson_andAgreesWithAFreshFitToTheTolerance(String name) throws IOException {
        byte[] old;
        try (java.io.InputStream in = getClass().getResourceAsStream("/modelfiles/legacy/" + name + "-beforeUnits.model")) {
            old = in.readAllBytes();
        }
        ModelFileCases.Case c = ModelFileCases.all().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
        Model loaded = ModelFiles.fromBytes(old, name + ".model", Model.class);
        String version = "\"libraryVersion\":\"" + ModelFileFormat.libraryVersion() + "\"";
        assertEquals(ModelFileEdits.json(old).replaceFirst("\"libraryVersion\":\"[^\"]*\"", version),
                ModelFileEdits.json(ModelFiles.toBytes(loaded)));
        Dataset data = c.data().get();
        double[] expected = ModelFileCases.outputs(c.fit(), data);
        double[] actual = ModelFileCases.outputs(loaded, data);
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-5 * Math.max(1, Math.abs(expected[i])), "output " + i);
        }
    }

    /**
     * The golden files were written on the plain-Java kernel path. There a fresh fit gives the same bits
     * as the file, and writes the file's JSON again; on the Vector API path the kernels add in another
     * order, so the fresh fit agrees to rounding (1e-9 relative) and labels agree exactly. On both paths the
     * loaded model writes the golden JSON again byte for byte: the format is stable.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void goldenFile_loads_andAgreesWithAFreshFit_andWritesTheSameJson(ModelFileCases.Case c) throws IOException {
        byte[] golden = ModelFileEdits.golden(c.name());
        Model loaded = ModelFiles.fromBytes(golden, c.name() + ".model", Model.class);
        Model fresh = c.fit();
        assertEquals(fresh.learner(), loaded.learner());
        Dataset data = c.data().get();
        double[] expected = ModelFileCases.outputs(fresh, data);
        double[] actual = ModelFileCases.outputs(loaded, data);
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-9 * Math.max(1, Math.abs(expected[i])), "output " + i);
        }
        String version = "\"libraryVersion\":\"" + ModelFileFormat.libraryVersion() + "\"";
        String stored = ModelFileEdits.json(golden).replaceFirst("\"libraryVersion\":\"[^\"]*\"", version);
        assertEquals(stored, ModelFileEdits.json(ModelFiles.toBytes(loaded)));
        if (Kernels.activePath() == Kernels.Path.SCALAR) {
            assertArrayEquals(expected, actual);
            assertEquals(stored, ModelFileEdits.json(ModelFiles.toBytes(fresh)));
        }
    }

    @Test
    void everyRegisteredType_hasAGoldenFileCase() {
        Set<String> covered = ModelFileCases.all().stream().map(c -> c.fit().getClass().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        // the bag-of-words vocabulary is not a Model: its golden file is written beside the cases
        covered.add(ModelFileCases.bagOfWords().fit(ModelFileCases.texts()).getClass().getSimpleName());
        assertEquals(new TreeSet<>(ModelFiles.types()), covered);
    }

    @Test
    void bytesAndStreams_roundTrip() throws IOException {
        Model fitted = ModelFileCases.all().get(0).fit();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFiles.save(fitted, out);
        Classifier loaded = ModelFiles.load(new ByteArrayInputStream(out.toByteArray()), "stream", Classifier.class);
        assertEquals(fitted.toString(), loaded.toString());
    }

    @Test
    void load_corruptChecksum_throwsNamingTheFile() throws IOException {
        byte[] bytes = ModelFileEdits.golden("GaussianNaiveBayesModel");
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\"setosa\"", "\"Setosa\"");
        Path file = dir.resolve("edited.model");
        Files.writeString(file, text);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));
        assertTrue(e.getMessage().startsWith(file + ": checksum mismatch: the file is damaged or was edited"),
                e.getMessage());
        assertEquals(file.toString(), e.source());
    }

    @Test
    void load_wrongTypeRequested_saysWhatTheFileHolds() {
        byte[] bytes = ModelFileEdits.golden("GaussianNaiveBayesModel");
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFiles.fromBytes(bytes, "nb.model", Regressor.class));
        assertEquals("nb.model: the file holds a GaussianNaiveBayesModel, not a Regressor", e.getMessage());
    }

    @Test
    void load_notAModelFile_orCutShort_orNewerVersion_orUnknownField_throws() {
        byte[] golden = ModelFileEdits.golden("GaussianNaiveBayesModel");
        assertEquals("x: not a classicml model file: it must begin with {\"format\":\"classicml-model\"",
                message("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("x: the file must end with a line \"sha256 <64 hex digits>\"; it is cut short or was edited",
                message(java.util.Arrays.copyOf(golden, golden.length - 5)));
        assertEquals("x: formatVersion must be between 1 and 1, got 2; the file was written by a newer classicml: "
                + "load it with that version", message(ModelFileEdits.replaced(golden, "\"formatVersion\":1", "\"formatVersion\":2")));
        assertEquals("x: data.extra is not a field of this model type",
                message(ModelFileEdits.replaced(golden, "\"data\":{", "\"data\":{\"extra\":1,")));
        assertEquals("x: type must be one of the " + ModelFiles.types().size()
                + " model types of this library (ModelFiles.types()), got \"java.lang.Runtime\"",
                message(ModelFileEdits.replaced(golden, "\"GaussianNaiveBayesModel\"", "\"java.lang.Runtime\"")));
        assertEquals("x: data.counts must hold 3 values in 32 base64 characters, got 36 characters",
                message(ModelFileEdits.replaced(golden, "AAAAAAAASUAAAAAAAABJQAAAAAAAAElA", "AAAAAAAASUAAAAAAAABJQAAAAAAAAElAAAAA")));
        assertEquals("x: data.means.shape[0] must be an integer between 0 and 2147483647, got 99999999999",
                message(ModelFileEdits.replaced(golden, "\"shape\":[12]", "\"shape\":[99999999999]")));
        assertEquals("x: data.means must hold 1000000000 values in 10666666668 base64 characters, got 128 characters; at most 268435455 values per array",
                message(ModelFileEdits.replaced(golden, "\"shape\":[12]", "\"shape\":[1000000000]")));
        assertEquals("x: field \"varianceSmoothing\" appears twice in one object", message(ModelFileEdits.replaced(
                golden, "\"varianceSmoothing\":1.0E-9", "\"varianceSmoothing\":1.0E-9,\"varianceSmoothing\":1.0E-9")));
    }

    @Test
    void save_aModelOfTheCallersOwnLearner_isRefusedWithAClearMessage() {
        Learner<Model> own = data -> new Model() {
            @Override
            public Learner<?> learner() {
                return null;
            }

            @Override
            public int columns() {
                return 4;
            }
        };
        Model mine = own.fit(Datasets.iris());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelFiles.toBytes(mine));
        assertTrue(e.getMessage().startsWith("cannot save a " + mine.getClass().getName()
                + "; model files hold only classicml's own model types"), e.getMessage());
    }

    @Test
    void gaussianNaiveBayes_invalidValues_areRejectedWithTheFittingChecksMessages() {
        byte[] golden = ModelFileEdits.golden("GaussianNaiveBayesModel");
        assertEquals("x: varianceSmoothing must be >= 0 and finite, got -1", message(
                ModelFileEdits.replaced(golden, "\"varianceSmoothing\":1.0E-9", "\"varianceSmoothing\":-1")));
        assertEquals("x: learner.priors.rule must be one of [ESTIMATED, UNIFORM, GIVEN], got \"MAGIC\"",
                message(ModelFileEdits.replaced(golden, "\"ESTIMATED\"", "\"MAGIC\"")));
        assertEquals("x: priors must have one entry per class (3), got 2", message(ModelFileEdits.replaced(golden,
                "\"rule\":\"ESTIMATED\",\"values\":[]", "\"rule\":\"GIVEN\",\"values\":[0.5,0.5]")));
        assertEquals("x: counts must be whole numbers >= 0; entry 1 is -3",
                message(ModelFileEdits.withDouble(golden, "counts", 1, -3)));
        assertEquals("x: squaredDeviations must be finite; entry 4 is NaN",
                message(ModelFileEdits.withDouble(golden, "squaredDeviations", 4, Double.NaN)));
        assertEquals("x: means must be finite; entry 0 is Infinity",
                message(ModelFileEdits.withDouble(golden, "means", 0, Double.POSITIVE_INFINITY)));
        assertEquals("x: data.classNames: classNames must be distinct and non-blank, got [setosa, setosa, virginica]",
                message(ModelFileEdits.replaced(golden, "\"versicolor\"", "\"setosa\"")));
    }

    static String message(byte[] bytes) {
        return assertThrows(ModelFileException.class, () -> ModelFiles.fromBytes(bytes, "x", Model.class)).getMessage();
    }

}
