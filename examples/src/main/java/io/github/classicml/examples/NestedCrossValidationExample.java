package io.github.classicml.examples;

import io.github.classicml.algorithms.neighbors.KnnClassifier;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.algorithms.selection.CrossValidation;
import io.github.classicml.algorithms.selection.CrossValidationResult;
import io.github.classicml.algorithms.selection.Grid;
import io.github.classicml.algorithms.selection.GridSearch;
import io.github.classicml.algorithms.selection.Pipeline;
import io.github.classicml.algorithms.selection.PipelineClassifier;
import io.github.classicml.algorithms.selection.PipelineClassifierModel;
import io.github.classicml.algorithms.selection.Scorer;
import io.github.classicml.algorithms.selection.SearchResult;
import io.github.classicml.algorithms.selection.StratifiedKFold;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import java.io.PrintStream;
import java.util.List;

/**
 * Choosing k for kNN by grid search, and estimating the chosen model's accuracy honestly with nested
 * cross-validation, on the wine data.
 *
 * <p>The candidates are pipelines (standardise, then kNN with k neighbours), so the scaler is refitted
 * inside every fold. The grid search cross-validates each k and keeps the best; its best score is
 * optimistic, because it is the maximum of several noisy estimates measured on the same folds that
 * chose it. Nested cross-validation runs the whole search inside each outer fold and scores the chosen
 * model on outer test rows it never saw, which estimates what the procedure "search k, then fit" will
 * do on new data.
 */
public final class NestedCrossValidationExample implements Example {

    /** The neighbourhood sizes searched. */
    static final List<Integer> KS = List.of(1, 3, 5, 7, 9, 11, 15, 21, 31, 45);

    @Override
    public String name() {
        return "grid-search-nested-cv";
    }

    @Override
    public String question() {
        return "How do you tune a hyperparameter, and why is the best cross-validated score optimistic?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset wine = Datasets.wine();
        Grid<PipelineClassifier> grid = Grid.over(KS,
                k -> Pipeline.of(StandardScaler.of()).classifier(KnnClassifier.of(k)));
        GridSearch<PipelineClassifierModel> search = GridSearch.of(grid, StratifiedKFold.of(5), Scorer.accuracy());
        SearchResult<PipelineClassifierModel> result = search.search(wine);
        out.println("Grid search over k on wine (standardise, then kNN), 5-fold stratified cross-validation:");
        out.println("   k   accuracy (mean ± sd over folds)");
        double[] ks = new double[KS.size()];
        for (int i = 0; i < KS.size(); i++) {
            ks[i] = KS.get(i);
            out.printf("  %2d   %.4f ± %.4f%s%n", KS.get(i), result.estimate(i),
                    result.results().get(i).standardDeviation(0), i == result.bestIndex() ? "   <- best" : "");
        }
        int bestK = KS.get(result.bestIndex());
        out.printf("Best k = %d with cross-validated accuracy %.4f; the refitted model is %s.%n", bestK,
                result.bestEstimate(), result.bestModel());

        CrossValidationResult nested = CrossValidation.crossValidate(search, wine, StratifiedKFold.of(5),
                Scorer.accuracy());
        StringBuilder chosen = new StringBuilder();
        for (CrossValidationResult.FoldScores f : nested.folds()) {
            PipelineClassifier picked = (PipelineClassifier) f.learner();
            chosen.append(chosen.length() == 0 ? "" : ", ").append(((KnnClassifier) picked.classifier()).k());
        }
        out.printf("Nested cross-validation (the search repeated inside 5 outer folds) chose k = %s and scores"
                + " %.4f ± %.4f.%n", chosen, nested.mean(0), nested.standardDeviation(0));
        double optimism = result.bestEstimate() - nested.mean(0);
        out.printf("The inner best score is %.4f %s than the nested estimate: %s%n", Math.abs(optimism),
                optimism >= 0 ? "higher" : "lower", optimism >= 0
                        ? "picking the maximum of noisy scores flatters the winner."
                        : "on this data the selection effect is smaller than the fold-to-fold noise.");

        XYChart chart = new XYChartBuilder().width(640).height(400).title("Grid search over k (wine)")
                .xAxisTitle("k").yAxisTitle("cross-validated accuracy").build();
        chart.addSeries("mean accuracy", ks, result.estimates());
        return Report.builder()
                .figure("bestK", bestK)
                .figure("bestScore", result.bestEstimate())
                .figure("nestedMean", nested.mean(0))
                .file(Plots.savePng(chart, context, "grid-search-nested-cv"))
                .build();
    }
}
