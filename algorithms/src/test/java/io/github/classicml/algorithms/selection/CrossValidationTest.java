package io.github.classicml.algorithms.selection;

import io.github.classicml.algorithms.ReferenceCsv;
import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.neighbors.KnnRegressor;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.algorithms.preprocessing.StandardScalerModel;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossValidationTest {

    private static String message(Executable e) {
        return assertThrows(IllegalArgumentException.class, e).getMessage();
    }

    /** A regressor that predicts one constant: its scores are known in closed form. */
    record Constant(double value) implements Learner<ConstantModel> {
        @Override
        public ConstantModel fit(Dataset data) {
            return new ConstantModel(this, data.columns());
        }
    }

    record ConstantModel(Constant learner, int columns) implements Regressor {
        @Override
        public double predict(double[] row) {
            return learner.value();
        }
    }

    @Test
    void pipelineInCrossValidation_equalsScikitLearnCrossValScore() {
        Map<String, List<Double>> expected = new LinkedHashMap<>();
        for (String[] line : ReferenceCsv.read("/reference/selection/pipeline_cv.csv")) {
            if (!line[0].equals("case")) {
                expected.computeIfAbsent(line[0], c -> new ArrayList<>()).add(Double.parseDouble(line[2]));
            }
        }
        Pipeline scale = Pipeline.of(StandardScaler.of());
        double[] wine = CrossValidation.crossValidate(scale.classifier(KnnClassifier.of(5)), Datasets.wine(),
                StratifiedKFold.of(5), Scorer.accuracy()).scores(0);
        double[] cancer = CrossValidation.crossValidate(scale.classifier(KnnClassifier.of(7)), Datasets.breastCancer(),
                StratifiedKFold.of(4), Scorer.accuracy()).scores(0);
        double[] r2 = CrossValidation.crossValidate(scale.regressor(KnnRegressor.of(5)), Datasets.diabetes(),
                KFold.of(5), Scorer.r2()).scores(0);
        double[] mse = CrossValidation.crossValidate(scale.regressor(KnnRegressor.of(10)), Datasets.diabetes(),
                KFold.of(3), Scorer.meanSquaredError()).scores(0);
        // kNN's probabilities are multiples of 1/5, so the AUC's ranking is exact too
        double[] auc = CrossValidation.crossValidate(scale.probabilisticClassifier(KnnClassifier.of(5)),
                Datasets.breastCancer(), StratifiedKFold.of(5), Scorer.rocAuc()).scores(0);
        assertArrayEquals(doubles(expected.get("breast_cancer_knn5_strat5_auc")), auc, 1e-15);
        // accuracies are ratios of counts: exactly equal; R² and MSE to rounding
        assertArrayEquals(doubles(expected.get("wine_knn5_strat5")), wine, 0.0);
        assertArrayEquals(doubles(expected.get("breast_cancer_knn7_strat4")), cancer, 0.0);
        assertArrayEquals(doubles(expected.get("diabetes_knnreg5_kfold5")), r2, 1e-12);
        // scikit-learn reports the negated MSE
        double[] negated = Arrays.stream(mse).map(v -> -v).toArray();
        assertArrayEquals(doubles(expected.get("diabetes_knnreg10_kfold3_mse")), negated, 1e-8);
    }

    private static double[] doubles(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void crossValidate_handWorked_perFoldAgainstPooled() {
        // targets 0, 0, 0, 6 in two folds of two; a constant 0 predictor
        Dataset data = Dataset.of(new double[][] {{0}, {1}, {2}, {3}}).withTargets(new double[] {0, 0, 0, 6}, "y");
        CrossValidationResult r = CrossValidation.crossValidate(new Constant(0), data, KFold.of(2),
                Scorer.meanSquaredError(), Scorer.meanAbsoluteError());
        // fold 0 tests rows 0, 1: MSE 0; fold 1 tests rows 2, 3: MSE (0 + 36) / 2 = 18
        assertArrayEquals(new double[] {0, 18}, r.scores(0), 0.0);
        assertEquals(9, r.mean(0), 0.0);
        assertEquals(9, r.standardDeviation(0), 0.0);   // |0 - 9| = |18 - 9| = 9
        assertEquals(9, r.pooled(0), 0.0);              // 36 / 4: equal folds, so pooled = mean
        assertArrayEquals(new double[] {0, 3}, r.scores(1), 0.0);
        // unequal folds (3 + 1 rows by a time split): per-fold mean (0 + 36) / 2 = 18 but pooled 36 / 4 = 9
        List<Fold> uneven = List.of(new Fold(new int[] {0}, new int[] {1, 2}), new Fold(new int[] {0, 1, 2},
                new int[] {3}));
        CrossValidationResult u = CrossValidation.crossValidate(new Constant(0), data, uneven,
                List.of(Scorer.meanSquaredError()), 1);
        assertEquals(18, u.estimate(0, Averaging.PER_FOLD), 0.0);
        assertEquals(12, u.estimate(0, Averaging.POOLED), 0.0);   // rows 1, 2, 3: 36 / 3
        assertEquals(3, u.folds().get(1).trainRows());
        assertEquals(new Constant(0), u.folds().get(0).learner());
        assertTrue(r.table().contains("mse: 9.0000 ± 9.0000 per fold, 9.0000 pooled"), r.table());
    }

    @Test
    void crossValidate_sameResultForAnyThreadCount() {
        Dataset wine = Datasets.wine();
        PipelineClassifier knn = Pipeline.of(StandardScaler.of()).classifier(KnnClassifier.of(3));
        List<Fold> folds = KFold.of(6).withShuffle(3).splits(wine);
        CrossValidationResult one = CrossValidation.crossValidate(knn, wine, folds, List.of(Scorer.accuracy()), 1);
        for (int threads : new int[] {2, 3, 8}) {
            CrossValidationResult many = CrossValidation.crossValidate(knn, wine, folds, List.of(Scorer.accuracy()),
                    threads);
            assertArrayEquals(one.scores(0), many.scores(0), 0.0);
            assertEquals(one.pooled(0), many.pooled(0), 0.0);
        }
    }

    @Test
    void scalerInsideCrossValidation_neverSeesTheTestRows() {
        // the last rows are huge: a scaler that saw them would have a huge mean
        double[][] x = new double[20][];
        for (int i = 0; i < 20; i++) {
            x[i] = new double[] {i < 15 ? i : 1e6 + i};
        }
        Dataset data = Dataset.of(x).withTargets(new double[20], "y");
        List<StandardScalerModel> fitted = new ArrayList<>();
        Learner<StandardScalerModel> recording = d -> {
            StandardScalerModel m = StandardScaler.of().fit(d);
            fitted.add(m);
            return m;
        };
        List<Fold> folds = KFold.of(4).splits(data);
        CrossValidation.crossValidate(Pipeline.of(recording).regressor(KnnRegressor.of(1)), data, folds,
                List.of(Scorer.meanSquaredError()), 1);
        assertEquals(4, fitted.size());
        for (int f = 0; f < 4; f++) {
            // each fold's scaler mean is the mean of that fold's training rows, never of all rows
            double mean = Arrays.stream(folds.get(f).train()).mapToDouble(i -> x[i][0]).average().orElseThrow();
            assertEquals(mean, fitted.get(f).means()[0], 1e-9 * Math.abs(mean));
            double all = Arrays.stream(x).mapToDouble(r -> r[0]).average().orElseThrow();
            assertFalse(Math.abs(fitted.get(f).means()[0] - all) < 1e-9, "fold " + f + " saw every row");
        }
        // the last fold trains only on small rows, so its mean is small: the huge test rows were not seen
        assertEquals(7, fitted.get(3).means()[0], 0.0);
    }

    @Test
    void gridSearch_findsTheKnownBestOfAGrid() {
        // targets all 3: a constant c scores MSE (c - 3)² on every fold, so the best is c = 3 = 1 + 2
        Dataset data = Dataset.of(new double[12][1]).withTargets(new double[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, "y");
        Grid<Constant> grid = Grid.over(List.of(0.0, 1.0, 2.0), Constant::new)
                .and(List.of(0.0, 1.0, 2.0, 5.0), (c, add) -> new Constant(c.value() + add));
        assertEquals(12, grid.size());
        SearchResult<ConstantModel> result = GridSearch.of(grid, KFold.of(3), Scorer.meanSquaredError()).search(data);
        double[] expected = grid.candidates().stream().mapToDouble(c -> (c.value() - 3) * (c.value() - 3)).toArray();
        assertArrayEquals(expected, result.estimates(), 1e-12);
        // c = 3 occurs twice (1 + 2 and 2 + 1): the first in grid order wins, position 1 * 4 + 2 = 6
        assertEquals(6, result.bestIndex());
        assertEquals(new Constant(3), result.bestLearner());
        assertEquals(3, result.bestModel().predict(new double[] {0}), 0.0);
        // with a higher-is-better metric (negated MSE) the largest estimate wins: c = 1, nearer to 3
        Scorer<Regressor> negated = Scorer.regression("neg_mse", true,
                (a, p) -> -io.github.classicml.metrics.RegressionMetrics.meanSquaredError(a, p).value());
        assertEquals(new Constant(1), GridSearch.of(List.of(new Constant(0), new Constant(1)), KFold.of(3), negated)
                .search(data).bestLearner());
    }

    @Test
    void nestedCrossValidation_outerFoldsChooseTheirOwnK() {
        Dataset wine = Datasets.wine();
        List<PipelineClassifier> grid = Grid.over(List.of(1, 5, 15),
                k -> Pipeline.of(StandardScaler.of()).classifier(KnnClassifier.of(k))).candidates();
        GridSearch<PipelineClassifierModel> inner = GridSearch.of(grid, StratifiedKFold.of(3), Scorer.accuracy());
        CrossValidationResult outer = CrossValidation.crossValidate(inner, wine, StratifiedKFold.of(3),
                Scorer.accuracy());
        for (CrossValidationResult.FoldScores f : outer.folds()) {
            assertTrue(grid.contains(f.learner()), f.learner().toString());
            // the outer score is the chosen learner's score on the outer test rows, refitted on the outer training rows
            Fold fold = StratifiedKFold.of(3).splits(wine).get(f.fold());
            PipelineClassifier chosen = (PipelineClassifier) f.learner();
            double direct = Scorer.accuracy().score(chosen.fit(fold.trainData(wine)), fold.testData(wine));
            assertEquals(direct, f.scores()[0], 0.0);
        }
    }

    @Test
    void gridSearch_sameChoiceAndScoresForAnyThreadCount() {
        Dataset wine = Datasets.wine();
        List<PipelineClassifier> grid = Grid.over(List.of(1, 4, 9, 16),
                k -> Pipeline.of(StandardScaler.of()).classifier(KnnClassifier.of(k))).candidates();
        GridSearch<PipelineClassifierModel> search = GridSearch.of(grid, KFold.of(4).withShuffle(2), Scorer.accuracy());
        SearchResult<PipelineClassifierModel> one = search.withThreads(1).search(wine);
        SearchResult<PipelineClassifierModel> three = search.withThreads(3).search(wine);
        assertArrayEquals(one.estimates(), three.estimates(), 0.0);
        assertEquals(one.bestIndex(), three.bestIndex());
        assertArrayEquals(one.bestModel().predict(wine), three.bestModel().predict(wine));
        // pooled averaging is a separate, explicit choice; accuracy on near-equal folds barely moves
        SearchResult<PipelineClassifierModel> pooled = search.withAveraging(Averaging.POOLED).search(wine);
        for (int i = 0; i < grid.size(); i++) {
            assertEquals(one.results().get(i).pooled(0), pooled.estimate(i), 0.0);
        }
    }

    @Test
    void randomSearch_sameSeedSameCandidates() {
        Dataset data = Dataset.of(new double[9][1]).withTargets(new double[] {3, 3, 3, 3, 3, 3, 3, 3, 3}, "y");
        RandomSearch<ConstantModel> search = RandomSearch.of(rng -> new Constant(rng.nextInt(7)), 6, KFold.of(3),
                Scorer.meanSquaredError()).withSeed(11);
        assertEquals(search.candidates(), search.candidates());
        SearchResult<ConstantModel> r = search.search(data);
        double best = r.estimates()[r.bestIndex()];
        assertTrue(Arrays.stream(r.estimates()).allMatch(e -> e >= best));
        double expected = search.candidates().stream().mapToDouble(c -> ((Constant) c).value())
                .map(c -> (c - 3) * (c - 3)).min().orElseThrow();
        assertEquals(expected, best, 1e-12);
    }

    @Test
    void crossValidate_badInput_throwsClearly() {
        Dataset data = Dataset.of(new double[4][1]).withTargets(new double[4], "y");
        assertEquals("scorers must not be empty, got 0 entries", message(() -> CrossValidation.crossValidate(
                new Constant(0), data, KFold.of(2).splits(data), List.of(), 1)));
        assertEquals("folds must index rows of data (4), got row 5 in fold 0", message(() -> CrossValidation
                .crossValidate(new Constant(0), data, List.of(new Fold(new int[] {0}, new int[] {5})),
                        List.of(Scorer.r2()), 1)));
        assertEquals("data must have numeric targets, got no targets", message(() -> CrossValidation.crossValidate(
                new Constant(0), data.withoutTargets(), KFold.of(2), Scorer.r2())));
        assertEquals("candidates must not be empty, got 0 entries",
                message(() -> GridSearch.of(List.<Constant>of(), KFold.of(2), Scorer.r2())));
        assertEquals("values must not be empty, got 0 entries", message(() -> Grid.over(List.of(1.0), Constant::new)
                .and(List.of(), (c, v) -> c)));
        assertEquals("draws must be >= 1, got 0", message(() -> RandomSearch.of(rng -> new Constant(1), 0,
                KFold.of(2), Scorer.r2())));
        // bounded before the candidate list is allocated (was an OutOfMemoryError from candidates())
        assertEquals("draws must be <= RandomSearch.MAX_DRAWS (1048576), got 2147483647", message(() -> RandomSearch.of(
                rng -> new Constant(1), Integer.MAX_VALUE, KFold.of(2), Scorer.r2()).candidates()));
        assertEquals("values must not be empty, got 0 entries", message(() -> Curves.validation(List.<Integer>of(),
                v -> new Constant(v.doubleValue()), data, KFold.of(2), Scorer.r2(), 1)));
        assertEquals("threads must be >= 0, got -1", message(() -> GridSearch.of(List.of(new Constant(1)),
                KFold.of(2), Scorer.r2()).withThreads(-1)));
    }
}
