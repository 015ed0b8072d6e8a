package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.io.CsvLoader;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every naive Bayes model against scikit-learn 1.2.1 on iris, wine, breast cancer, generated digit-like
 * integer counts and the spam messages' word counts: the predicted class, the probabilities (to 1e-9)
 * and the joint log-probabilities (to 1e-9 relative) of every row, from a model fitted on the recorded
 * training part. The cases, script, data and versions are in {@code reference/bayes/README.md}.
 */
class NaiveBayesReferenceTest {

    static final String FOLDER = "/reference/bayes/";

    static Stream<Arguments> cases() {
        GaussianNaiveBayes gaussian = GaussianNaiveBayes.of();
        MultinomialNaiveBayes multinomial = MultinomialNaiveBayes.of();
        ComplementNaiveBayes complement = ComplementNaiveBayes.of();
        BernoulliNaiveBayes bernoulli = BernoulliNaiveBayes.of();
        CategoricalNaiveBayes categorical = CategoricalNaiveBayes.of();
        return Stream.of(
                arguments("gaussian_iris", gaussian, "iris"),
                arguments("gaussian_wine", gaussian, "wine"),
                arguments("gaussian_breast_cancer", gaussian, "breast_cancer"),
                arguments("gaussian_wine_priors",
                        new GaussianNaiveBayes(1e-3, ClassPriors.of(0.2, 0.3, 0.5)), "wine"),
                arguments("gaussian_digits", gaussian, "digits"),
                arguments("multinomial_iris", multinomial, "iris"),
                arguments("multinomial_wine", multinomial.withAlpha(0.5), "wine"),
                arguments("multinomial_breast_cancer", multinomial, "breast_cancer"),
                arguments("multinomial_digits", new MultinomialNaiveBayes(0.1, ClassPriors.uniform()), "digits"),
                arguments("multinomial_words", multinomial, "words"),
                arguments("multinomial_words_priors", new MultinomialNaiveBayes(0.5, ClassPriors.of(0.3, 0.7)), "words"),
                arguments("complement_iris", complement, "iris"),
                arguments("complement_wine", complement.withNormalizedWeights(true), "wine"),
                arguments("complement_breast_cancer", complement.withAlpha(2.0), "breast_cancer"),
                arguments("complement_digits", complement, "digits"),
                arguments("complement_digits_norm", new ComplementNaiveBayes(0.5, true), "digits"),
                arguments("complement_words", complement, "words"),
                arguments("bernoulli_iris", bernoulli.withThreshold(2.5), "iris"),
                arguments("bernoulli_wine", bernoulli.withThreshold(3.0).withAlpha(0.5), "wine"),
                arguments("bernoulli_breast_cancer", bernoulli.withThreshold(0.1), "breast_cancer"),
                arguments("bernoulli_digits", bernoulli.withThreshold(7.0).withPriors(ClassPriors.uniform()), "digits"),
                arguments("bernoulli_words", bernoulli, "words"),
                arguments("categorical_iris", categorical, "iris_codes"),
                arguments("categorical_wine", categorical.withAlpha(0.5), "wine_codes"),
                arguments("categorical_breast_cancer", categorical.withPriors(ClassPriors.of(0.5, 0.5)),
                        "breast_cancer_codes"),
                arguments("categorical_digits", categorical.withAlpha(2.0), "digits"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void predictions_equalScikitLearn(String name, Learner<? extends NaiveBayesModel> learner, String dataName)
            throws IOException {
        Dataset data = load(dataName);
        List<String[]> lines = lines(FOLDER + "case_" + name + ".csv");
        int[] train = Arrays.stream(lines.get(1)).skip(1).mapToInt(Integer::parseInt).toArray();
        NaiveBayesModel model = learner.fit(data.select(train));
        int k = data.classCount();
        int checked = 0;
        for (String[] line : lines.subList(3, lines.size())) {
            int row = Integer.parseInt(line[0]);
            double[] x = data.row(row);
            String where = name + " row " + row;
            assertEquals(Integer.parseInt(line[1]), model.predict(x), where);
            double[] p = model.predictProbabilities(x);
            double[] jll = model.predictJointLogProbabilities(x);
            for (int c = 0; c < k; c++) {
                assertEquals(Double.parseDouble(line[2 + c]), p[c], 1e-9, where + " probability " + c);
                double expected = Double.parseDouble(line[2 + k + c]);
                assertEquals(expected, jll[c], 1e-9 * Math.max(1, Math.abs(expected)), where + " jll " + c);
            }
            checked++;
        }
        assertTrue(checked >= 40, name + ": " + checked + " rows");
    }

    static Dataset load(String name) throws IOException {
        switch (name) {
            case "iris":
                return Datasets.iris();
            case "wine":
                return Datasets.wine();
            case "breast_cancer":
                return Datasets.breastCancer();
            default:
                String resource = FOLDER + "data_" + name + ".csv";
                try (Reader reader = reader(resource)) {
                    return CsvLoader.classTarget("class").load(reader, resource);
                }
        }
    }

    static List<String[]> lines(String resource) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader reader = reader(resource)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                out.add(line.split(","));
            }
        }
        return out;
    }

    private static BufferedReader reader(String resource) {
        InputStream in = NaiveBayesReferenceTest.class.getResourceAsStream(resource);
        assertNotNull(in, resource);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
