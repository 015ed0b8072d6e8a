package io.github.classicml.examples;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.classicml.algorithms.bayes.MultinomialNaiveBayes;
import io.github.classicml.algorithms.bayes.MultinomialNaiveBayesModel;
import io.github.classicml.algorithms.bayes.NaiveBayesExplanation;
import io.github.classicml.algorithms.preprocessing.text.BagOfWords;
import io.github.classicml.algorithms.preprocessing.text.BagOfWordsModel;
import io.github.classicml.core.Dataset;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Bayes' theorem at work in a spam filter: how does multinomial naive Bayes decide that a message is
 * spam, and why is it called naive?
 *
 * <p>Turns 40 short messages written for classicml (24 ordinary, 16 spam; see the README beside
 * {@code spam/messages.csv}) into word counts with a bag-of-words vocabulary, fits multinomial naive
 * Bayes with Laplace smoothing, lists the words that most favour spam, explains the posterior of one
 * new message term by term, and estimates the accuracy by leaving each message out in turn.
 */
public final class BayesSpamExample implements Example {

    /** The message whose posterior is explained: ordinary words and spam words mixed. */
    static final String MESSAGE = "Free tickets for the team lunch on Friday, reply to claim your seat.";

    private static final List<String> MORE = List.of(
            "Claim your free prize now, click here!",
            "Can we move the meeting to Monday morning?",
            "You won a free lunch at the library, call now");

    @Override
    public String name() {
        return "bayes-spam";
    }

    @Override
    public String question() {
        return "What is Bayes' theorem, and how does a naive Bayes spam filter use it?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        read(texts, labels);
        BagOfWords words = BagOfWords.of().withStopWords(BagOfWords.ENGLISH_STOP_WORDS);
        BagOfWordsModel vocabulary = words.fit(texts);
        Dataset data = vocabulary.transform(texts).withClassLabels(labels.toArray(new String[0]), "label");
        MultinomialNaiveBayesModel model = MultinomialNaiveBayes.of().fit(data);
        int spam = data.classNames().indexOf("spam");
        int ham = data.classNames().indexOf("ham");

        out.printf(Locale.ROOT, "%d messages (%d ham, %d spam), a vocabulary of %d words after dropping %d stop words%n",
                data.rows(), data.classCounts()[ham], data.classCounts()[spam], vocabulary.size(),
                BagOfWords.ENGLISH_STOP_WORDS.size());
        out.println("multinomial naive Bayes, Laplace smoothing (alpha = 1), priors from the class shares");
        out.println();
        out.println("the words that favour spam most, by the likelihood ratio P(word | spam) / P(word | ham):");
        double[][] logTheta = model.featureLogProbabilities();
        Integer[] order = new Integer[vocabulary.size()];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> logTheta[ham][j] - logTheta[spam][j]));
        List<String> topWords = new ArrayList<>();
        List<Double> topLogRatios = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int j = order[t];
            topWords.add(vocabulary.vocabulary().get(j));
            topLogRatios.add(logTheta[spam][j] - logTheta[ham][j]);
            out.printf(Locale.ROOT, "  %-10s %5.1f times more likely in spam%n", vocabulary.vocabulary().get(j),
                    Math.exp(logTheta[spam][j] - logTheta[ham][j]));
        }
        out.println();
        out.println("message: \"" + MESSAGE + "\"");
        out.println("words: " + words.tokens(MESSAGE));
        List<String> unseen = unseenWords(words, vocabulary, MESSAGE);
        out.println(unseen.isEmpty() ? "every word is in the vocabulary."
                : "not in the vocabulary, so silently ignored by the filter: " + unseen
                        + " (no training message used them; they add no evidence either way)");
        NaiveBayesExplanation explanation = model.explain(vocabulary.transform(MESSAGE));
        out.println(explanation.format(8));
        out.println("Naive: the words are treated as independent given the class, so their log-likelihoods simply");
        out.println("add. \"free\" and \"claim\" outweigh \"team\" and \"lunch\" although the message is harmless:");
        out.println("the filter cannot see that the words together make an ordinary invitation.");
        out.println();
        out.println("more messages; log-odds = log P(spam | x) - log P(ham | x), because a probability printed as");
        out.println("1.0000 is rounding, not certainty:");
        for (String message : MORE) {
            double[] row = vocabulary.transform(message);
            double[] joint = model.predictJointLogProbabilities(row);
            double logOdds = joint[spam] - joint[ham];
            List<String> ignored = unseenWords(words, vocabulary, message);
            out.printf(Locale.ROOT, "P(spam | \"%s\") = %.4f, log-odds %+.2f (odds %s to 1)%s%n", message,
                    model.predictProbabilities(row)[spam], logOdds, odds(logOdds),
                    ignored.isEmpty() ? "" : "; ignored: " + ignored);
        }

        int correct = 0;
        for (int i = 0; i < texts.size(); i++) {
            // leave message i out: vocabulary and model from the other 39
            List<String> otherTexts = new ArrayList<>(texts);
            List<String> otherLabels = new ArrayList<>(labels);
            otherTexts.remove(i);
            otherLabels.remove(i);
            BagOfWordsModel v = words.fit(otherTexts);
            Dataset train = v.transform(otherTexts).withClassLabels(otherLabels.toArray(new String[0]), "label");
            MultinomialNaiveBayesModel m = MultinomialNaiveBayes.of().fit(train);
            correct += m.predictLabel(v.transform(texts.get(i))).equals(labels.get(i)) ? 1 : 0;
        }
        double looAccuracy = correct / (double) texts.size();
        out.printf(Locale.ROOT, "%nleave-one-out accuracy: %d of %d messages = %.3f%n", correct, texts.size(),
                looAccuracy);
        return Report.builder()
                .figure("pSpam", explanation.posteriors()[spam])
                .figure("priorSpam", explanation.priors()[spam])
                .figure("vocabularySize", vocabulary.size())
                .figure("leaveOneOutAccuracy", looAccuracy)
                .figure("unseenWordsInMessage", unseen.size())
                .file(Plots.savePng(wordChart(topWords, topLogRatios), context, "bayes-spam-words"))
                .build();
    }

    private static CategoryChart wordChart(List<String> words, List<Double> logRatios) {
        CategoryChart chart = new CategoryChartBuilder().width(640).height(420)
                .title("The words that favour spam most").xAxisTitle("word")
                .yAxisTitle("log P(word | spam) - log P(word | ham)").build();
        chart.addSeries("log-likelihood ratio", words, logRatios);
        return chart;
    }

    /** The message's words (after stop-word removal) that the vocabulary does not contain, in order. */
    static List<String> unseenWords(BagOfWords words, BagOfWordsModel vocabulary, String message) {
        List<String> out = new ArrayList<>();
        for (String word : words.tokens(message)) {
            if (vocabulary.indexOf(word) < 0 && !out.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }

    /** e^logOdds, written so that huge odds stay readable. */
    private static String odds(double logOdds) {
        double odds = Math.exp(logOdds);
        return odds >= 1e4 || odds < 1e-3 ? String.format(Locale.ROOT, "%.1e", odds)
                : String.format(Locale.ROOT, "%.3g", odds);
    }

    /** Reads the bundled messages (CSV: label, text). */
    static void read(List<String> texts, List<String> labels) {
        String resource = "spam/messages.csv";
        InputStream in = BayesSpamExample.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " must be on the class path beside " + BayesSpamExample.class);
        }
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new InputStreamReader(in,
                StandardCharsets.UTF_8))) {
            boolean header = true;
            for (CsvRecord record : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                labels.add(record.getField(0));
                texts.add(record.getField(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }
}
