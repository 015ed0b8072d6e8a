package io.github.classicml.algorithms.preprocessing.text;

import io.github.classicml.algorithms.internal.provisional.StateReader;
import io.github.classicml.algorithms.internal.provisional.StateWriter;
import io.github.classicml.core.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The model-file form of a bag of words: the settings (stop words sorted, so that the file does not
 * depend on a set's iteration order), the vocabulary in its sorted order and each word's count and
 * document frequency. On load every word must be a token the settings produce from the word itself
 * (letters only, lower case when asked, not a stop word), the words strictly increasing, each count at
 * least {@code minCount} and each document frequency between 1 and the count.
 */
final class TextFiles {

    private TextFiles() {
    }

    static void writeLearner(BagOfWords l, StateWriter w) {
        w.putBoolean("lowercase", l.lowercase());
        w.putStrings("stopWords", List.copyOf(new TreeSet<>(l.stopWords())));
        w.putBoolean("binary", l.binary());
        w.putInt("minCount", l.minCount());
    }

    static BagOfWords readLearner(StateReader r) {
        List<String> stopWords = r.getStrings("stopWords");
        Set<String> set = new TreeSet<>(stopWords);
        Check.that(set.size() == stopWords.size(), () -> "stopWords must be distinct, got " + stopWords.size()
                + " words of which " + set.size() + " distinct");
        return new BagOfWords(r.getBoolean("lowercase"), set, r.getBoolean("binary"), r.getInt("minCount"));
    }

    static void write(BagOfWordsModel m, StateWriter w) {
        w.putStrings("vocabulary", m.vocabulary());
        w.putLongs("wordCounts", m.wordCounts());
        w.putLongs("documentFrequencies", m.documentFrequencies());
    }

    static BagOfWordsModel read(BagOfWords learner, StateReader r) {
        List<String> words = r.getStrings("vocabulary");
        long[] counts = r.getLongs("wordCounts");
        long[] frequencies = r.getLongs("documentFrequencies");
        Check.notEmpty("vocabulary", words.size());
        Check.sameLength("vocabulary", words.size(), "wordCounts", counts.length);
        Check.sameLength("vocabulary", words.size(), "documentFrequencies", frequencies.length);
        TreeMap<String, long[]> map = new TreeMap<>();
        List<String> previous = new ArrayList<>(1);
        for (int j = 0; j < words.size(); j++) {
            int entry = j;
            String word = Check.notNull("vocabulary", j, words.get(j));
            Check.that(learner.tokens(word).equals(List.of(word)), () -> "vocabulary must hold tokens of the "
                    + "settings (letters only, lower case when asked, no stop word); entry " + entry + " is \""
                    + cut(word) + "\"");
            Check.that(previous.isEmpty() || previous.get(0).compareTo(word) < 0, () -> "vocabulary must be "
                    + "distinct and sorted; entry " + entry + " is \"" + cut(word) + "\"");
            Check.that(counts[j] >= learner.minCount(), () -> "wordCounts must be >= minCount ("
                    + learner.minCount() + "); entry " + entry + " is " + counts[entry]);
            Check.that(frequencies[j] >= 1 && frequencies[j] <= counts[j], () -> "documentFrequencies must be in "
                    + "[1, the word's count]; entry " + entry + " is " + frequencies[entry] + " for count "
                    + counts[entry]);
            previous.clear();
            previous.add(word);
            map.put(word, new long[] {counts[j], frequencies[j]});
        }
        return new BagOfWordsModel(learner, map);
    }

    private static String cut(String word) {
        return word.length() <= 60 ? word : word.substring(0, 60) + "...";
    }
}
