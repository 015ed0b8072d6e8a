package io.github.classicml.algorithms;

import io.github.classicml.algorithms.ensemble.BaggingClassifier;
import io.github.classicml.algorithms.ensemble.BaggingClassifierModel;
import io.github.classicml.algorithms.ensemble.GradientBoostingClassifierModel;
import io.github.classicml.algorithms.ensemble.GradientBoostingRegressorModel;
import io.github.classicml.algorithms.preprocessing.ColumnTransformer;
import io.github.classicml.algorithms.preprocessing.ColumnTransformerModel;
import io.github.classicml.algorithms.preprocessing.OneHotEncoder;
import io.github.classicml.algorithms.preprocessing.OneHotEncoderModel;
import io.github.classicml.algorithms.preprocessing.OrdinalEncoder;
import io.github.classicml.algorithms.preprocessing.OrdinalEncoderModel;
import io.github.classicml.algorithms.preprocessing.Pca;
import io.github.classicml.algorithms.preprocessing.PcaModel;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.algorithms.preprocessing.TableTransformer;
import io.github.classicml.algorithms.preprocessing.UnknownCategories;
import io.github.classicml.algorithms.selection.Pipeline;
import io.github.classicml.algorithms.selection.PipelineClassifierModel;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.algorithms.tree.DecisionTreeClassifierModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.Transformer;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.io.ModelFileException;
import io.github.classicml.core.io.Table;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Model files of the tree, ensemble, preprocessing and pipeline families beyond the shared round-trip,
 * golden and fuzz tests: the checks a forged file meets (tree links, members that disagree with their
 * ensemble, sizes from the file), the refusal to save a model holding the caller's own code with the
 * part named, and the encoders' text categories, which only a table carries.
 */
class ModelFilesPartBTest {

    private static String message(byte[] bytes) {
        return ModelFilesTest.message(bytes);
    }

    private static void startsWith(String expected, String actual) {
        assertTrue(actual.startsWith(expected), () -> "expected a message starting with\n" + expected + "\ngot\n"
                + actual);
    }

    // ---- trees: the links must make a tree

    @Test
    void tree_golden_isTheTreeTheTestsEdit() throws ModelFileException {
        DecisionTreeClassifierModel m = ModelFiles.fromBytes(ModelFileEdits.golden("DecisionTreeClassifierModel"),
                "x", DecisionTreeClassifierModel.class);
        // the edits below rely on node 0 splitting into leaf 1 and node 2 (setosa apart at the root)
        assertEquals(1, m.leftChild(0));
        assertEquals(2, m.rightChild(0));
        assertTrue(m.isLeaf(1));
        assertEquals(3, m.leftChild(2));
    }

    @Test
    void tree_childPointingBackToTheRoot_isRefusedAsACycle() {
        byte[] golden = ModelFileEdits.golden("DecisionTreeClassifierModel");
        startsWith("x: children must be distinct node ids above their parent's and below ",
                message(ModelFileEdits.withInt(golden, "left", 2, 0)));
        startsWith("x: children must be distinct node ids above their parent's and below ",
                message(ModelFileEdits.withInt(golden, "right", 0, 1)));
    }

    @Test
    void tree_childOutOfRange_featureOutOfRange_leafWithAChild_areRefused() {
        byte[] golden = ModelFileEdits.golden("DecisionTreeClassifierModel");
        startsWith("x: children must be distinct node ids above their parent's and below ",
                message(ModelFileEdits.withInt(golden, "right", 0, 1 << 30)));
        assertEquals("x: feature must be in [0, 4); node 0 has 4", message(ModelFileEdits.withInt(golden, "feature", 0, 4)));
        startsWith("x: a leaf must have right child, feature and threshold -1; node 1 has 5",
                message(ModelFileEdits.withInt(golden, "right", 1, 5)));
    }

    @Test
    void tree_nodeWithTwoParents_orNone_isRefused() {
        byte[] golden = ModelFileEdits.golden("DecisionTreeClassifierModel");
        // node 2 becomes a leaf: its subtree hangs from nothing (and its rows no longer add up first)
        byte[] leaf = ModelFileEdits.withInt(ModelFileEdits.withInt(ModelFileEdits.withInt(golden, "left", 2, -1),
                "right", 2, -1), "feature", 2, -1);
        startsWith("x: a leaf must have right child, feature and threshold -1; node 2", message(leaf));
        byte[] twice = ModelFileEdits.withInt(golden, "right", 0, 3);
        String m = message(twice);
        assertTrue(m.startsWith("x: rows of node 0 must be the sum of its children's")
                || m.startsWith("x: every node must have one parent; node 3 is a child twice"), m);
    }

    @Test
    void tree_classCountsAndSizes_areChecked() {
        byte[] golden = ModelFileEdits.golden("DecisionTreeClassifierModel");
        startsWith("x: value must be >= 0 (class counts); node 0 has -1",
                message(ModelFileEdits.withDouble(golden, "value", 0, -1)));
        startsWith("x: threshold must be finite; entry 0 is NaN",
                message(ModelFileEdits.withDouble(golden, "threshold", 0, Double.NaN)));
        startsWith("x: rows of node 0 must be the sum of its children's",
                message(ModelFileEdits.withInt(golden, "rows", 1, 49)));
        startsWith("x: data.classNames: ", message(ModelFileEdits.replaced(golden, "\"versicolor\"", "\"setosa\"")));
        startsWith("x: criterion must be one of [GINI, ENTROPY], got \"GINY\"",
                message(ModelFileEdits.replaced(golden, "\"ENTROPY\"", "\"GINY\"")).replace("learner.", ""));
    }

    // ---- ensembles: members must agree with the ensemble

    @Test
    void forest_whoseSettingsDisagreeWithItsTrees_isRefused() {
        byte[] golden = ModelFileEdits.golden("ForestClassifierModel-randomForest");
        // the first maxDepth is the forest's own; its trees were grown with depth 4
        startsWith("x: trees 0 must be grown by DecisionTreeClassifier[criterion=GINI, splitter=BEST, maxDepth=3,",
                message(ModelFileEdits.replaced(golden, "\"maxDepth\":4", "\"maxDepth\":3")));
        startsWith("x: trees must hold the learner's 9 trees, got 8",
                message(ModelFileEdits.replaced(golden, "\"trees\":8", "\"trees\":9")));
    }

    @Test
    void nestedModel_brokenTree_isNamedByItsPathInTheFile() {
        byte[] golden = ModelFileEdits.golden("ForestClassifierModel-randomForest");
        // the first "feature" array is the first tree's: its root's feature made 9 (of 4 columns)
        startsWith("x: data.trees[0]: feature must be in [0, 4); node 0 has 9",
                message(ModelFileEdits.withInt(golden, "feature", 0, 9)));
    }

    @Test
    void forest_outOfBagProbabilitiesOutOfRange_areRefused() {
        byte[] golden = ModelFileEdits.golden("ForestClassifierModel-randomForest");
        startsWith("x: oobProbabilities must be in [0, 1] or NaN for the whole row; row 0 has 2",
                message(ModelFileEdits.withDouble(golden, "oobProbabilities", 0, 2)));
    }

    @Test
    void bag_golden_hasAMemberThatMissesAClass_soAClassMapIsStored() throws ModelFileException {
        BaggingClassifierModel bag = ModelFiles.fromBytes(ModelFileEdits.golden("BaggingClassifierModel"), "x",
                BaggingClassifierModel.class);
        assertTrue(bag.members().stream().anyMatch(m -> m.classNames().size() < 3));
    }

    @Test
    void bag_memberColumnsOutOfRange_orClassMapOutOfOrder_areRefused() {
        byte[] golden = ModelFileEdits.golden("BaggingClassifierModel");
        assertEquals("x: memberColumns of member 0 must be in [0, 4); entry 0 is 9",
                message(ModelFileEdits.withInt(golden, "memberColumns", 0, 9)));
        startsWith("x: classMaps of member 0 must map its classes ",
                message(ModelFileEdits.withInt(golden, "classMaps", 0, 7)));
    }

    @Test
    void bag_columnsRaised_isRefusedAsTheForestsRefuseIt() {
        // a raised width used to load and then take wider rows, ignoring the extra column
        byte[] classifier = ModelFileEdits.golden("BaggingClassifierModel");
        // member 0 happens to draw the same two columns from 5 as from 4; member 1 does not
        assertEquals("x: memberColumns of member 1 must be the columns the bag's seed draws from its 5 columns, "
                + "[2, 3], got [0, 1]", message(ModelFileEdits.replaced(classifier, "\"columns\":4", "\"columns\":5")));
        startsWith("x: member 0 must take max(1, floor(maxFeatures * columns)) = 1073741823 of the bag's 2147483647 "
                + "columns, got 2", message(ModelFileEdits.replaced(classifier, "\"columns\":4",
                "\"columns\":2147483647")));
        byte[] regressor = ModelFileEdits.golden("BaggingRegressorModel");
        startsWith("x: memberColumns of member 0 must be the columns the bag's seed draws from its 11 columns, ",
                message(ModelFileEdits.replaced(regressor, "\"columns\":10", "\"columns\":11")));
    }

    @Test
    void bag_withAMemberOfAnotherLearner_isRefused() {
        byte[] golden = ModelFileEdits.golden("BaggingClassifierModel");
        // the bag's member learner says depth 2, its members were grown with depth 3
        startsWith("x: members must be fitted by the member learner DecisionTreeClassifier[criterion=GINI, "
                + "splitter=BEST, maxDepth=2", message(ModelFileEdits.replaced(golden, "\"maxDepth\":3", "\"maxDepth\":2")));
    }

    @Test
    void boosting_learningRateRaisedTo1e308_predictRefusesTheOverflowInsteadOfNaN() throws ModelFileException {
        // the file is valid (any positive learning rate is), but its scores leave the double range: every
        // prediction used to be NaN; now the overflow is named with its stage
        GradientBoostingRegressorModel r = ModelFiles.fromBytes(ModelFileEdits.replaced(
                ModelFileEdits.golden("GradientBoostingRegressorModel"), "\"learningRate\":0.1",
                "\"learningRate\":1.0E308"), "x", GradientBoostingRegressorModel.class);
        double[] row = new double[r.columns()];
        startsWith("the prediction must stay within the double range; stage ", assertThrows(
                ArithmeticException.class, () -> r.predict(row)).getMessage());
        GradientBoostingClassifierModel c = ModelFiles.fromBytes(ModelFileEdits.replaced(
                ModelFileEdits.golden("GradientBoostingClassifierModel"), "\"learningRate\":0.1",
                "\"learningRate\":1.0E308"), "x", GradientBoostingClassifierModel.class);
        double[] features = new double[c.columns()];
        startsWith("score 0 must stay within the double range; stage ", assertThrows(ArithmeticException.class,
                () -> c.predictProbabilities(features)).getMessage());
    }

    @Test
    void boosting_leafValuesAndWeights_areChecked() {
        startsWith("x: leafValues must be finite; entry 3 is NaN", message(ModelFileEdits.withDouble(
                ModelFileEdits.golden("GradientBoostingClassifierModel"), "leafValues", 3, Double.NaN)));
        startsWith("x: estimatorWeights must be > 0; entry 1 is -1", message(ModelFileEdits.withDouble(
                ModelFileEdits.golden("AdaBoostClassifierModel"), "estimatorWeights", 1, -1)));
        startsWith("x: initialScores must be finite; entry 0 is Infinity", message(ModelFileEdits.withDouble(
                ModelFileEdits.golden("GradientBoostingClassifierModel"), "initialScores", 0, Double.POSITIVE_INFINITY)));
    }

    // ---- transformers: statistics in their domains, sizes bounded

    @Test
    void transformers_invalidStatistics_areRefusedWithTheFitsRule() {
        startsWith("x: scales must be > 0; entry 2 is 0", message(ModelFileEdits.withDouble(
                ModelFileEdits.golden("StandardScalerModel"), "scales", 2, 0)));
        startsWith("x: shifts must be 0 when the mean is not subtracted; entry 1 is 3", message(ModelFileEdits.withDouble(
                ModelFileEdits.golden("StandardScalerModel-notCentred"), "shifts", 1, 3)));
        startsWith("x: dataMin must be <= dataMax; entry 0", message(ModelFileEdits.withDouble(
                ModelFileEdits.golden("MinMaxScalerModel"), "dataMin", 0, 100)));
        startsWith("x: indicatorColumns must be increasing column indices in [0, 4); entry 0 is 7",
                message(ModelFileEdits.withInt(ModelFileEdits.golden("SimpleImputerModel"), "indicatorColumns", 0, 7)));
        startsWith("x: keptColumns must be increasing column indices in [0, 4)", message(ModelFileEdits.withInt(
                ModelFileEdits.golden("CorrelationFilterModel"), "keptColumns", 1, 0)));
        startsWith("x: explainedVarianceRatio must be in [0, 1]; entry 0 is 1.5", message(ModelFileEdits.withDouble(
                ModelFileEdits.golden("PcaModel"), "explainedVarianceRatio", 0, 1.5)));
        startsWith("x: means and scales must be 0 and 1 without standardisation; entry 0", message(ModelFileEdits
                .withDouble(ModelFileEdits.golden("PowerTransformerModel-yeoJohnson"), "means", 0, 2)));
    }

    @Test
    void knnImputer_isRefittedOnItsDonors_soTheFitsChecksApply() {
        startsWith("x: features must be finite; row 0, column 1 is Infinity", message(ModelFileEdits.withDouble(
                ModelFileEdits.golden("KnnImputerModel"), "donors", 1, Double.POSITIVE_INFINITY)));
    }

    @Test
    void polynomialFeatures_termsOtherThanTheFitsEnumeration_areRefused() {
        // interactions of degree <= 3 of 4 columns, with bias: [], [0], [1], [2], [3], [0, 1], ...
        byte[] golden = ModelFileEdits.golden("PolynomialFeaturesModel");
        assertEquals("x: terms must be the products of degree <= 3 of 4 columns in the fit's order; term 1 is [1], "
                + "expected [0]", message(ModelFileEdits.withInt(golden, "terms", 0, 1)));
        assertEquals("x: terms must be the products of degree <= 3 of 100000 columns in the fit's order; term 5 is "
                + "[0, 1], expected [4]", message(ModelFileEdits.replaced(golden, "\"columns\":4", "\"columns\":100000")));
        assertEquals("x: terms must list every product of degree <= 4 of 4 columns; [0, 1, 2, 3] is missing after "
                + "term 14", message(ModelFileEdits.replaced(golden, "\"degree\":3", "\"degree\":4")));
        assertEquals("x: termLengths must be in [0, 3] (the degree); entry 2 is 7",
                message(ModelFileEdits.withInt(golden, "termLengths", 2, 7)));
    }

    @Test
    void encoder_categoriesOutOfOrder_areRefused() {
        byte[] golden = ModelFileEdits.golden("OrdinalEncoderModel");
        startsWith("x: category values of column 0 must be finite, increasing, labelled as printed and not -0.0; "
                + "entry 1", message(ModelFileEdits.withDouble(golden, "categoryValues", 1, 0)));
        startsWith("x: categories must hold the ", message(ModelFileEdits.withInt(golden, "categoryCounts", 0, 100)));
    }

    @Test
    void columnTransformer_remainderThatDisagreesWithTheParts_isRefused() {
        byte[] golden = ModelFileEdits.golden("ColumnTransformerModel");
        startsWith("x: remainder must be the input columns no part takes, 1 of them, got 0",
                message(ModelFileEdits.replaced(golden, "\"remainder\":[\"b\"]", "\"remainder\":[]")));
        startsWith("x: part scaled must take input columns, got \"z\"",
                message(ModelFileEdits.replaced(golden, "\"partColumns\":[\"colour\",\"size\",\"a\"]",
                        "\"partColumns\":[\"colour\",\"size\",\"z\"]")));
    }

    @Test
    void pipeline_whoseStepsDisagreeWithItsLearner_isRefused() {
        byte[] golden = ModelFileEdits.golden("PipelineClassifierModel");
        // the header's classifier says depth 2; the fitted tree was grown with depth 3
        startsWith("x: classifier must be fitted by DecisionTreeClassifier[criterion=GINI, splitter=BEST, maxDepth=2",
                message(ModelFileEdits.replaced(golden, "\"maxDepth\":3", "\"maxDepth\":2")));
        startsWith("x: steps[0] must be fitted by MinMaxScaler[rangeMin=0.0, rangeMax=1.0, clip=true]",
                message(ModelFileEdits.replaced(golden, "\"clip\":false", "\"clip\":true")));
    }

    // ---- the caller's own code is refused when saving, naming the part

    @Test
    void save_bagOverAMethodReference_isRefusedNamingTheMember() {
        BaggingClassifierModel bag = BaggingClassifier.of(DecisionTreeClassifier.of().withMaxDepth(2)::withSeed)
                .withMembers(2).fit(Datasets.iris());
        startsWith("member must be a library learner to save the bag, got the caller's SeededLearner ",
                assertThrows(IllegalArgumentException.class, () -> ModelFiles.toBytes(bag)).getMessage());
    }

    @Test
    void save_bagOverTheCallersOwnLearner_isRefusedNamingTheMember() {
        Learner<DecisionTreeClassifierModel> own = data -> DecisionTreeClassifier.of().fit(data);
        BaggingClassifierModel bag = BaggingClassifier.of(own).withMembers(2).fit(Datasets.iris());
        startsWith("member: cannot save a " + own.getClass().getName() + "; model files hold only classicml's own "
                + "learners", assertThrows(IllegalArgumentException.class, () -> ModelFiles.toBytes(bag)).getMessage());
    }

    @Test
    void save_pipelineWithAStepOfTheCallersOwn_isRefusedNamingTheStep() {
        Learner<Transformer> own = data -> StandardScaler.of().fit(data);
        PipelineClassifierModel model = Pipeline.of(StandardScaler.of()).then(own)
                .classifier(DecisionTreeClassifier.of().withMaxDepth(2)).fit(Datasets.iris());
        startsWith("steps[1] of the pipeline: cannot save a " + own.getClass().getName(),
                assertThrows(IllegalArgumentException.class, () -> ModelFiles.toBytes(model)).getMessage());
    }

    @Test
    void save_columnTransformerWithAPartOfTheCallersOwn_isRefusedNamingThePart() {
        Table table = ModelFileCasesB.table();
        ColumnTransformerModel tableLearner = ColumnTransformer.of(
                ColumnTransformer.part("codes", OneHotEncoder.of(), "colour"),
                ColumnTransformer.part("mine", t -> OrdinalEncoder.of().fit(t), "size")).fit(table);
        startsWith("part mine must have a library learner to save the column transformer, got the caller's ",
                assertThrows(IllegalArgumentException.class, () -> ModelFiles.toBytes(tableLearner)).getMessage());
        Learner<Transformer> own = data -> StandardScaler.of().fit(data);
        ColumnTransformerModel numeric = ColumnTransformer.of(ColumnTransformer.numeric("scaled", own, "a"))
                .fit(table);
        startsWith("part scaled of the column transformer: cannot save a " + own.getClass().getName(),
                assertThrows(IllegalArgumentException.class, () -> ModelFiles.toBytes(numeric)).getMessage());
    }

    // ---- text categories, which only tables carry

    @Test
    void encodersOnATableWithText_roundTrip_bitIdentical() throws ModelFileException {
        Table table = ModelFileCasesB.table();
        Table unseen = Table.ofRows(2).withText("colour", new String[] {"teal", "red"})
                .withNumeric("size", new double[] {2, 9}).withNumeric("a", new double[] {1, 2})
                .withNumeric("b", new double[] {3, 4});
        TableTransformer[] models = {
            OneHotEncoder.of().withUnknown(UnknownCategories.IGNORE).fit(table),
            OrdinalEncoder.of().withUnknownValue(-1).fit(table),
            ColumnTransformer.of(ColumnTransformer.part("codes", OneHotEncoder.of()
                    .withUnknown(UnknownCategories.IGNORE), "colour", "size"),
                    ColumnTransformer.numeric("scaled", StandardScaler.of(), "a")).withRemainder(true).fit(table)};
        for (TableTransformer model : models) {
            Model m = (Model) model;
            Model back = ModelFiles.fromBytes(ModelFiles.toBytes(m), "t", Model.class);
            assertEquals(m.learner(), back.learner());
            assertEquals(m.toString(), back.toString());
            TableTransformer t = (TableTransformer) back;
            assertArrayEquals(model.transform(table).features(), t.transform(table).features());
            assertArrayEquals(model.transform(unseen).features(), t.transform(unseen).features());
            assertEquals(model.outputColumnNames(table.columnNames()), t.outputColumnNames(table.columnNames()));
        }
        OneHotEncoderModel oneHot = ModelFiles.fromBytes(ModelFiles.toBytes((Model) models[0]), "t",
                OneHotEncoderModel.class);
        assertEquals(java.util.List.of("blue", "green", "ochre", "red"), oneHot.categories(0));
        OrdinalEncoderModel ordinal = ModelFiles.fromBytes(ModelFiles.toBytes((Model) models[1]), "t",
                OrdinalEncoderModel.class);
        assertEquals(java.util.List.of("0.0", "1.0", "2.0"), ordinal.categories(1));
    }

    @Test
    void textCategoriesOutOfOrder_areRefused() {
        Table table = ModelFileCasesB.table();
        byte[] bytes = ModelFileEdits.signed(ModelFileEdits.json(ModelFiles.toBytes(OneHotEncoder.of().fit(table)))
                .replace("\"blue\",\"green\"", "\"green\",\"blue\""));
        startsWith("x: categories of column 0 must be distinct and sorted; entry 1 is \"blue\"", message(bytes));
    }

    @Test
    void loadedEnsemble_predictsLikeTheFittedOne_onRowsItNeverSaw() throws ModelFileException {
        // the shared tests compare on the training rows; here rows from the other end of the data set
        Dataset cancer = Datasets.breastCancer();
        int[] rows = new int[100];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = cancer.rows() - 1 - i;
        }
        Dataset test = cancer.select(rows).selectColumns(0, 1, 2, 3, 4, 5, 6, 7);
        for (String name : new String[] {"ForestClassifierModel-extraTrees", "GradientBoostingClassifierModel-binary"}) {
            ModelFileCases.Case c = ModelFileCases.all().stream().filter(k -> k.name().equals(name)).findFirst()
                    .orElseThrow();
            Model fitted = c.fit();
            Model loaded = ModelFiles.fromBytes(ModelFiles.toBytes(fitted), name, Model.class);
            assertArrayEquals(ModelFileCases.outputs(fitted, test), ModelFileCases.outputs(loaded, test));
        }
    }

    /**
     * Whitened PCA of iris times 1e300 is fitted in scaled units; its variances overflow to Infinity,
     * so the whitening divisors cannot be derived from them and the file stores them. The loaded model
     * whitens to the same bits. (An ordinary model's file has no divisors field: the golden PCA case.)
     */
    @Test
    void pca_whitenedAtExtremeMagnitude_storesItsDivisors_andRoundTrips() throws ModelFileException {
        Dataset iris = Datasets.iris();
        double[][] rows = new double[iris.rows()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = iris.row(i);
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] *= 1e300;
            }
        }
        PcaModel fitted = Pca.of(2).withWhiten(true).fit(Dataset.of(rows));
        byte[] bytes = ModelFiles.toBytes(fitted);
        assertTrue(ModelFileEdits.json(bytes).contains("\"divisors\""));
        PcaModel loaded = ModelFiles.fromBytes(bytes, "pca.model", PcaModel.class);
        for (double[] row : rows) {
            assertArrayEquals(fitted.transform(row), loaded.transform(row));
        }
        assertTrue(!ModelFileEdits.json(ModelFileEdits.golden("PcaModel")).contains("\"divisors\""));
    }
}
