package io.github.classicml.algorithms.preprocessing.text;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A fitted bag-of-words vocabulary: the words in alphabetical order, each with its total count and
 * document frequency in the training documents; it turns documents into rows of word counts.
 *
 * <p>Immutable and safe for concurrent use. Saved to and loaded from a model file like the models of
 * the library: {@code ModelFiles.save(vocabulary, file)}, {@code ModelFiles.load(file, BagOfWordsModel.class)}.
 *
 * @see BagOfWords
 */
public final class BagOfWordsModel {

    private final BagOfWords settings;
    private final List<String> vocabulary;
    private final Map<String, Integer> index;
    private final long[] counts;
    private final long[] documentFrequencies;

    BagOfWordsModel(BagOfWords settings, SortedMap<String, long[]> words) {
        this.settings = settings;
        List<String> list = new ArrayList<>(words.size());
        Map<String, Integer> positions = new HashMap<>();
        this.counts = new long[words.size()];
        this.documentFrequencies = new long[words.size()];
        for (Map.Entry<String, long[]> e : words.entrySet()) {
            int j = list.size();
            positions.put(e.getKey(), j);
            list.add(e.getKey());
            counts[j] = e.getValue()[0];
            documentFrequencies[j] = e.getValue()[1];
        }
        this.vocabulary = Collections.unmodifiableList(list);
        this.index = Collections.unmodifiableMap(positions);
    }

    /** @return the vectoriser, with its exact settings, that built this vocabulary */
    public BagOfWords learner() {
        return settings;
    }

    /** @return e.g. {@code BagOfWordsModel[vocabulary of 812 words, counts]} */
    @Override
    public String toString() {
        return "BagOfWordsModel[vocabulary of " + vocabulary.size() + " words, "
                + (settings.binary() ? "presence" : "counts") + "]";
    }

    /** @return the words, in alphabetical order: column {@code j} of the output counts word {@code j} (unmodifiable) */
    public List<String> vocabulary() {
        return vocabulary;
    }

    /** @return the number of words, the width of the output rows */
    public int size() {
        return vocabulary.size();
    }

    /**
     * @param word a word
     * @return its column, or -1 if it is not in the vocabulary
     */
    public int indexOf(String word) {
        return index.getOrDefault(Check.notNull("word", word), -1);
    }

    /** @return how often each word occurred in all training documents together, by column */
    public long[] wordCounts() {
        return counts.clone();
    }

    /** @return in how many training documents each word occurred, by column */
    public long[] documentFrequencies() {
        return documentFrequencies.clone();
    }

    /**
     * Turns one document into a row: per vocabulary word, its count in the document (or 1/0 with binary
     * output). Words outside the vocabulary are ignored.
     *
     * @param document the text
     * @return one value per vocabulary word
     */
    public double[] transform(String document) {
        double[] row = new double[vocabulary.size()];
        for (String word : settings.tokens(document)) {
            Integer j = index.get(word);
            if (j != null) {
                row[j] = settings.binary() ? 1 : row[j] + 1;
            }
        }
        return row;
    }

    /**
     * Turns documents into a dataset: one row per document, one column per vocabulary word, named by
     * the word.
     *
     * @param documents the texts; not modified
     * @return the dataset, without targets (add them with {@link Dataset#withClassLabels(String[], String)})
     * @throws IllegalArgumentException if documents times vocabulary words exceeds {@link Dataset#MAX_CELLS}
     */
    public Dataset transform(List<String> documents) {
        Check.notNull("documents", documents);
        int p = vocabulary.size();
        // the table's size is checked in long arithmetic before it is allocated (documents x words overflowed int)
        double[] values = new double[Check.tableSize("the document-term table", documents.size(), "documents", p,
                "vocabulary words", Dataset.MAX_CELLS)];
        for (int d = 0; d < documents.size(); d++) {
            double[] row = transform(Check.notNull("documents", d, documents.get(d)));
            System.arraycopy(row, 0, values, d * p, p);
        }
        return Dataset.ofRowMajor(values, p).withColumnNames(vocabulary);
    }
}
