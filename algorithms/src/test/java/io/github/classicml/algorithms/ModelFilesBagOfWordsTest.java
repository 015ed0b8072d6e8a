package io.github.classicml.algorithms;

import io.github.classicml.algorithms.preprocessing.text.BagOfWords;
import io.github.classicml.algorithms.preprocessing.text.BagOfWordsModel;
import io.github.classicml.core.Model;
import io.github.classicml.core.internal.modelfile.ModelFileFormat;
import io.github.classicml.core.io.ModelFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Model files of the bag-of-words vocabulary, which is not a {@code Model}: saved through the
 * {@code BagOfWordsModel} overloads and loaded with {@code load(file, BagOfWordsModel.class)}. Round trips
 * give the same vocabulary, counts and rows; the golden file loads and equals a fresh fit; every value
 * is checked as fitting makes it.
 */
class ModelFilesBagOfWordsTest {

    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    /** Letters of several scripts and cases, the dotted capital I, digits, marks, punctuation and spaces. */
    private static final String[] PIECES = {"a", "b", "c", "A", "B", "Z", "é", "É", "ß", "ẞ", "Σ", "σ", "İ", "ı", "ǅ",
        "ж", "Ж", "中", "\uD801\uDC00", "\u0301", "Ⅻ", "1", "7", " ", " ", " ", ",", "'", "-", "!", "\n", "😀"};

    private static void assertSame(BagOfWordsModel expected, BagOfWordsModel actual, List<String> documents) {
        assertEquals(expected.learner(), actual.learner());
        assertEquals(expected.vocabulary(), actual.vocabulary());
        assertArrayEquals(expected.wordCounts(), actual.wordCounts());
        assertArrayEquals(expected.documentFrequencies(), actual.documentFrequencies());
        assertEquals(expected.toString(), actual.toString());
        assertArrayEquals(expected.transform(documents).features(), actual.transform(documents).features());
        for (String word : expected.vocabulary()) {
            assertEquals(expected.indexOf(word), actual.indexOf(word));
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void roundTrip_ofAnyFittedVocabulary_givesTheSameVocabularyCountsAndRows(long seed) throws ModelFileException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> documents = new ArrayList<>();
        for (int d = 1 + random.nextInt(6); d > 0; d--) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            documents.add(text.toString());
        }
        documents.add("guaranteed words guaranteed");
        Set<String> stopWords = new HashSet<>();
        for (String w : List.of("a", "b", "words", "ß", "σ")) {
            if (random.nextBoolean()) {
                stopWords.add(w);
            }
        }
        BagOfWords settings = new BagOfWords(random.nextBoolean(), stopWords, random.nextBoolean(),
                1 + random.nextInt(2));
        BagOfWordsModel fitted = settings.fit(documents);
        byte[] bytes = ModelFiles.toBytes(fitted);
        BagOfWordsModel loaded = ModelFiles.fromBytes(bytes, "words.model", BagOfWordsModel.class);
        assertSame(fitted, loaded, documents);
        assertArrayEquals(bytes, ModelFiles.toBytes(loaded));
    }

    @Test
    void handWorked_theFileHoldsTheSortedWordsTheirCountsAndDocumentFrequencies() throws IOException {
        // "Win cash now" and "win a prize" and "cash, CASH": after lower-casing and dropping the stop words
        // a and now, cash occurs 3 times in 2 documents, prize once in 1, win twice in 2
        List<String> documents = List.of("Win cash now", "win a prize", "cash, CASH");
        BagOfWordsModel fitted = new BagOfWords(true, Set.of("now", "a"), false, 1).fit(documents);
        String json = ModelFileEdits.json(ModelFiles.toBytes(fitted));
        assertTrue(json.startsWith("{\"format\":\"classicml-model\",\"formatVersion\":1,\"libraryVersion\":\""
                + ModelFileFormat.libraryVersion() + "\",\"type\":\"BagOfWordsModel\",\"learner\":{\"lowercase\":true,"
                + "\"stopWords\":[\"a\",\"now\"],\"binary\":false,\"minCount\":1},\"data\":{\"vocabulary\":[\"cash\","
                + "\"prize\",\"win\"],"), json);
        Path file = dir.resolve("words.model");
        ModelFiles.save(fitted, file);
        BagOfWordsModel loaded = ModelFiles.load(file, BagOfWordsModel.class);
        assertEquals(List.of("cash", "prize", "win"), loaded.vocabulary());
        assertArrayEquals(new long[] {3, 1, 2}, loaded.wordCounts());
        assertArrayEquals(new long[] {2, 1, 2}, loaded.documentFrequencies());
        assertArrayEquals(new double[] {2, 0, 1}, loaded.transform("Cash, win CASH!"));
    }

    @Test
    void streams_roundTrip() throws IOException {
        BagOfWordsModel fitted = ModelFileCases.bagOfWords().fit(ModelFileCases.texts());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFiles.save(fitted, out);
        BagOfWordsModel loaded = ModelFiles.load(new ByteArrayInputStream(out.toByteArray()), "stream",
                BagOfWordsModel.class);
        assertSame(fitted, loaded, ModelFileCases.texts());
    }

    @Test
    void goldenFile_loads_equalsAFreshFit_andWritesTheSameJson() throws ModelFileException {
        byte[] golden = ModelFileEdits.golden(ModelFileCases.BAG_OF_WORDS);
        BagOfWordsModel loaded = ModelFiles.fromBytes(golden, "golden", BagOfWordsModel.class);
        BagOfWordsModel fresh = ModelFileCases.bagOfWords().fit(ModelFileCases.texts());
        assertSame(fresh, loaded, ModelFileCases.texts());
        // the Turkish dotted capital I lower-cases to i and a combining dot, and stays one word
        assertTrue(loaded.indexOf("i\u0307stanbul") >= 0, loaded.vocabulary().toString());
        String version = "\"libraryVersion\":\"" + ModelFileFormat.libraryVersion() + "\"";
        String stored = ModelFileEdits.json(golden).replaceFirst("\"libraryVersion\":\"[^\"]*\"", version);
        assertEquals(stored, ModelFileEdits.json(ModelFiles.toBytes(loaded)));
        assertEquals(stored, ModelFileEdits.json(ModelFiles.toBytes(fresh)));
    }

    @Test
    void load_asAModel_orAModelAsAVocabulary_saysWhatTheFileHolds() {
        byte[] words = ModelFileEdits.golden(ModelFileCases.BAG_OF_WORDS);
        assertEquals("x: the file holds a BagOfWordsModel, not a Model", ModelFilesTest.message(words));
        byte[] nb = ModelFileEdits.golden("GaussianNaiveBayesModel");
        assertEquals("x: the file holds a GaussianNaiveBayesModel, not a BagOfWordsModel", assertThrows(
                ModelFileException.class, () -> ModelFiles.fromBytes(nb, "x", BagOfWordsModel.class)).getMessage());
        // and a vocabulary is never a part of a model: a bag member of that type is refused
        assertTrue(ModelFilesTest.message(ModelFileEdits.replaced(ModelFileEdits.golden("BaggingClassifierModel"),
                "\"members\":[{\"type\":\"DecisionTreeClassifierModel\"", "\"members\":[{\"type\":\"BagOfWordsModel\""))
                .startsWith("x: data.members[0] holds a BagOfWordsModel, not a Classifier"));
    }

    static String message(byte[] bytes) {
        return assertThrows(ModelFileException.class, () -> ModelFiles.fromBytes(bytes, "x", BagOfWordsModel.class))
                .getMessage();
    }

    @Test
    void load_invalidSettings_areRefusedWithTheFittingChecksMessages() {
        byte[] golden = ModelFileEdits.golden(ModelFileCases.BAG_OF_WORDS);
        assertEquals("x: minCount must be >= 1, got 0",
                message(ModelFileEdits.replaced(golden, "\"minCount\":1", "\"minCount\":0")));
        assertEquals("x: stopWords must be strictly increasing (sorted, distinct); entry 1 is \"a\" after \"a\"",
                message(ModelFileEdits.replaced(golden, "\"stopWords\":[\"a\",\"about\"", "\"stopWords\":[\"a\",\"a\"")));
        assertEquals("x: learner.lowercase must be true or false, got \"yes\"",
                message(ModelFileEdits.replaced(golden, "\"lowercase\":true", "\"lowercase\":\"yes\"")));
        assertEquals("x: learner.stopWords[0] must be a string, got 1",
                message(ModelFileEdits.replaced(golden, "\"stopWords\":[\"a\"", "\"stopWords\":[1")));
    }

    @Test
    void load_invalidVocabulary_isRefusedNamingTheEntry() {
        byte[] golden = ModelFileEdits.golden(ModelFileCases.BAG_OF_WORDS);
        assertEquals("x: vocabulary must be strictly increasing (alphabetical, distinct); entry 1 is \"au\" after "
                + "\"brand\"", message(ModelFileEdits.replaced(golden, "\"au\",\"brand\"", "\"brand\",\"au\"")));
        assertEquals("x: vocabulary must be strictly increasing (alphabetical, distinct); entry 1 is \"au\" after "
                + "\"au\"", message(ModelFileEdits.replaced(golden, "\"au\",\"brand\"", "\"au\",\"au\"")));
        // words chosen to stay in alphabetical order: au, brand, bring, café, call, car, cash, ...
        assertEquals("x: vocabulary must hold runs of letters; entry 6 (\"cas5\") has U+0035 at 3",
                message(ModelFileEdits.replaced(golden, "\"cash\"", "\"cas5\"")));
        assertEquals("x: vocabulary must hold runs of letters; entry 6 (\"cas h\") has U+0020 at 3",
                message(ModelFileEdits.replaced(golden, "\"cash\"", "\"cas h\"")));
        // the combining dot only after a letter: ..., zoë, ιστος, οδος
        assertEquals("x: vocabulary must hold runs of letters; entry 40 (\"\u0307x\") has U+0307 at 0",
                message(ModelFileEdits.replaced(golden, "\"ιστος\"", "\"\u0307x\"")));
        assertEquals("x: vocabulary must hold words; entry 0 is empty",
                message(ModelFileEdits.replaced(golden, "\"au\"", "\"\"")));
        assertEquals("x: vocabulary must be in lower case when lowercase is set; entry 0 is \"Au\"",
                message(ModelFileEdits.replaced(golden, "\"au\"", "\"Au\"")));
        assertEquals("x: vocabulary must not hold stop words; entry 13 is \"from\"",
                message(ModelFileEdits.replaced(golden, "\"free\"", "\"from\"")));
        assertEquals("x: vocabulary must hold at least one word, got none",
                message(ModelFileEdits.replaced(golden, "\"vocabulary\":[\"au\",", "\"vocabulary\":[],\"x\":[")));
        // one word fewer than counts
        assertEquals("x: wordCounts must hold one count per word (41), got 42",
                message(ModelFileEdits.replaced(golden, "\"au\",", "")));
    }

    @Test
    void load_invalidCounts_areRefusedNamingTheEntry() {
        byte[] golden = ModelFileEdits.golden(ModelFileCases.BAG_OF_WORDS);
        assertEquals("x: wordCounts must be at least minCount (1); entry 5 is 0",
                message(ModelFileEdits.withLong(golden, "wordCounts", 5, 0)));
        assertEquals("x: wordCounts must be at least minCount (1); entry 0 is -9223372036854775808",
                message(ModelFileEdits.withLong(golden, "wordCounts", 0, Long.MIN_VALUE)));
        assertEquals("x: documentFrequencies must be between 1 and the word's count; entry 3 is 2 for a count of 1",
                message(ModelFileEdits.withLong(golden, "documentFrequencies", 3, 2)));
        // claim: 3 times, in 3 messages
        assertEquals("x: documentFrequencies must be between 1 and the word's count; entry 8 is 0 for a count of 3",
                message(ModelFileEdits.withLong(golden, "documentFrequencies", 8, 0)));
        assertEquals("x: documentFrequencies must be between 1 and the word's count; entry 8 is 4 for a count of 3",
                message(ModelFileEdits.withLong(golden, "documentFrequencies", 8, 4)));
        assertEquals("x: data.wordCounts must be an object, got \"wrong\"", message(ModelFileEdits.replaced(
                golden, "\"wordCounts\":{\"dtype\":\"int64\",\"shape\":[42],\"base64\":\"", "\"wordCounts\":\"wrong\",\"y\":{\"a\":\"")));
    }

    @Test
    void save_everySettingRoundTrips_binaryAndCaseSensitive() throws ModelFileException {
        BagOfWords settings = new BagOfWords(false, Set.of("The"), true, 2);
        List<String> documents = List.of("The cat and the Cat", "the cat sat", "The dog");
        BagOfWordsModel fitted = settings.fit(documents);
        assertEquals(List.of("cat", "the"), fitted.vocabulary());
        BagOfWordsModel loaded = ModelFiles.fromBytes(ModelFiles.toBytes(fitted), "x", BagOfWordsModel.class);
        assertSame(fitted, loaded, documents);
        // without lower-casing, capitals are words
        byte[] bytes = ModelFiles.toBytes(new BagOfWords(false, Set.of(), false, 1).fit(List.of("Cat cat")));
        assertEquals(List.of("Cat", "cat"), ModelFiles.fromBytes(bytes, "x", BagOfWordsModel.class).vocabulary());
        assertTrue(ModelFiles.types().contains("BagOfWordsModel"));
        assertFalse(Model.class.isAssignableFrom(BagOfWordsModel.class), "saved although not a Model");
    }
}
