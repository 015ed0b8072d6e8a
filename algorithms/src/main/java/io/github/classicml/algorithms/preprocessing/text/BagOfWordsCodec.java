package io.github.classicml.algorithms.preprocessing.text;

import io.github.classicml.core.Check;
import io.github.classicml.core.internal.modelfile.FieldReader;
import io.github.classicml.core.internal.modelfile.FieldWriter;
import io.github.classicml.core.internal.modelfile.ModelCodec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The model-file form of a bag-of-words vocabulary. {@link BagOfWordsModel} is not a {@code Model} (its
 * settings fit texts, not a {@code Dataset}), so this codec names its settings' record as the learner
 * class and gives them through {@link #learnerOf}. The settings are {@code lowercase}, the sorted
 * {@code stopWords}, {@code binary} and {@code minCount}; the data the words in alphabetical order
 * ({@code vocabulary}) and, per word, {@code wordCounts} and {@code documentFrequencies} (int64).
 *
 * <p>Loading checks what fitting guarantees: at least one word; words strictly increasing in
 * {@link String#compareTo} order (the fit's sorted map, so distinct); each word one token as the settings
 * make them (letters, lower-cased when {@code lowercase} is set, not a stop word); one count and one
 * document frequency per word, the count at least {@code minCount}, the document frequency between 1
 * and the count.
 */
final class BagOfWordsCodec implements ModelCodec<BagOfWords, BagOfWordsModel> {

    /** U+0307 COMBINING DOT ABOVE: lower-casing U+0130 (capital I with dot) gives {@code i} and this mark. */
    private static final int COMBINING_DOT_ABOVE = 0x0307;

    @Override
    public String type() {
        return "BagOfWordsModel";
    }

    @Override
    public Class<BagOfWordsModel> modelClass() {
        return BagOfWordsModel.class;
    }

    @Override
    public Class<BagOfWords> learnerClass() {
        return BagOfWords.class;
    }

    @Override
    public BagOfWords learnerOf(BagOfWordsModel model) {
        return model.learner();
    }

    @Override
    public void writeLearner(BagOfWords settings, FieldWriter out) {
        out.flag("lowercase", settings.lowercase());
        out.texts("stopWords", new ArrayList<>(new TreeSet<>(settings.stopWords())));
        out.flag("binary", settings.binary());
        out.integer("minCount", settings.minCount());
    }

    @Override
    public BagOfWords readLearner(FieldReader in) {
        boolean lowercase = in.flag("lowercase");
        List<String> stopWords = in.texts("stopWords");
        for (int i = 1; i < stopWords.size(); i++) {
            int entry = i;
            Check.that(stopWords.get(i - 1).compareTo(stopWords.get(i)) < 0, () -> "stopWords must be strictly "
                    + "increasing (sorted, distinct); entry " + entry + " is \"" + shown(stopWords.get(entry))
                    + "\" after \"" + shown(stopWords.get(entry - 1)) + "\"");
        }
        return new BagOfWords(lowercase, Set.copyOf(stopWords), in.flag("binary"), in.intValue("minCount"));
    }

    @Override
    public void writeModel(BagOfWordsModel model, FieldWriter out) {
        out.texts("vocabulary", model.vocabulary());
        out.longs("wordCounts", model.wordCounts());
        out.longs("documentFrequencies", model.documentFrequencies());
    }

    @Override
    public BagOfWordsModel readModel(BagOfWords settings, FieldReader in) {
        List<String> vocabulary = in.texts("vocabulary");
        int v = vocabulary.size();
        Check.that(v >= 1, "vocabulary must hold at least one word, got none");
        long[] counts = in.longs("wordCounts");
        Check.that(counts.length == v, () -> "wordCounts must hold one count per word (" + v + "), got "
                + counts.length);
        long[] frequencies = in.longs("documentFrequencies");
        Check.that(frequencies.length == v, () -> "documentFrequencies must hold one value per word (" + v
                + "), got " + frequencies.length);
        TreeMap<String, long[]> words = new TreeMap<>();
        for (int j = 0; j < v; j++) {
            String word = vocabulary.get(j);
            int entry = j;
            Check.that(j == 0 || vocabulary.get(j - 1).compareTo(word) < 0, () -> "vocabulary must be strictly "
                    + "increasing (alphabetical, distinct); entry " + entry + " is \"" + shown(word) + "\" after \""
                    + shown(vocabulary.get(entry - 1)) + "\"");
            checkWord(settings, entry, word);
            long count = counts[j];
            long frequency = frequencies[j];
            Check.that(count >= settings.minCount(), () -> "wordCounts must be at least minCount ("
                    + settings.minCount() + "); entry " + entry + " is " + count);
            Check.that(frequency >= 1 && frequency <= count, () -> "documentFrequencies must be between 1 and the "
                    + "word's count; entry " + entry + " is " + frequency + " for a count of " + count);
            words.put(word, new long[] {count, frequency});
        }
        return new BagOfWordsModel(settings, words);
    }

    /**
     * A word must be one token as {@link BagOfWords#tokens(String)} makes them: a non-empty run of letters,
     * in lower case ({@link Locale#ROOT}) when {@code lowercase} is set (where lower-casing U+0130 leaves
     * the combining dot U+0307 after an {@code i}, the one non-letter a lower-cased letter gives), and not a
     * stop word.
     */
    private static void checkWord(BagOfWords settings, int entry, String word) {
        Check.that(!word.isEmpty(), () -> "vocabulary must hold words; entry " + entry + " is empty");
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            boolean allowed = Character.isLetter(cp) || (settings.lowercase() && i > 0 && cp == COMBINING_DOT_ABOVE);
            int at = i;
            Check.that(allowed, () -> "vocabulary must hold runs of letters; entry " + entry + " (\"" + shown(word)
                    + "\") has U+" + String.format(Locale.ROOT, "%04X", cp) + " at " + at);
            i += Character.charCount(cp);
        }
        Check.that(!settings.lowercase() || word.equals(word.toLowerCase(Locale.ROOT)), () -> "vocabulary must be in "
                + "lower case when lowercase is set; entry " + entry + " is \"" + shown(word) + "\"");
        Check.that(!settings.stopWords().contains(word), () -> "vocabulary must not hold stop words; entry " + entry
                + " is \"" + shown(word) + "\"");
    }

    /** A word as shown in a message: at most 40 characters. */
    private static String shown(String word) {
        return word.length() <= 40 ? word : word.substring(0, 40) + "...(" + word.length() + " characters)";
    }
}
