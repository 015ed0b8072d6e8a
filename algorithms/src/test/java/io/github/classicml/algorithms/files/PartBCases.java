package io.github.classicml.algorithms.files;

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
import io.github.classicml.algorithms.preprocessing.TableTransformer;
import io.github.classicml.algorithms.preprocessing.UnknownCategories;
import io.github.classicml.algorithms.preprocessing.YeoJohnson;
import io.github.classicml.algorithms.selection.Pipeline;
import io.github.classicml.algorithms.tree.ClassWeights;
import io.github.classicml.algorithms.tree.ClassificationCriterion;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeRegressor;
import io.github.classicml.algorithms.tree.RegressionCriterion;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Model;
import io.github.classicml.core.ProbabilisticClassifier;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.Transformer;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.io.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One fitted model per model type of the tree, ensemble, preprocessing and pipeline families, on small
 * bundled data, with the outputs that a loaded copy must reproduce bit for bit. Shared by the round-trip
 * test, the golden-file test and the golden-file generator, so a golden file is always compared with
 * the same learner refitted on the same data.
 */
final class PartBCases {

    /** A named case: how to fit the model, and the data its outputs are compared on. */
    record Case(String name, Supplier<Model> fit, Dataset probes, Table tableProbes) {
        @Override
        public String toString() {
            return name;
        }
    }

    private PartBCases() {
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

    static List<Case> all() {
        Dataset iris = iris();
        Dataset diabetes = diabetes();
        Dataset cancer = cancer();
        Dataset gaps = withGaps();
        Dataset positive = positive();
        Table table = table();
        List<Case> cases = new ArrayList<>();
        // trees
        cases.add(new Case("DecisionTreeClassifierModel", () -> DecisionTreeClassifier.of()
                .withCriterion(ClassificationCriterion.ENTROPY).withMaxDepth(5).withClassWeights(ClassWeights.balanced())
                .fit(iris), iris, null));
        cases.add(new Case("DecisionTreeClassifierModel-pruned", () -> DecisionTreeClassifier.of()
                .withClassWeights(ClassWeights.of(1, 2, 0.5)).withCcpAlpha(0.01).withMaxFeatures(2).withSeed(3)
                .fit(iris), iris, null));
        cases.add(new Case("DecisionTreeRegressorModel", () -> DecisionTreeRegressor.of()
                .withCriterion(RegressionCriterion.FRIEDMAN_MSE).withMaxDepth(4).withMaxLeafNodes(9).fit(diabetes),
                diabetes, null));
        // ensembles
        cases.add(new Case("ForestClassifierModel-randomForest", () -> RandomForestClassifier.of().withTrees(8)
                .withMaxDepth(4).withOobScore(true).withSeed(5).fit(iris), iris, null));
        cases.add(new Case("ForestClassifierModel-extraTrees", () -> ExtraTreesClassifier.of().withTrees(6)
                .withMaxFeatures(MaxFeatures.fraction(0.5)).withSeed(2).fit(cancer), cancer, null));
        cases.add(new Case("ForestRegressorModel-randomForest", () -> RandomForestRegressor.of().withTrees(6)
                .withMaxDepth(5).withMaxFeatures(MaxFeatures.sqrt()).withOobScore(true).withSeed(7).fit(diabetes),
                diabetes, null));
        cases.add(new Case("ForestRegressorModel-extraTrees", () -> ExtraTreesRegressor.of().withTrees(5)
                .withMaxDepth(4).withSeed(1).fit(diabetes), diabetes, null));
        cases.add(new Case("BaggingClassifierModel", () -> BaggingClassifier.of(DecisionTreeClassifier.of()
                .withMaxDepth(3)).withMembers(7).withMaxSamples(0.1).withMaxFeatures(0.5).withOobScore(true)
                .withSeed(4).fit(iris), iris, null));
        cases.add(new Case("BaggingRegressorModel", () -> BaggingRegressor.of(DecisionTreeRegressor.of()
                .withMaxDepth(3)).withMembers(5).withMaxFeatures(0.6).withBootstrapFeatures(true).withOobScore(true)
                .withSeed(9).fit(diabetes), diabetes, null));
        cases.add(new Case("GradientBoostingClassifierModel", () -> GradientBoostingClassifier.of().withStages(8)
                .withMaxDepth(2).withSubsample(0.8).withSeed(3).fit(iris), iris, null));
        cases.add(new Case("GradientBoostingClassifierModel-binary", () -> GradientBoostingClassifier.of()
                .withStages(10).withMaxDepth(2).withPatience(2).withSeed(1).fit(cancer), cancer, null));
        cases.add(new Case("GradientBoostingRegressorModel", () -> GradientBoostingRegressor.of().withStages(12)
                .withMaxDepth(2).withSubsample(0.7).withSeed(8).fit(diabetes), diabetes, null));
        cases.add(new Case("AdaBoostClassifierModel", () -> AdaBoostClassifier.of().withStages(10).withSeed(2)
                .fit(iris), iris, null));
        // preprocessing
        cases.add(new Case("StandardScalerModel", () -> StandardScaler.of().fit(diabetes), diabetes, null));
        cases.add(new Case("StandardScalerModel-notCentred", () -> new StandardScaler(false, true).fit(iris), iris,
                null));
        cases.add(new Case("MinMaxScalerModel", () -> MinMaxScaler.of().withRange(-1, 2).withClip(true).fit(iris),
                iris, null));
        cases.add(new Case("MaxAbsScalerModel", () -> MaxAbsScaler.of().fit(diabetes), diabetes, null));
        cases.add(new Case("RobustScalerModel", () -> RobustScaler.of().withQuantileRange(10, 90).fit(diabetes),
                diabetes, null));
        cases.add(new Case("SimpleImputerModel", () -> SimpleImputer.of()
                .withStrategy(SimpleImputer.Strategy.MEDIAN).withIndicator(true).fit(gaps), gaps, null));
        cases.add(new Case("KnnImputerModel", () -> KnnImputer.of().withNeighbours(3)
                .withWeighting(KnnImputer.Weighting.DISTANCE).withIndicator(true).fit(gaps), gaps, null));
        cases.add(new Case("OneHotEncoderModel", () -> OneHotEncoder.of().withDrop(OneHotEncoder.Drop.IF_BINARY)
                .withUnknown(UnknownCategories.IGNORE).fit(table), null, table));
        cases.add(new Case("OrdinalEncoderModel", () -> OrdinalEncoder.of().withUnknownValue(-1).fit(table), null, table));
        cases.add(new Case("PcaModel", () -> Pca.of(3).withWhiten(true).fit(diabetes), diabetes, null));
        cases.add(new Case("PolynomialFeaturesModel", () -> PolynomialFeatures.of(3).withInteractionOnly(true)
                .fit(iris), iris, null));
        cases.add(new Case("CorrelationFilterModel", () -> CorrelationFilter.of().withThreshold(0.8).fit(iris),
                iris, null));
        cases.add(new Case("PowerTransformerModel-boxCox", () -> BoxCox.of().fit(positive), positive, null));
        cases.add(new Case("PowerTransformerModel-yeoJohnson", () -> new YeoJohnson(false).fit(diabetes), diabetes,
                null));
        cases.add(new Case("ColumnTransformerModel", () -> ColumnTransformer.of(
                ColumnTransformer.part("codes", OneHotEncoder.of(), "colour", "size"),
                ColumnTransformer.numeric("scaled", StandardScaler.of(), "a")).withRemainder(true).fit(table),
                null, table));
        // pipelines
        cases.add(new Case("PipelineTransformerModel", () -> Pipeline.of(StandardScaler.of()).then(Pca.of(2))
                .fit(diabetes), diabetes, null));
        cases.add(new Case("PipelineClassifierModel", () -> Pipeline.of(MinMaxScaler.of())
                .classifier(DecisionTreeClassifier.of().withMaxDepth(3)).fit(iris), iris, null));
        cases.add(new Case("PipelineProbabilisticClassifierModel", () -> Pipeline.of(StandardScaler.of())
                .then(Pca.of(3)).probabilisticClassifier(RandomForestClassifier.of().withTrees(4).withSeed(1))
                .fit(iris), iris, null));
        cases.add(new Case("PipelineRegressorModel", () -> Pipeline.of(PolynomialFeatures.of(2))
                .regressor(GradientBoostingRegressor.of().withStages(5)).fit(diabetes), diabetes, null));
        return cases;
    }

    /**
     * Everything the model computes on the probes, as one array: probabilities (or predictions) of a
     * classifier, predictions of a regressor, transformed rows of a transformer.
     */
    static double[] outputs(Model model, Case c) {
        if (c.tableProbes() != null) {
            return ((TableTransformer) model).transform(c.tableProbes()).features();
        }
        Dataset probes = c.probes();
        List<double[]> parts = new ArrayList<>();
        if (model instanceof ProbabilisticClassifier p) {
            for (double[] row : p.predictProbabilities(probes)) {
                parts.add(row);
            }
        }
        if (model instanceof Classifier k) {
            int[] labels = k.predict(probes);
            double[] out = new double[labels.length];
            for (int i = 0; i < labels.length; i++) {
                out[i] = labels[i];
            }
            parts.add(out);
        }
        if (model instanceof Regressor r) {
            parts.add(r.predict(probes));
        }
        if (model instanceof Transformer t) {
            parts.add(t.transform(probes).features());
        }
        int total = 0;
        for (double[] p : parts) {
            total += p.length;
        }
        double[] out = new double[total];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
