package io.github.classicml.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The naive Bayes examples' key figures, against scikit-learn 1.2.1: the spam posterior and the
 * leave-one-out accuracy from {@code spam_example.py}, the iris means, variances and accuracy from
 * {@code GaussianNB} (both in {@code algorithms/src/test/resources/reference/bayes/}).
 */
class BayesExamplesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bayesSpam_explainsThePosterior_asScikitLearnComputesIt() throws Exception {
        Report r = new BayesSpamExample().run(new ExampleContext(out, dir, true));
        // MultinomialNB() on the 40 messages' word counts (stop words removed): P(spam | message) = 0.96456...
        assertEquals(0.9645613971393345, r.figure("pSpam"), 1e-9);
        assertEquals(0.4, r.figure("priorSpam"), 1e-15);
        assertEquals(266, r.figure("vocabularySize"));
        // leaving each message out in turn, 35 of 40 are classified right
        assertEquals(35.0 / 40, r.figure("leaveOneOutAccuracy"), 1e-15);
        assertTrue(printed().contains("P(spam | x) = P(spam) × P(x | spam) / P(x) = 0.4000 × exp("), printed());
        assertTrue(printed().contains("= 0.9646"), printed());
        // "tickets" and "seat" occur in no training message (read here from the raw texts), so the filter
        // ignores them, and the example must say so
        List<String> texts = new ArrayList<>();
        BayesSpamExample.read(texts, new ArrayList<>());
        for (String word : List.of("tickets", "seat")) {
            assertTrue(texts.stream().noneMatch(t -> t.toLowerCase(java.util.Locale.ROOT).matches(".*\\b" + word + "\\b.*")),
                    word);
        }
        assertEquals(2, r.figure("unseenWordsInMessage"));
        assertTrue(printed().contains("silently ignored by the filter: [tickets, seat]"), printed());
        assertTrue(printed().contains("1.0000 is rounding, not certainty"), printed());
        Pictures.assertValidAndNotBlank(r.files().get(0));
    }

    @Test
    void gaussianNaiveBayesIris_showsMeansAndVariances_asScikitLearn() throws Exception {
        Report r = new GaussianNaiveBayesIrisExample().run(new ExampleContext(out, dir, true));
        // GaussianNB().fit(iris): theta_[0, 2] = 1.462, var_[0, 2] = 0.029556003095502676, training accuracy 0.96
        assertEquals(1.462, r.figure("setosaPetalLengthMean"), 1e-12);
        assertEquals(0.029556003095502676, r.figure("setosaPetalLengthVariance"), 1e-15);
        assertEquals(0.96, r.figure("trainingAccuracy"), 1e-15);
        assertTrue(r.figure("testAccuracy") > 0.9, "test accuracy " + r.figure("testAccuracy"));
        assertTrue(printed().contains("petal_length        1.462 / 0.0296"), printed());
        // the gap lesson: the standard error is sqrt(p(1 - p) / 45) of the test accuracy, and the verdict follows it
        double p = r.figure("testAccuracy");
        assertEquals(Math.sqrt(p * (1 - p) / 45), r.figure("testStandardError"), 1e-15);
        boolean within = Math.abs(r.figure("splitTrainingAccuracy") - p) <= 2 * r.figure("testStandardError");
        assertTrue(printed().contains("this gap is " + (within ? "within" : "beyond") + " two standard errors"), printed());
        assertEquals(1, r.files().size());
        Pictures.assertValidAndNotBlank(r.files().get(0));
    }
}
