package io.github.classicml.algorithms;

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
import io.github.classicml.algorithms.preprocessing.BoxCox;
import io.github.classicml.algorithms.preprocessing.ColumnTransformer;
import io.github.classicml.algorithms.preprocessing.CorrelationFilter;
import io.github.classicml.algorithms.preprocessing.KnnImputer;
import io.github.classicml.algorithms.preprocessing.MaxAbsScaler;
import io.github.classicml.algorithms.preprocessing.MinMaxScaler;
import io.github.classicml.algorithms.preprocessing.OneHotEncoder;
import io.github.classicml.algorithms.preprocessing.OrdinalEncoder;
import io.github.classicml.algorithms.preprocessing.Pca;
import io.github.classicml.algorithms.preprocessing.PolynomialFeatures;
import io.github.classicml.algorithms.preprocessing.RobustScaler;
import io.github.classicml.algorithms.preprocessing.SimpleImputer;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.algorithms.preprocessing.UnknownCategories;
import io.github.classicml.algorithms.preprocessing.YeoJohnson;
import io.github.classicml.algorithms.selection.Pipeline;
import io.github.classicml.algorithms.tree.ClassWeights;
import io.github.classicml.algorithms.tree.ClassificationCriterion;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.algorithms.tree.RegressionCriterion;
import io.github.classicml.algorithms.tree.Splitter;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.io.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The golden-file cases of model files part B: one per model type of the tree, ensemble,
 * preprocessing and pipeline families (and per notable setting: out-of-bag estimates, class maps of bag
 * members that miss a class, pruning, early stopping, standardisation off), on small bundled data so
 * that the golden files stay small and the fuzz test fast. Added to {@link ModelFileCases#all()}.
 */
final class ModelFileCasesB {

    private ModelFileCasesB() {
    }

    static Dataset iris() {
        return Datasets.iris();
    }

    /** The first 120 diabetes rows (regression). */
    static Dataset diabetes() {
        int[] rows = new int[120];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return Datasets.diabetes().select(rows);
    }

    /** Breast cancer, first 150 rows, first 8 columns (two classes). */
    static Dataset cancer() {
        Dataset d = Datasets.breastCancer();
        int[] rows = new int[150];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return d.select(rows).selectColumns(new int[] {0, 1, 2, 3, 4, 5, 6, 7});
    }

    /** Iris features with a missing value in every 7th cell. */
    static Dataset withGaps() {
        Dataset d = iris();
        double[] x = d.features();
        for (int k = 3; k < x.length; k += 7) {
            x[k] = Double.NaN;
        }
        return Dataset.ofRowMajor(x, d.columns()).withColumnNames(d.columnNames());
    }

    /** Iris features shifted to be positive (Box-Cox needs it). */
    static Dataset positive() {
        Dataset d = iris();
        double[] x = d.features();
        for (int k = 0; k < x.length; k++) {
            x[k] += 0.5;
        }
        return Dataset.ofRowMajor(x, d.columns()).withColumnNames(d.columnNames());
    }

    /** A dataset of two small-integer columns (category codes) and two numeric ones. */
    static Dataset codes() {
        Dataset d = iris();
        double[] f = d.features();
        double[] x = new double[d.rows() * 4];
        for (int i = 0; i < d.rows(); i++) {
            x[4 * i] = (i * 7) % 4;
            x[4 * i + 1] = (i * 5) % 3;
            x[4 * i + 2] = f[i * 4];
            x[4 * i + 3] = f[i * 4 + 1];
        }
        return Dataset.ofRowMajor(x, 4).withColumnNames(java.util.List.of("colour", "size", "a", "b"));
    }

    /** A table of a text column, a small-integer column and two numeric ones. */
    static Table table() {
        Dataset d = iris();
        String[] colour = new String[d.rows()];
        double[] size = new double[d.rows()];
        String[] words = {"red", "green", "blue", "ochre"};
        for (int i = 0; i < colour.length; i++) {
            colour[i] = words[(i * 7) % 4];
            size[i] = (i * 5) % 3;
        }
        return Table.ofRows(d.rows()).withText("colour", colour).withNumeric("size", size)
               .withNumeric("a", d.column(0)).withNumeric("b", d.column(1));
    }

    static List<ModelFileCases.Case> all() {
        Dataset iris = iris();
        Dataset diabetes = diabetes();
        Dataset cancer = cancer();
        Dataset gaps = withGaps();
        Dataset positive = positive();
        Dataset codes = codes();
        List<ModelFileCases.Case> cases = new ArrayList<>();
        // trees
        cases.add(new ModelFileCases.Case("DecisionTreeClassifierModel",
                DecisionTreeClassifier.of().withCriterion(ClassificationCriterion.ENTROPY).withMaxDepth(5)
                        .withClassWeights(ClassWeights.balanced()),
                () -> iris));
        cases.add(new ModelFileCases.Case("DecisionTreeClassifierModel-pruned",
                DecisionTreeClassifier.of().withClassWeights(ClassWeights.of(1, 2, 0.5)).withCcpAlpha(0.01)
                        .withMaxFeatures(2).withSeed(3),
                () -> iris));
        cases.add(new ModelFileCases.Case("DecisionTreeRegressorModel",
                DecisionTreeRegressor.of().withCriterion(RegressionCriterion.FRIEDMAN_MSE).withMaxDepth(4)
                        .withMaxLeafNodes(9),
                () -> diabetes));
        // ensembles
        cases.add(new ModelFileCases.Case("ForestClassifierModel-randomForest",
                RandomForestClassifier.of().withTrees(8).withMaxDepth(4).withOobScore(true).withSeed(5),
                () -> iris));
        cases.add(new ModelFileCases.Case("ForestClassifierModel-extraTrees",
                ExtraTreesClassifier.of().withTrees(6).withMaxFeatures(MaxFeatures.fraction(0.5)).withSeed(2),
                () -> cancer));
        cases.add(new ModelFileCases.Case("ForestRegressorModel-randomForest",
                RandomForestRegressor.of().withTrees(6).withMaxDepth(5).withMaxFeatures(MaxFeatures.sqrt())
                        .withOobScore(true).withSeed(7),
                () -> diabetes));
        cases.add(new ModelFileCases.Case("ForestRegressorModel-extraTrees",
                ExtraTreesRegressor.of().withTrees(5).withMaxDepth(4).withSeed(1),
                () -> diabetes));
        cases.add(new ModelFileCases.Case("BaggingClassifierModel",
                BaggingClassifier.of(DecisionTreeClassifier.of().withMaxDepth(3)).withMembers(7)
                        .withMaxSamples(0.02).withMaxFeatures(0.5).withOobScore(true).withSeed(4),
                () -> iris));
        cases.add(new ModelFileCases.Case("BaggingRegressorModel",
                BaggingRegressor.of(DecisionTreeRegressor.of().withMaxDepth(3)).withMembers(5)
                        .withMaxFeatures(0.6).withBootstrapFeatures(true).withOobScore(true).withSeed(9),
                () -> diabetes));
        // each member its own seed through SeededLearner.reseeding (the value form of tree::withSeed)
        cases.add(new ModelFileCases.Case("BaggingClassifierModel-reseeded",
                BaggingClassifier.of(SeededLearner.reseeding(DecisionTreeClassifier.of().withMaxDepth(3)
                        .withMaxFeatures(2))).withMembers(5).withSeed(6),
                () -> iris));
        cases.add(new ModelFileCases.Case("BaggingRegressorModel-reseeded",
                BaggingRegressor.of(SeededLearner.reseeding(DecisionTreeRegressor.of().withMaxDepth(3)
                        .withSplitter(Splitter.RANDOM))).withMembers(4).withOobScore(true).withSeed(5),
                () -> diabetes));
        cases.add(new ModelFileCases.Case("GradientBoostingClassifierModel",
                GradientBoostingClassifier.of().withStages(8).withMaxDepth(2).withSubsample(0.8).withSeed(3),
                () -> iris));
        cases.add(new ModelFileCases.Case("GradientBoostingClassifierModel-binary",
                GradientBoostingClassifier.of().withStages(10).withMaxDepth(2).withPatience(2).withSeed(1),
                () -> cancer));
        cases.add(new ModelFileCases.Case("GradientBoostingRegressorModel",
                GradientBoostingRegressor.of().withStages(12).withMaxDepth(2).withSubsample(0.7).withSeed(8),
                () -> diabetes));
        cases.add(new ModelFileCases.Case("AdaBoostClassifierModel",
                AdaBoostClassifier.of().withStages(10).withSeed(2),
                () -> iris));
        // preprocessing
        cases.add(new ModelFileCases.Case("StandardScalerModel",
                StandardScaler.of(),
                () -> diabetes));
        cases.add(new ModelFileCases.Case("StandardScalerModel-notCentred",
                new StandardScaler(false, true),
                () -> iris));
        cases.add(new ModelFileCases.Case("MinMaxScalerModel",
                MinMaxScaler.of().withRange(-1, 2).withClip(true),
                () -> iris));
        cases.add(new ModelFileCases.Case("MaxAbsScalerModel",
                MaxAbsScaler.of(),
                () -> diabetes));
        cases.add(new ModelFileCases.Case("RobustScalerModel",
                RobustScaler.of().withQuantileRange(10, 90),
                () -> diabetes));
        cases.add(new ModelFileCases.Case("SimpleImputerModel",
                SimpleImputer.of().withStrategy(SimpleImputer.Strategy.MEDIAN).withIndicator(true),
                () -> gaps));
        cases.add(new ModelFileCases.Case("KnnImputerModel",
                KnnImputer.of().withNeighbours(3).withWeighting(KnnImputer.Weighting.DISTANCE)
                        .withIndicator(true),
                () -> gaps));
        cases.add(new ModelFileCases.Case("OneHotEncoderModel",
                OneHotEncoder.of().withDrop(OneHotEncoder.Drop.IF_BINARY).withUnknown(UnknownCategories.IGNORE),
                () -> codes));
        cases.add(new ModelFileCases.Case("OrdinalEncoderModel",
                OrdinalEncoder.of().withUnknownValue(-1),
                () -> codes));
        cases.add(new ModelFileCases.Case("PcaModel",
                Pca.of(3).withWhiten(true),
                () -> diabetes));
        cases.add(new ModelFileCases.Case("PolynomialFeaturesModel",
                PolynomialFeatures.of(3).withInteractionOnly(true),
                () -> iris));
        cases.add(new ModelFileCases.Case("CorrelationFilterModel",
                CorrelationFilter.of().withThreshold(0.8),
                () -> iris));
        cases.add(new ModelFileCases.Case("PowerTransformerModel-boxCox",
                BoxCox.of(),
                () -> positive));
        cases.add(new ModelFileCases.Case("PowerTransformerModel-yeoJohnson",
                new YeoJohnson(false),
                () -> diabetes));
        cases.add(new ModelFileCases.Case("ColumnTransformerModel",
                ColumnTransformer.of(ColumnTransformer.part("codes", OneHotEncoder.of(), "colour", "size"),
                        ColumnTransformer.numeric("scaled", StandardScaler.of(), "a")).withRemainder(true),
                () -> codes));
        // pipelines
        cases.add(new ModelFileCases.Case("PipelineTransformerModel",
                Pipeline.of(StandardScaler.of()).then(Pca.of(2)),
                () -> diabetes));
        cases.add(new ModelFileCases.Case("PipelineClassifierModel",
                Pipeline.of(MinMaxScaler.of()).classifier(DecisionTreeClassifier.of().withMaxDepth(3)),
                () -> iris));
        cases.add(new ModelFileCases.Case("PipelineProbabilisticClassifierModel",
                Pipeline.of(StandardScaler.of()).then(Pca.of(3))
                        .probabilisticClassifier(RandomForestClassifier.of().withTrees(4).withSeed(1)),
                () -> iris));
        cases.add(new ModelFileCases.Case("PipelineRegressorModel",
                Pipeline.of(PolynomialFeatures.of(2)).regressor(GradientBoostingRegressor.of().withStages(5)),
                () -> diabetes));
        return cases;
    }
}
