package io.github.classicml.algorithms.preprocessing.text;

import io.github.classicml.core.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bag-of-words model of text: a document becomes a row of word counts over a fixed vocabulary,
 * forgetting word order. It turns messages into the input of multinomial or Bernoulli naive Bayes.
 *
 * <p>Tokenising: a token is a maximal run of letters ({@link Character#isLetter(int)}); everything else
 * (spaces, digits, punctuation, apostrophes) separates tokens, so {@code "Don't WIN 2 prizes!"} gives
 * {@code don, t, win, prizes}. Tokens are lower-cased ({@link Locale#ROOT}) unless turned off, then
 * stop words are dropped. {@link #fit(List)} builds the vocabulary: every remaining word that occurs at
 * least {@code minCount} times in all documents together, in alphabetical order (as scikit-learn's
 * {@code CountVectorizer} orders it), with its total count and document frequency.
 * {@link BagOfWordsModel#transform(List)} then gives one row per document and one column per word,
 * holding the word's count or, with {@code binary}, 1 if it occurs; words outside the vocabulary are
 * ignored.
 *
 * <p>Cost: O(total characters) to fit and to transform, plus O(v log v) to sort a vocabulary of v
 * words. Limits: no stemming, n-grams or tf-idf weighting; digits are not words.
 *
 * <p>Reference: C. D. Manning, P. Raghavan, H. Schütze, <i>Introduction to Information Retrieval</i>,
 * Cambridge University Press, 2008, sections 2.2 and 6.2.
 *
 * @param lowercase whether tokens are lower-cased; default true
 * @param stopWords words to drop, compared after lower-casing (so give them in lower case); default none;
 *     {@link #ENGLISH_STOP_WORDS} is a short list of English function words
 * @param binary whether the output holds 1 for a word that occurs instead of its count; default false
 * @param minCount the fewest occurrences, over all training documents, for a word to enter the
 *     vocabulary, at least 1; default 1
 * @see BagOfWordsModel
 */
public record BagOfWords(boolean lowercase, Set<String> stopWords, boolean binary, int minCount) {

    /**
     * A short list of English function words (articles, pronouns, auxiliaries, prepositions,
     * conjunctions) that carry little meaning on their own, written for classicml.
     */
    public static final Set<String> ENGLISH_STOP_WORDS = Set.of(
            "a", "about", "after", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
            "before", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have",
            "he", "her", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "no",
            "not", "of", "on", "or", "our", "she", "so", "that", "the", "their", "them", "then", "there",
            "these", "they", "this", "those", "to", "up", "us", "was", "we", "were", "what", "when", "which",
            "who", "will", "with", "would", "you", "your");

    /**
     * Validates the settings.
     *
     * @param lowercase whether tokens are lower-cased
     * @param stopWords words to drop; copied
     * @param binary whether to output presence instead of counts
     * @param minCount at least 1
     */
    public BagOfWords {
        stopWords = Set.copyOf(Check.notNull("stopWords", stopWords));
        Check.atLeast("minCount", minCount, 1);
    }

    /** @return lower-casing, no stop words, counts, every word kept */
    public static BagOfWords of() {
        return new BagOfWords(true, Set.of(), false, 1);
    }

    /**
     * @param words the stop words to drop, in lower case
     * @return a copy with these stop words
     */
    public BagOfWords withStopWords(Set<String> words) {
        return new BagOfWords(lowercase, words, binary, minCount);
    }

    /**
     * @param presence true for 1/0 presence output, false for counts
     * @return a copy with that output
     */
    public BagOfWords withBinaryOutput(boolean presence) {
        return new BagOfWords(lowercase, stopWords, presence, minCount);
    }

    /**
     * @param count the fewest occurrences for a word to enter the vocabulary, at least 1
     * @return a copy with that minimum
     */
    public BagOfWords withMinCount(int count) {
        return new BagOfWords(lowercase, stopWords, binary, count);
    }

    /**
     * @param lower whether to lower-case tokens
     * @return a copy with that setting
     */
    public BagOfWords withLowercase(boolean lower) {
        return new BagOfWords(lower, stopWords, binary, minCount);
    }

    /**
     * Splits a text into words: runs of letters, lower-cased if set, stop words removed.
     *
     * @param text the text
     * @return its words in order
     */
    public List<String> tokens(String text) {
        Check.notNull("text", text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean letter = i < text.length() && Character.isLetter(cp);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String token = text.substring(start, i);
                if (lowercase) {
                    token = token.toLowerCase(Locale.ROOT);
                }
                if (!stopWords.contains(token)) {
                    out.add(token);
                }
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return out;
    }

    /**
     * Builds the vocabulary of a collection of documents.
     *
     * @param documents the training documents; not modified
     * @return the fitted vocabulary
     * @throws IllegalArgumentException if no word occurs at least {@code minCount} times
     */
    public BagOfWordsModel fit(List<String> documents) {
        Check.notNull("documents", documents);
        // sorted map: the vocabulary comes out in alphabetical order, independent of hashing
        TreeMap<String, long[]> counts = new TreeMap<>();
        for (int d = 0; d < documents.size(); d++) {
            List<String> words = tokens(Check.notNull("documents", d, documents.get(d)));
            for (String word : words) {
                long[] c = counts.computeIfAbsent(word, w -> new long[] {0, 0, -1});
                c[0]++;
                if (c[2] != d) {
                    c[1]++;
                    c[2] = d;
                }
            }
        }
        counts.values().removeIf(c -> c[0] < minCount);
        Check.that(!counts.isEmpty(), () -> "documents must contain a word that occurs at least minCount (" + minCount
                + ") times and is not a stop word, got " + documents.size() + " documents without one");
        return new BagOfWordsModel(this, counts);
    }
}
