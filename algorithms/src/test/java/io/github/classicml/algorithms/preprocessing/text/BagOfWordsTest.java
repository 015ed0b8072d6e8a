package io.github.classicml.algorithms.preprocessing.text;

import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BagOfWordsTest {

    private static final List<String> DOCUMENTS = List.of(
            "Win a FREE prize, win now!",
            "Lunch at noon? The prize-giving is at 3.",
            "");

    @Test
    void tokens_lettersOnly_lowerCased() {
        BagOfWords words = BagOfWords.of();
        assertEquals(List.of("don", "t", "win", "prizes"), words.tokens("Don't WIN 2 prizes!"));
        assertEquals(List.of("prize", "giving", "café", "naïve"), words.tokens("prize-giving café_naïve"));
        assertEquals(List.of(), words.tokens(" 42 ... "));
        assertEquals(List.of("Win", "FREE"), words.withLowercase(false).tokens("Win FREE"));
        assertEquals(List.of("win", "prize"),
                words.withStopWords(BagOfWords.ENGLISH_STOP_WORDS).tokens("Win a prize at the fair").subList(0, 2));
    }

    @Test
    void fit_vocabularyInAlphabeticalOrder_withCountsAndDocumentFrequencies() {
        BagOfWordsModel model = BagOfWords.of().fit(DOCUMENTS);
        assertEquals(List.of("a", "at", "free", "giving", "is", "lunch", "noon", "now", "prize", "the", "win"),
                model.vocabulary());
        // "win" twice in one document, "prize" once in each of two, "at" twice in one
        assertArrayEquals(new long[] {1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 2}, model.wordCounts());
        assertArrayEquals(new long[] {1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1}, model.documentFrequencies());
        assertEquals(8, model.indexOf("prize"));
        assertEquals(-1, model.indexOf("lottery"));
        assertEquals(11, model.size());
    }

    @Test
    void transform_countsOrPresence_unknownWordsIgnored() {
        BagOfWordsModel model = BagOfWords.of().withStopWords(Set.of("a", "at", "the", "is")).fit(DOCUMENTS);
        assertEquals(List.of("free", "giving", "lunch", "noon", "now", "prize", "win"), model.vocabulary());
        assertArrayEquals(new double[] {1, 0, 0, 0, 0, 1, 3}, model.transform("free PRIZE: win, win, win the lottery"));
        BagOfWordsModel binary = model.learner().withBinaryOutput(true).fit(DOCUMENTS);
        assertArrayEquals(new double[] {1, 0, 0, 0, 0, 1, 1}, binary.transform("free PRIZE: win, win, win the lottery"));
        Dataset data = model.transform(DOCUMENTS);
        assertEquals(3, data.rows());
        assertEquals(model.vocabulary(), data.columnNames());
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, 1, 2}, data.row(0));
        assertArrayEquals(new double[7], data.row(2));
    }

    @Test
    void fit_minCount_dropsRareWords() {
        BagOfWordsModel model = BagOfWords.of().withMinCount(2).fit(DOCUMENTS);
        assertEquals(List.of("at", "prize", "win"), model.vocabulary());
    }

    @Test
    void fit_noWordLeft_throws() {
        assertEquals("documents must contain a word that occurs at least minCount (1) times and is not a stop word, "
                + "got 2 documents without one", assertThrows(IllegalArgumentException.class,
                        () -> BagOfWords.of().withStopWords(Set.of("the")).fit(List.of("The 42", "the")))
                .getMessage());
        assertEquals("minCount must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> BagOfWords.of().withMinCount(0))
                        .getMessage());
    }

    @Test
    void settings_stopWordsAreCopied() {
        Set<String> stop = new java.util.HashSet<>(Set.of("win"));
        BagOfWords words = BagOfWords.of().withStopWords(stop);
        stop.add("prize");
        assertEquals(List.of("prize"), words.tokens("win prize"));
        List<String> documents = new ArrayList<>(List.of("win prize"));
        BagOfWordsModel model = words.fit(documents);
        documents.set(0, "other");
        assertEquals(List.of("prize"), model.vocabulary());
    }
}
