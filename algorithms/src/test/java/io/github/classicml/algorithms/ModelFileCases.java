package io.github.classicml.algorithms;

import io.github.classicml.algorithms.bayes.BernoulliNaiveBayes;
import io.github.classicml.algorithms.bayes.CategoricalNaiveBayes;
import io.github.classicml.algorithms.bayes.ComplementNaiveBayes;
import io.github.classicml.algorithms.bayes.GaussianNaiveBayes;
import io.github.classicml.algorithms.bayes.MultinomialNaiveBayes;
import io.github.classicml.algorithms.bayes.ClassPriors;
import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.linear.ClassWeights;
import io.github.classicml.algorithms.linear.ElasticNet;
import io.github.classicml.algorithms.linear.GradientDescent;
import io.github.classicml.algorithms.linear.GradientDescentClassifier;
import io.github.classicml.algorithms.linear.GradientDescentRegressor;
import io.github.classicml.algorithms.linear.Lasso;
import io.github.classicml.algorithms.linear.LearningRate;
import io.github.classicml.algorithms.linear.LinearRegression;
import io.github.classicml.algorithms.linear.LogisticRegression;
import io.github.classicml.algorithms.linear.Ridge;
import io.github.classicml.algorithms.linear.StepwiseRegression;
import io.github.classicml.algorithms.neighbors.Distance;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.neighbors.KnnRegressor;
import io.github.classicml.algorithms.neighbors.SearchStrategy;
import io.github.classicml.algorithms.neighbors.Weighting;
import io.github.classicml.algorithms.preprocessing.text.BagOfWords;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Clusterer;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.ProbabilisticClassifier;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.Transformer;
import io.github.classicml.core.io.Datasets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * One case per model type (and per notable setting): the learner and the bundled data it is fitted on.
 * The golden-file generator ({@link GoldenModelFiles}) writes {@code modelfiles/v<version>/<name>.model}
 * from these; the tests load those files and compare them with a fresh fit of the same learner on the
 * same data. A new model type adds its case here, then runs the generator once.
 */
final class ModelFileCases {

    /**
     * @param name the golden file's name (the model type, with a suffix for a second setting)
     * @param learner the learner
     * @param data the training data (also the rows predicted in the tests)
     */
    record Case(String name, Learner<? extends Model> learner, Supplier<Dataset> data) {

        Model fit() {
            return learner.fit(data.get());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private ModelFileCases() {
    }

    static Dataset iris() {
        return Datasets.iris();
    }

    /** Iris with each measurement floored to a whole number: category codes 0 to 7. */
    static Dataset irisCodes() {
        Dataset iris = Datasets.iris();
        double[] codes = iris.features();
        for (int i = 0; i < codes.length; i++) {
            codes[i] = Math.floor(codes[i]);
        }
        return Dataset.ofRowMajor(codes, iris.columns()).withColumnNames(iris.columnNames())
                .withClasses(iris.classes(), iris.classNames());
    }

    /** The first 120 rows of the diabetes data: real regression data, small enough for thousands of fuzz cases. */
    static Dataset diabetesHead() {
        return Datasets.diabetes().select(java.util.stream.IntStream.range(0, 120).toArray());
    }

    /**
     * The first 120 diabetes rows near the ends of the double range: the columns multiplied in turn by
     * 2^1000, 2^-1000 and 1, the targets by 2^-900 (exact powers of two), so that least squares works in
     * power-of-two units and its file holds them.
     */
    static Dataset diabetesHeadAtExtremeScale() {
        Dataset head = diabetesHead();
        int p = head.columns();
        double[] x = head.features();
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.scalb(x[i], new int[] {1000, -1000, 0}[(i % p) % 3]);
        }
        double[] y = head.targets();
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.scalb(y[i], -900);
        }
        return Dataset.ofRowMajor(x, p).withColumnNames(head.columnNames()).withTargets(y, head.targetName());
    }

    /** The 100 iris rows of versicolor and virginica, which no line separates: a binary problem. */
    static Dataset irisVersicolorVirginica() {
        return Datasets.iris().select(java.util.stream.IntStream.range(50, 150).toArray());
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("GaussianNaiveBayesModel", GaussianNaiveBayes.of(), ModelFileCases::iris));
        cases.add(new Case("GaussianNaiveBayesModel-givenPriors",
                GaussianNaiveBayes.of().withPriors(ClassPriors.of(0.5, 0.25, 0.25)).withVarianceSmoothing(1e-3),
                ModelFileCases::iris));
        cases.add(new Case("MultinomialNaiveBayesModel", MultinomialNaiveBayes.of().withAlpha(0.5),
                ModelFileCases::iris));
        cases.add(new Case("ComplementNaiveBayesModel", ComplementNaiveBayes.of().withNormalizedWeights(true),
                ModelFileCases::iris));
        cases.add(new Case("BernoulliNaiveBayesModel", BernoulliNaiveBayes.of().withThreshold(3.0)
                .withPriors(ClassPriors.uniform()), ModelFileCases::iris));
        cases.add(new Case("CategoricalNaiveBayesModel", CategoricalNaiveBayes.of().withAlpha(0.7),
                ModelFileCases::irisCodes));
        cases.add(new Case("KnnClassifierModel", KnnClassifier.of(5), ModelFileCases::iris));
        cases.add(new Case("KnnClassifierModel-minkowskiDistanceWeighted", KnnClassifier.of(7)
                .withDistance(Distance.minkowski(3)).withWeighting(Weighting.DISTANCE).withLeafSize(8),
                ModelFileCases::iris));
        cases.add(new Case("KnnClassifierModel-cosineBruteForce", KnnClassifier.of(3).withDistance(Distance.COSINE)
                .withSearch(SearchStrategy.BRUTE_FORCE), ModelFileCases::iris));
        cases.add(new Case("KnnRegressorModel", KnnRegressor.of(5).withWeighting(Weighting.DISTANCE),
                ModelFileCases::diabetesHead));
        cases.add(new Case("KnnRegressorModel-manhattanKdTree", KnnRegressor.of(4).withDistance(Distance.MANHATTAN)
                .withSearch(SearchStrategy.KD_TREE), ModelFileCases::diabetesHead));
        cases.add(new Case("KMeansModel", KMeans.of(3).withSeed(42), () -> ModelFileCases.iris().withoutTargets()));
        cases.add(new Case("KMeansModel-randomHamerly", KMeans.of(4).withInit(KMeans.Init.RANDOM)
                .withAlgorithm(KMeans.Algorithm.HAMERLY).withRestarts(3).withSeed(-7), ModelFileCases::iris));
        cases.add(new Case("LinearRegressionModel", LinearRegression.of(), Datasets::diabetes));
        cases.add(new Case("LinearRegressionModel-noIntercept", LinearRegression.of().withFitIntercept(false),
                Datasets::longley));
        cases.add(new Case("LinearRegressionModel-extremeScale", LinearRegression.of(),
                ModelFileCases::diabetesHeadAtExtremeScale));
        cases.add(new Case("RidgeModel", Ridge.of().withAlpha(0.5), Datasets::diabetes));
        cases.add(new Case("ElasticNetModel-lasso", Lasso.of().withAlpha(0.1), Datasets::diabetes));
        cases.add(new Case("ElasticNetModel", ElasticNet.of().withAlpha(0.05).withL1Ratio(0.3)
                .withFitIntercept(false), Datasets::diabetes));
        cases.add(new Case("LogisticRegressionModel", LogisticRegression.of().withPenaltyStrength(0.5),
                ModelFileCases::iris));
        cases.add(new Case("LogisticRegressionModel-binaryUnpenalised", LogisticRegression.of()
                .withPenalty(LogisticRegression.Penalty.NONE).withClassWeights(ClassWeights.balanced()),
                ModelFileCases::irisVersicolorVirginica));
        cases.add(new Case("GradientDescentClassifierModel", GradientDescentClassifier.of()
                .withOptimiser(GradientDescent.of().withBatchSize(16).withMaxEpochs(50).withSeed(3)), ModelFileCases::iris));
        cases.add(new Case("GradientDescentRegressorModel", GradientDescentRegressor.of()
                .withOptimiser(GradientDescent.of().withLearningRate(LearningRate.inverseScaling(1e-6, 0.25))
                        .withMaxEpochs(40)), ModelFileCases::diabetesHead));
        cases.add(new Case("StepwiseModel", StepwiseRegression.of(), Datasets::diabetes));
        cases.add(new Case("StepwiseModel-backwardBic", StepwiseRegression.of()
                .withDirection(StepwiseRegression.Direction.BACKWARD).withCriterion(StepwiseRegression.Criterion.BIC),
                Datasets::longley));

        // tree, ensemble, preprocessing, selection (model files, part B)
        cases.addAll(ModelFileCasesB.all());

        return cases;
    }

    /** The golden file of the bag-of-words vocabulary (not a {@code Model}: fitted on texts). */
    static final String BAG_OF_WORDS = "BagOfWordsModel";

    /**
     * Short messages for the bag-of-words case: capitals, digits, punctuation, stop words, accents, a
     * German sharp s, Greek capitals (a final sigma when lower-cased) and a Turkish dotted capital I
     * (which lower-cases to {@code i} and a combining dot).
     */
    static List<String> texts() {
        return List.of("WIN a brand-new car!!! Call 0800 now to claim your prize",
                "Are we still meeting for lunch at noon? I'll bring the report.",
                "Congratulations, you have won 1000 EUR cash: reply WIN to claim",
                "Café au lait with Renée and Zoë, then the Straße by the station",
                "ΟΔΟΣ and ΙΣΤΟΣ are Greek words; İstanbul is a city",
                "Can you send me the report before the meeting tomorrow?",
                "FREE entry: win tickets, claim now, prize draw tonight",
                "Lunch is on me: thanks for the help with the report");
    }

    /** The bag-of-words settings of the golden case: English stop words, counts, words seen at least once. */
    static BagOfWords bagOfWords() {
        return BagOfWords.of().withStopWords(BagOfWords.ENGLISH_STOP_WORDS);
    }

    /**
     * Everything a model answers on the rows, flattened: labels and probabilities for classifiers,
     * predictions for regressors, clusters for clusterers, outputs for transformers. Compared with
     * {@link Arrays#equals(double[], double[])}, which compares bits (NaN included, -0 apart from 0).
     */
    static double[] outputs(Model model, Dataset data) {
        List<double[]> parts = new ArrayList<>();
        if (model instanceof ProbabilisticClassifier) {
            for (double[] p : ((ProbabilisticClassifier) model).predictProbabilities(data)) {
                parts.add(p);
            }
        }
        if (model instanceof Classifier) {
            parts.add(Arrays.stream(((Classifier) model).predict(data)).asDoubleStream().toArray());
        } else if (model instanceof Regressor) {
            parts.add(((Regressor) model).predict(data));
        } else if (model instanceof Clusterer) {
            parts.add(Arrays.stream(((Clusterer) model).predict(data)).asDoubleStream().toArray());
        } else if (model instanceof Transformer) {
            parts.add(((Transformer) model).transform(data).features());
        }
        return parts.stream().flatMapToDouble(Arrays::stream).toArray();
    }
}
