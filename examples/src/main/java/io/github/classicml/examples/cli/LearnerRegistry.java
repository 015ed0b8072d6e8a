package io.github.classicml.examples.cli;

import io.github.classicml.algorithms.bayes.BernoulliNaiveBayes;
import io.github.classicml.algorithms.bayes.CategoricalNaiveBayes;
import io.github.classicml.algorithms.bayes.ClassPriors;
import io.github.classicml.algorithms.bayes.ComplementNaiveBayes;
import io.github.classicml.algorithms.bayes.GaussianNaiveBayes;
import io.github.classicml.algorithms.bayes.MultinomialNaiveBayes;
import io.github.classicml.algorithms.cluster.KMeans;
import io.github.classicml.algorithms.ensemble.AdaBoostClassifier;
import io.github.classicml.algorithms.ensemble.BaggingClassifier;
import io.github.classicml.algorithms.ensemble.BaggingRegressor;
import io.github.classicml.algorithms.ensemble.ExtraTreesClassifier;
import io.github.classicml.algorithms.ensemble.ExtraTreesRegressor;
import io.github.classicml.algorithms.ensemble.GradientBoostingClassifier;
import io.github.classicml.algorithms.ensemble.GradientBoostingRegressor;
import io.github.classicml.algorithms.ensemble.MaxFeatures;
import io.github.classicml.algorithms.ensemble.RandomForestClassifier;
import io.github.classicml.algorithms.ensemble.RandomForestRegressor;
import io.github.classicml.algorithms.ensemble.SeededLearner;
import io.github.classicml.algorithms.linear.ElasticNet;
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
import io.github.classicml.algorithms.tree.ClassWeights;
import io.github.classicml.algorithms.tree.ClassificationCriterion;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.algorithms.tree.RegressionCriterion;
import io.github.classicml.algorithms.tree.Splitter;
import io.github.classicml.examples.cli.LearnerEntry.Kind;
import io.github.classicml.examples.cli.Param.Range;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.classicml.examples.cli.Param.choice;
import static io.github.classicml.examples.cli.Param.flag;
import static io.github.classicml.examples.cli.Param.integer;
import static io.github.classicml.examples.cli.Param.number;
import static io.github.classicml.examples.cli.Param.seed;

/**
 * Every learner the command line offers, by its command-line name: one explicit list, in the order
 * {@code learners} prints it. Each entry names the learner, its kind, its defaults (scikit-learn's,
 * as the library's {@code of()} gives them; {@code knn} and {@code kmeans} fix the {@code k} that their
 * {@code of(k)} requires at scikit-learn's 5 and 8) and its parameters, each set by a lambda that calls
 * the learner's own {@code withX} method. Nothing here or in the library looks anything up by name at
 * run time beyond this list.
 *
 * <p>Parameter names are the learners' component names in lower case with hyphens
 * ({@code minRowsPerLeaf} is {@code min-rows-per-leaf}), except {@code k} for k-means' {@code clusters}.
 * Not offered: learners that need Java objects as settings (a member learner other than a tree, a
 * pipeline, a search over a grid, a custom criterion), and the transformers, which a CSV in, CSV out
 * command line could add later.
 */
public final class LearnerRegistry {

    private LearnerRegistry() {
    }

    private static final String THREADS_HELP = "threads to use, 0 for one per processor; never changes the result";

    /** Every entry, in the order listed. */
    public static final List<LearnerEntry<?>> ENTRIES = List.of(
            // ---------------------------------------------------------------- classifiers
            LearnerEntry.of("knn", Kind.CLASSIFIER, "k-nearest-neighbours classifier (majority vote of the k nearest rows)",
                    () -> KnnClassifier.of(5),
                    integer("k", 1, "the number of neighbours", KnnClassifier::k, KnnClassifier::withK),
                    choice("distance", "how far apart two rows are", distances(), KnnClassifier::distance,
                            KnnClassifier::withDistance),
                    choice("weighting", "uniform votes, or votes weighted by 1/distance", Weighting.values(),
                            KnnClassifier::weighting, KnnClassifier::withWeighting),
                    choice("search", "how neighbours are found (the answer is the same)", SearchStrategy.values(),
                            KnnClassifier::search, KnnClassifier::withSearch),
                    integer("leaf-size", 1, "rows per leaf of the k-d tree", KnnClassifier::leafSize,
                            KnnClassifier::withLeafSize),
                    integer("threads", 0, THREADS_HELP, KnnClassifier::threads, KnnClassifier::withThreads)),
            LearnerEntry.of("gaussian-nb", Kind.CLASSIFIER, "Gaussian naive Bayes (one normal per class and column)",
                    GaussianNaiveBayes::of,
                    number("variance-smoothing", Range.nonNegative(),
                            "share of the largest column variance added to every variance",
                            GaussianNaiveBayes::varianceSmoothing, GaussianNaiveBayes::withVarianceSmoothing),
                    choice("priors", "class priors from the class counts, or all equal", priors(),
                            GaussianNaiveBayes::priors, GaussianNaiveBayes::withPriors)),
            LearnerEntry.of("multinomial-nb", Kind.CLASSIFIER, "multinomial naive Bayes (counts, e.g. word counts)",
                    MultinomialNaiveBayes::of,
                    number("alpha", Range.positive(), "additive (Laplace/Lidstone) smoothing of the counts",
                            MultinomialNaiveBayes::alpha, MultinomialNaiveBayes::withAlpha),
                    choice("priors", "class priors from the class counts, or all equal", priors(),
                            MultinomialNaiveBayes::priors, MultinomialNaiveBayes::withPriors)),
            LearnerEntry.of("bernoulli-nb", Kind.CLASSIFIER, "Bernoulli naive Bayes (present/absent features)",
                    BernoulliNaiveBayes::of,
                    number("alpha", Range.positive(), "additive smoothing of the counts", BernoulliNaiveBayes::alpha,
                            BernoulliNaiveBayes::withAlpha),
                    choice("priors", "class priors from the class counts, or all equal", priors(),
                            BernoulliNaiveBayes::priors, BernoulliNaiveBayes::withPriors),
                    number("binarize-threshold", Range.any(), "a value above it counts as present",
                            l -> l.binarizeThreshold().orElse(0), BernoulliNaiveBayes::withThreshold)),
            LearnerEntry.of("complement-nb", Kind.CLASSIFIER, "complement naive Bayes (counts, for unbalanced classes)",
                    ComplementNaiveBayes::of,
                    number("alpha", Range.positive(), "additive smoothing of the counts", ComplementNaiveBayes::alpha,
                            ComplementNaiveBayes::withAlpha),
                    flag("normalize-weights", "normalise each class's weights", ComplementNaiveBayes::normalizeWeights,
                            ComplementNaiveBayes::withNormalizedWeights)),
            LearnerEntry.of("categorical-nb", Kind.CLASSIFIER,
                    "categorical naive Bayes (features are category codes 0, 1, 2, ...)", CategoricalNaiveBayes::of,
                    number("alpha", Range.positive(), "additive smoothing of the counts", CategoricalNaiveBayes::alpha,
                            CategoricalNaiveBayes::withAlpha),
                    choice("priors", "class priors from the class counts, or all equal", priors(),
                            CategoricalNaiveBayes::priors, CategoricalNaiveBayes::withPriors)),
            LearnerEntry.of("logistic", Kind.CLASSIFIER, "logistic regression (multinomial for more than two classes)",
                    LogisticRegression::of,
                    choice("penalty", "the penalty on the weights", LogisticRegression.Penalty.values(),
                            LogisticRegression::penalty, LogisticRegression::withPenalty),
                    number("penalty-strength", Range.positive(),
                            "the strength of the penalty, 1/C in scikit-learn's terms: larger means smaller weights", LogisticRegression::penaltyStrength,
                            LogisticRegression::withPenaltyStrength),
                    number("l1-ratio", Range.unit(), "share of L1 in the elastic-net penalty", LogisticRegression::l1Ratio,
                            LogisticRegression::withL1Ratio),
                    flag("fit-intercept", "fit an intercept per class", LogisticRegression::fitIntercept,
                            LogisticRegression::withFitIntercept),
                    choice("class-weights", "every class weighs 1, or n / (classes * class count)", linearWeights(),
                            LogisticRegression::classWeights, LogisticRegression::withClassWeights),
                    integer("max-iterations", 1, "the most solver iterations", LogisticRegression::maxIterations,
                            LogisticRegression::withMaxIterations),
                    number("tolerance", Range.nonNegative(), "stop when no gradient entry exceeds this (and on a tiny relative change)",
                            LogisticRegression::tolerance, LogisticRegression::withTolerance),
                    integer("threads", 0, THREADS_HELP, LogisticRegression::threads, LogisticRegression::withThreads)),
            LearnerEntry.of("sgd-classifier", Kind.CLASSIFIER,
                    "logistic regression by (mini-batch) gradient descent", GradientDescentClassifier::of,
                    number("penalty-strength", Range.nonNegative(), "the strength 1/C of the L2 penalty on the weights, 0 for none",
                            GradientDescentClassifier::penaltyStrength, GradientDescentClassifier::withPenaltyStrength),
                    number("learning-rate", Range.positive(), "the constant step size",
                            l -> l.optimiser().learningRate().initial(),
                            (l, v) -> l.withOptimiser(l.optimiser().withLearningRate(LearningRate.constant(v)))),
                    integer("batch-size", 0, "rows per step, 0 for all (full-batch gradient descent)",
                            l -> l.optimiser().batchSize(),
                            (l, v) -> l.withOptimiser(l.optimiser().withBatchSize(v))),
                    integer("max-epochs", 1, "the most passes over the data", l -> l.optimiser().maxEpochs(),
                            (l, v) -> l.withOptimiser(l.optimiser().withMaxEpochs(v))),
                    number("tolerance", Range.nonNegative(), "stop when no entry of the full gradient exceeds this",
                            l -> l.optimiser().tolerance(), (l, v) -> l.withOptimiser(l.optimiser().withTolerance(v))),
                    seed(l -> l.optimiser().seed(), (l, v) -> l.withOptimiser(l.optimiser().withSeed(v)))),
            LearnerEntry.of("decision-tree", Kind.CLASSIFIER, "CART classification tree", DecisionTreeClassifier::of,
                    choice("criterion", "the impurity a split lowers", ClassificationCriterion.values(),
                            DecisionTreeClassifier::criterion, DecisionTreeClassifier::withCriterion),
                    choice("splitter", "best threshold, or a random one per feature", Splitter.values(),
                            DecisionTreeClassifier::splitter, DecisionTreeClassifier::withSplitter),
                    integer("max-depth", 0, "the greatest depth, 0 for unlimited", DecisionTreeClassifier::maxDepth,
                            DecisionTreeClassifier::withMaxDepth),
                    integer("min-rows-to-split", 2, "the fewest rows a node needs to split",
                            DecisionTreeClassifier::minRowsToSplit, DecisionTreeClassifier::withMinRowsToSplit),
                    integer("min-rows-per-leaf", 1, "the fewest rows in a leaf", DecisionTreeClassifier::minRowsPerLeaf,
                            DecisionTreeClassifier::withMinRowsPerLeaf),
                    integer("max-features", 0, "columns drawn at each node, 0 for all",
                            DecisionTreeClassifier::maxFeatures, DecisionTreeClassifier::withMaxFeatures),
                    number("min-impurity-decrease", Range.nonNegative(), "the least weighted impurity decrease to split",
                            DecisionTreeClassifier::minImpurityDecrease, DecisionTreeClassifier::withMinImpurityDecrease),
                    integer("max-leaf-nodes", 0, "the most leaves (best first), 0 for unlimited, else at least 2",
                            DecisionTreeClassifier::maxLeafNodes, DecisionTreeClassifier::withMaxLeafNodes),
                    choice("class-weights", "every class weighs 1, or n / (classes * class count)", treeWeights(),
                            DecisionTreeClassifier::classWeights, DecisionTreeClassifier::withClassWeights),
                    number("ccp-alpha", Range.nonNegative(), "cost-complexity pruning, 0 for none",
                            DecisionTreeClassifier::ccpAlpha, DecisionTreeClassifier::withCcpAlpha),
                    seed(DecisionTreeClassifier::seed, DecisionTreeClassifier::withSeed)),
            LearnerEntry.of("random-forest", Kind.CLASSIFIER, "random forest of classification trees",
                    RandomForestClassifier::of,
                    integer("trees", 1, "the number of trees", RandomForestClassifier::trees,
                            RandomForestClassifier::withTrees),
                    choice("criterion", "the impurity a split lowers", ClassificationCriterion.values(),
                            RandomForestClassifier::criterion, RandomForestClassifier::withCriterion),
                    integer("max-depth", 0, "the greatest depth, 0 for unlimited", RandomForestClassifier::maxDepth,
                            RandomForestClassifier::withMaxDepth),
                    integer("min-rows-to-split", 2, "the fewest rows a node needs to split",
                            RandomForestClassifier::minRowsToSplit, RandomForestClassifier::withMinRowsToSplit),
                    integer("min-rows-per-leaf", 1, "the fewest rows in a leaf", RandomForestClassifier::minRowsPerLeaf,
                            RandomForestClassifier::withMinRowsPerLeaf),
                    choice("max-features", "columns drawn at each node", maxFeatures(),
                            RandomForestClassifier::maxFeatures, RandomForestClassifier::withMaxFeatures),
                    flag("bootstrap", "grow each tree on a bootstrap sample", RandomForestClassifier::bootstrap,
                            RandomForestClassifier::withBootstrap),
                    number("max-samples", Range.fraction(), "bootstrap sample size as a share of the rows",
                            RandomForestClassifier::maxSamples, RandomForestClassifier::withMaxSamples),
                    seed(RandomForestClassifier::seed, RandomForestClassifier::withSeed),
                    integer("threads", 0, THREADS_HELP, RandomForestClassifier::threads,
                            RandomForestClassifier::withThreads)),
            LearnerEntry.of("extra-trees", Kind.CLASSIFIER, "extremely randomised trees (random thresholds)",
                    ExtraTreesClassifier::of,
                    integer("trees", 1, "the number of trees", ExtraTreesClassifier::trees, ExtraTreesClassifier::withTrees),
                    choice("criterion", "the impurity a split lowers", ClassificationCriterion.values(),
                            ExtraTreesClassifier::criterion, ExtraTreesClassifier::withCriterion),
                    integer("max-depth", 0, "the greatest depth, 0 for unlimited", ExtraTreesClassifier::maxDepth,
                            ExtraTreesClassifier::withMaxDepth),
                    integer("min-rows-to-split", 2, "the fewest rows a node needs to split",
                            ExtraTreesClassifier::minRowsToSplit, ExtraTreesClassifier::withMinRowsToSplit),
                    integer("min-rows-per-leaf", 1, "the fewest rows in a leaf", ExtraTreesClassifier::minRowsPerLeaf,
                            ExtraTreesClassifier::withMinRowsPerLeaf),
                    choice("max-features", "columns drawn at each node", maxFeatures(),
                            ExtraTreesClassifier::maxFeatures, ExtraTreesClassifier::withMaxFeatures),
                    flag("bootstrap", "grow each tree on a bootstrap sample", ExtraTreesClassifier::bootstrap,
                            ExtraTreesClassifier::withBootstrap),
                    seed(ExtraTreesClassifier::seed, ExtraTreesClassifier::withSeed),
                    integer("threads", 0, THREADS_HELP, ExtraTreesClassifier::threads, ExtraTreesClassifier::withThreads)),
            LearnerEntry.of("gradient-boosting", Kind.CLASSIFIER, "gradient-boosted regression trees on the log loss",
                    GradientBoostingClassifier::of,
                    integer("stages", 1, "the most boosting stages", GradientBoostingClassifier::stages,
                            GradientBoostingClassifier::withStages),
                    number("learning-rate", Range.positive(), "shrinkage of every stage",
                            GradientBoostingClassifier::learningRate, GradientBoostingClassifier::withLearningRate),
                    number("subsample", Range.fraction(), "share of the rows each stage sees",
                            GradientBoostingClassifier::subsample, GradientBoostingClassifier::withSubsample),
                    integer("max-depth", 1, "the depth of every stage's tree", GradientBoostingClassifier::maxDepth,
                            GradientBoostingClassifier::withMaxDepth),
                    integer("min-rows-to-split", 2, "the fewest rows a node needs to split",
                            GradientBoostingClassifier::minRowsToSplit, GradientBoostingClassifier::withMinRowsToSplit),
                    integer("min-rows-per-leaf", 1, "the fewest rows in a leaf",
                            GradientBoostingClassifier::minRowsPerLeaf, GradientBoostingClassifier::withMinRowsPerLeaf),
                    number("validation-fraction", Range.openUnit(), "rows held out for early stopping",
                            GradientBoostingClassifier::validationFraction,
                            GradientBoostingClassifier::withValidationFraction),
                    integer("patience", 0, "stages without improvement before stopping, 0 for no early stopping",
                            GradientBoostingClassifier::patience, GradientBoostingClassifier::withPatience),
                    number("tolerance", Range.nonNegative(), "the least improvement of the validation loss that counts",
                            GradientBoostingClassifier::tolerance, GradientBoostingClassifier::withTolerance),
                    seed(GradientBoostingClassifier::seed, GradientBoostingClassifier::withSeed)),
            LearnerEntry.of("adaboost", Kind.CLASSIFIER, "AdaBoost (SAMME) on shallow trees", AdaBoostClassifier::of,
                    integer("stages", 1, "the most boosting stages", AdaBoostClassifier::stages,
                            AdaBoostClassifier::withStages),
                    integer("max-depth", 1, "the depth of every stage's tree (1: stumps)", AdaBoostClassifier::maxDepth,
                            AdaBoostClassifier::withMaxDepth),
                    number("learning-rate", Range.positive(), "shrinkage of every stage's weight",
                            AdaBoostClassifier::learningRate, AdaBoostClassifier::withLearningRate),
                    seed(AdaBoostClassifier::seed, AdaBoostClassifier::withSeed)),
            LearnerEntry.of("bagging", Kind.CLASSIFIER, "bagging of unpruned classification trees (majority vote)",
                    () -> BaggingClassifier.of(SeededLearner.reseeding(DecisionTreeClassifier.of())),
                    integer("members", 1, "the number of trees", BaggingClassifier::members, BaggingClassifier::withMembers),
                    number("max-samples", Range.fraction(), "rows drawn for each tree, as a share of the rows",
                            BaggingClassifier::maxSamples, BaggingClassifier::withMaxSamples),
                    number("max-features", Range.fraction(), "columns drawn for each tree, as a share of the columns",
                            BaggingClassifier::maxFeatures, BaggingClassifier::withMaxFeatures),
                    flag("bootstrap", "draw rows with replacement", BaggingClassifier::bootstrap,
                            BaggingClassifier::withBootstrap),
                    flag("bootstrap-features", "draw columns with replacement", BaggingClassifier::bootstrapFeatures,
                            BaggingClassifier::withBootstrapFeatures),
                    seed(BaggingClassifier::seed, BaggingClassifier::withSeed),
                    integer("threads", 0, THREADS_HELP, BaggingClassifier::threads, BaggingClassifier::withThreads)),
            // ---------------------------------------------------------------- regressors
            LearnerEntry.of("linear", Kind.REGRESSOR, "ordinary least squares", LinearRegression::of,
                    flag("fit-intercept", "fit an intercept", LinearRegression::fitIntercept,
                            LinearRegression::withFitIntercept),
                    integer("threads", 0, THREADS_HELP, LinearRegression::threads, LinearRegression::withThreads)),
            LearnerEntry.of("ridge", Kind.REGRESSOR, "least squares with an L2 penalty", Ridge::of,
                    number("alpha", Range.positive(), "the strength of the penalty", Ridge::alpha, Ridge::withAlpha),
                    flag("fit-intercept", "fit an intercept", Ridge::fitIntercept, Ridge::withFitIntercept)),
            LearnerEntry.of("lasso", Kind.REGRESSOR, "least squares with an L1 penalty (sets weights to 0)", Lasso::of,
                    number("alpha", Range.positive(), "the strength of the penalty", Lasso::alpha, Lasso::withAlpha),
                    flag("fit-intercept", "fit an intercept", Lasso::fitIntercept, Lasso::withFitIntercept),
                    integer("max-iterations", 1, "the most coordinate-descent sweeps", Lasso::maxIterations,
                            Lasso::withMaxIterations),
                    number("tolerance", Range.positive(), "the stopping tolerance of coordinate descent (scikit-learn's tol)",
                            Lasso::tolerance, Lasso::withTolerance)),
            LearnerEntry.of("elastic-net", Kind.REGRESSOR, "least squares with an L1 + L2 penalty", ElasticNet::of,
                    number("alpha", Range.positive(), "the strength of the penalty", ElasticNet::alpha,
                            ElasticNet::withAlpha),
                    number("l1-ratio", Range.unit(), "the share of L1 in the penalty", ElasticNet::l1Ratio,
                            ElasticNet::withL1Ratio),
                    flag("fit-intercept", "fit an intercept", ElasticNet::fitIntercept, ElasticNet::withFitIntercept),
                    integer("max-iterations", 1, "the most coordinate-descent sweeps", ElasticNet::maxIterations,
                            ElasticNet::withMaxIterations),
                    number("tolerance", Range.positive(), "the stopping tolerance of coordinate descent (scikit-learn's tol)",
                            ElasticNet::tolerance, ElasticNet::withTolerance)),
            LearnerEntry.of("stepwise", Kind.REGRESSOR, "least squares on columns chosen stepwise by AIC or BIC",
                    StepwiseRegression::of,
                    choice("direction", "add columns from none, or remove them from all",
                            StepwiseRegression.Direction.values(), StepwiseRegression::direction,
                            StepwiseRegression::withDirection),
                    choice("criterion", "what each step lowers", criteria(), StepwiseRegression::criterion,
                            StepwiseRegression::withCriterion),
                    flag("fit-intercept", "fit an intercept", StepwiseRegression::fitIntercept,
                            StepwiseRegression::withFitIntercept)),
            LearnerEntry.of("sgd-regressor", Kind.REGRESSOR, "least squares by (mini-batch) gradient descent",
                    GradientDescentRegressor::of,
                    flag("fit-intercept", "fit an intercept", GradientDescentRegressor::fitIntercept,
                            GradientDescentRegressor::withFitIntercept),
                    number("learning-rate", Range.positive(), "the constant step size",
                            l -> l.optimiser().learningRate().initial(),
                            (l, v) -> l.withOptimiser(l.optimiser().withLearningRate(LearningRate.constant(v)))),
                    integer("batch-size", 0, "rows per step, 0 for all (full-batch gradient descent)",
                            l -> l.optimiser().batchSize(),
                            (l, v) -> l.withOptimiser(l.optimiser().withBatchSize(v))),
                    integer("max-epochs", 1, "the most passes over the data", l -> l.optimiser().maxEpochs(),
                            (l, v) -> l.withOptimiser(l.optimiser().withMaxEpochs(v))),
                    number("tolerance", Range.nonNegative(), "stop when no entry of the full gradient exceeds this",
                            l -> l.optimiser().tolerance(), (l, v) -> l.withOptimiser(l.optimiser().withTolerance(v))),
                    seed(l -> l.optimiser().seed(), (l, v) -> l.withOptimiser(l.optimiser().withSeed(v)))),
            LearnerEntry.of("knn-regressor", Kind.REGRESSOR, "k-nearest-neighbours regression (mean of the k nearest)",
                    () -> KnnRegressor.of(5),
                    integer("k", 1, "the number of neighbours", KnnRegressor::k, KnnRegressor::withK),
                    choice("distance", "how far apart two rows are", distances(), KnnRegressor::distance,
                            KnnRegressor::withDistance),
                    choice("weighting", "uniform mean, or weighted by 1/distance", Weighting.values(),
                            KnnRegressor::weighting, KnnRegressor::withWeighting),
                    choice("search", "how neighbours are found (the answer is the same)", SearchStrategy.values(),
                            KnnRegressor::search, KnnRegressor::withSearch),
                    integer("leaf-size", 1, "rows per leaf of the k-d tree", KnnRegressor::leafSize,
                            KnnRegressor::withLeafSize),
                    integer("threads", 0, THREADS_HELP, KnnRegressor::threads, KnnRegressor::withThreads)),
            LearnerEntry.of("decision-tree-regressor", Kind.REGRESSOR, "CART regression tree", DecisionTreeRegressor::of,
                    choice("criterion", "the impurity a split lowers", RegressionCriterion.values(),
                            DecisionTreeRegressor::criterion, DecisionTreeRegressor::withCriterion),
                    choice("splitter", "best threshold, or a random one per feature", Splitter.values(),
                            DecisionTreeRegressor::splitter, DecisionTreeRegressor::withSplitter),
                    integer("max-depth", 0, "the greatest depth, 0 for unlimited", DecisionTreeRegressor::maxDepth,
                            DecisionTreeRegressor::withMaxDepth),
                    integer("min-rows-to-split", 2, "the fewest rows a node needs to split",
                            DecisionTreeRegressor::minRowsToSplit, DecisionTreeRegressor::withMinRowsToSplit),
                    integer("min-rows-per-leaf", 1, "the fewest rows in a leaf", DecisionTreeRegressor::minRowsPerLeaf,
                            DecisionTreeRegressor::withMinRowsPerLeaf),
                    integer("max-features", 0, "columns drawn at each node, 0 for all",
                            DecisionTreeRegressor::maxFeatures, DecisionTreeRegressor::withMaxFeatures),
                    number("min-impurity-decrease", Range.nonNegative(), "the least weighted impurity decrease to split",
                            DecisionTreeRegressor::minImpurityDecrease, DecisionTreeRegressor::withMinImpurityDecrease),
                    integer("max-leaf-nodes", 0, "the most leaves (best first), 0 for unlimited, else at least 2",
                            DecisionTreeRegressor::maxLeafNodes, DecisionTreeRegressor::withMaxLeafNodes),
                    number("ccp-alpha", Range.nonNegative(), "cost-complexity pruning, 0 for none",
                            DecisionTreeRegressor::ccpAlpha, DecisionTreeRegressor::withCcpAlpha),
                    seed(DecisionTreeRegressor::seed, DecisionTreeRegressor::withSeed)),
            LearnerEntry.of("random-forest-regressor", Kind.REGRESSOR, "random forest of regression trees",
                    RandomForestRegressor::of,
                    integer("trees", 1, "the number of trees", RandomForestRegressor::trees, RandomForestRegressor::withTrees),
                    choice("criterion", "the impurity a split lowers", RegressionCriterion.values(),
                            RandomForestRegressor::criterion, RandomForestRegressor::withCriterion),
                    integer("max-depth", 0, "the greatest depth, 0 for unlimited", RandomForestRegressor::maxDepth,
                            RandomForestRegressor::withMaxDepth),
                    integer("min-rows-to-split", 2, "the fewest rows a node needs to split",
                            RandomForestRegressor::minRowsToSplit, RandomForestRegressor::withMinRowsToSplit),
                    integer("min-rows-per-leaf", 1, "the fewest rows in a leaf", RandomForestRegressor::minRowsPerLeaf,
                            RandomForestRegressor::withMinRowsPerLeaf),
                    choice("max-features", "columns drawn at each node", maxFeatures(),
                            RandomForestRegressor::maxFeatures, RandomForestRegressor::withMaxFeatures),
                    flag("bootstrap", "grow each tree on a bootstrap sample", RandomForestRegressor::bootstrap,
                            RandomForestRegressor::withBootstrap),
                    number("max-samples", Range.fraction(), "bootstrap sample size as a share of the rows",
                            RandomForestRegressor::maxSamples, RandomForestRegressor::withMaxSamples),
                    seed(RandomForestRegressor::seed, RandomForestRegressor::withSeed),
                    integer("threads", 0, THREADS_HELP, RandomForestRegressor::threads, RandomForestRegressor::withThreads)),
            LearnerEntry.of("extra-trees-regressor", Kind.REGRESSOR, "extremely randomised regression trees",
                    ExtraTreesRegressor::of,
                    integer("trees", 1, "the number of trees", ExtraTreesRegressor::trees, ExtraTreesRegressor::withTrees),
                    choice("criterion", "the impurity a split lowers", RegressionCriterion.values(),
                            ExtraTreesRegressor::criterion, ExtraTreesRegressor::withCriterion),
                    integer("max-depth", 0, "the greatest depth, 0 for unlimited", ExtraTreesRegressor::maxDepth,
                            ExtraTreesRegressor::withMaxDepth),
                    integer("min-rows-to-split", 2, "the fewest rows a node needs to split",
                            ExtraTreesRegressor::minRowsToSplit, ExtraTreesRegressor::withMinRowsToSplit),
                    integer("min-rows-per-leaf", 1, "the fewest rows in a leaf", ExtraTreesRegressor::minRowsPerLeaf,
                            ExtraTreesRegressor::withMinRowsPerLeaf),
                    choice("max-features", "columns drawn at each node", maxFeatures(),
                            ExtraTreesRegressor::maxFeatures, ExtraTreesRegressor::withMaxFeatures),
                    flag("bootstrap", "grow each tree on a bootstrap sample", ExtraTreesRegressor::bootstrap,
                            ExtraTreesRegressor::withBootstrap),
                    seed(ExtraTreesRegressor::seed, ExtraTreesRegressor::withSeed),
                    integer("threads", 0, THREADS_HELP, ExtraTreesRegressor::threads, ExtraTreesRegressor::withThreads)),
            LearnerEntry.of("gradient-boosting-regressor", Kind.REGRESSOR, "gradient-boosted regression trees on squared error",
                    GradientBoostingRegressor::of,
                    integer("stages", 1, "the most boosting stages", GradientBoostingRegressor::stages,
                            GradientBoostingRegressor::withStages),
                    number("learning-rate", Range.positive(), "shrinkage of every stage",
                            GradientBoostingRegressor::learningRate, GradientBoostingRegressor::withLearningRate),
                    number("subsample", Range.fraction(), "share of the rows each stage sees",
                            GradientBoostingRegressor::subsample, GradientBoostingRegressor::withSubsample),
                    integer("max-depth", 1, "the depth of every stage's tree", GradientBoostingRegressor::maxDepth,
                            GradientBoostingRegressor::withMaxDepth),
                    integer("min-rows-to-split", 2, "the fewest rows a node needs to split",
                            GradientBoostingRegressor::minRowsToSplit, GradientBoostingRegressor::withMinRowsToSplit),
                    integer("min-rows-per-leaf", 1, "the fewest rows in a leaf",
                            GradientBoostingRegressor::minRowsPerLeaf, GradientBoostingRegressor::withMinRowsPerLeaf),
                    number("validation-fraction", Range.openUnit(), "rows held out for early stopping",
                            GradientBoostingRegressor::validationFraction,
                            GradientBoostingRegressor::withValidationFraction),
                    integer("patience", 0, "stages without improvement before stopping, 0 for no early stopping",
                            GradientBoostingRegressor::patience, GradientBoostingRegressor::withPatience),
                    number("tolerance", Range.nonNegative(), "the least improvement of the validation loss that counts",
                            GradientBoostingRegressor::tolerance, GradientBoostingRegressor::withTolerance),
                    seed(GradientBoostingRegressor::seed, GradientBoostingRegressor::withSeed)),
            LearnerEntry.of("bagging-regressor", Kind.REGRESSOR, "bagging of unpruned regression trees (mean)",
                    () -> BaggingRegressor.of(SeededLearner.reseeding(DecisionTreeRegressor.of())),
                    integer("members", 1, "the number of trees", BaggingRegressor::members, BaggingRegressor::withMembers),
                    number("max-samples", Range.fraction(), "rows drawn for each tree, as a share of the rows",
                            BaggingRegressor::maxSamples, BaggingRegressor::withMaxSamples),
                    number("max-features", Range.fraction(), "columns drawn for each tree, as a share of the columns",
                            BaggingRegressor::maxFeatures, BaggingRegressor::withMaxFeatures),
                    flag("bootstrap", "draw rows with replacement", BaggingRegressor::bootstrap,
                            BaggingRegressor::withBootstrap),
                    flag("bootstrap-features", "draw columns with replacement", BaggingRegressor::bootstrapFeatures,
                            BaggingRegressor::withBootstrapFeatures),
                    seed(BaggingRegressor::seed, BaggingRegressor::withSeed),
                    integer("threads", 0, THREADS_HELP, BaggingRegressor::threads, BaggingRegressor::withThreads)),
            // ---------------------------------------------------------------- clustering
            LearnerEntry.of("kmeans", Kind.CLUSTERER, "k-means (Lloyd or Hamerly; k-means++ seeding, best of restarts)",
                    () -> KMeans.of(8),
                    integer("k", 1, "the number of clusters", KMeans::clusters, KMeans::withClusters),
                    choice("init", "how the first centres are chosen", kmeansInit(), KMeans::init, KMeans::withInit),
                    integer("restarts", 1, "runs from different seeds; the lowest inertia wins", KMeans::restarts,
                            KMeans::withRestarts),
                    integer("max-iterations", 1, "the most iterations per run", KMeans::maxIterations,
                            KMeans::withMaxIterations),
                    number("tolerance", Range.nonNegative(), "stop when the squared centre shift is below this times the mean column variance",
                            KMeans::tolerance, KMeans::withTolerance),
                    choice("algorithm", "Lloyd's iterations, or Hamerly's (same answer, fewer distances)",
                            KMeans.Algorithm.values(), KMeans::algorithm, KMeans::withAlgorithm),
                    seed(KMeans::seed, KMeans::withSeed),
                    integer("threads", 0, THREADS_HELP, KMeans::threads, KMeans::withThreads)));

    /**
     * @param name a command-line name
     * @return its entry, or null
     */
    public static LearnerEntry<?> find(String name) {
        for (LearnerEntry<?> e : ENTRIES) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /**
     * @param kinds the kinds wanted; none for every kind
     * @return the names of the entries of those kinds, in order
     */
    public static List<String> names(Kind... kinds) {
        List<String> names = new ArrayList<>();
        for (LearnerEntry<?> e : ENTRIES) {
            if (kinds.length == 0 || List.of(kinds).contains(e.kind())) {
                names.add(e.name());
            }
        }
        return names;
    }

    private static Map<String, Distance> distances() {
        Map<String, Distance> m = new LinkedHashMap<>();
        m.put("euclidean", Distance.EUCLIDEAN);
        m.put("manhattan", Distance.MANHATTAN);
        m.put("chebyshev", Distance.CHEBYSHEV);
        m.put("cosine", Distance.COSINE);
        return m;
    }

    private static Map<String, ClassPriors> priors() {
        Map<String, ClassPriors> m = new LinkedHashMap<>();
        m.put("estimated", ClassPriors.estimated());
        m.put("uniform", ClassPriors.uniform());
        return m;
    }

    private static Map<String, io.github.classicml.algorithms.linear.ClassWeights> linearWeights() {
        Map<String, io.github.classicml.algorithms.linear.ClassWeights> m = new LinkedHashMap<>();
        m.put("uniform", io.github.classicml.algorithms.linear.ClassWeights.uniform());
        m.put("balanced", io.github.classicml.algorithms.linear.ClassWeights.balanced());
        return m;
    }

    private static Map<String, ClassWeights> treeWeights() {
        Map<String, ClassWeights> m = new LinkedHashMap<>();
        m.put("uniform", ClassWeights.uniform());
        m.put("balanced", ClassWeights.balanced());
        return m;
    }

    private static Map<String, MaxFeatures> maxFeatures() {
        Map<String, MaxFeatures> m = new LinkedHashMap<>();
        m.put("sqrt", MaxFeatures.sqrt());
        m.put("log2", MaxFeatures.log2());
        m.put("all", MaxFeatures.all());
        return m;
    }

    private static Map<String, StepwiseRegression.Criterion> criteria() {
        Map<String, StepwiseRegression.Criterion> m = new LinkedHashMap<>();
        m.put("aic", StepwiseRegression.Criterion.AIC);
        m.put("bic", StepwiseRegression.Criterion.BIC);
        return m;
    }

    private static Map<String, KMeans.Init> kmeansInit() {
        Map<String, KMeans.Init> m = new LinkedHashMap<>();
        m.put("k-means++", KMeans.Init.K_MEANS_PLUS_PLUS);
        m.put("random", KMeans.Init.RANDOM);
        return m;
    }
}
