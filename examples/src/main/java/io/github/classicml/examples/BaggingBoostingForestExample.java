package io.github.classicml.examples;

import io.github.classicml.algorithms.ensemble.AdaBoostClassifier;
import io.github.classicml.algorithms.ensemble.BaggingClassifier;
import io.github.classicml.algorithms.ensemble.BaggingClassifierModel;
import io.github.classicml.algorithms.ensemble.ForestClassifierModel;
import io.github.classicml.algorithms.ensemble.GradientBoostingClassifier;
import io.github.classicml.algorithms.ensemble.GradientBoostingClassifierModel;
import io.github.classicml.algorithms.ensemble.RandomForestClassifier;
import io.github.classicml.algorithms.ensemble.SeededLearner;
import io.github.classicml.algorithms.selection.TrainTestSplit;
import io.github.classicml.algorithms.tree.DecisionTreeClassifier;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.ProbabilisticClassifier;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Bagging vs boosting vs random forest on breast cancer: one split, the same fully grown tree as the
 * baseline, and test accuracy as members are added.
 *
 * <p>Bagging and random forests average deep trees (low bias, high variance) fitted independently, so
 * adding members can only lower the variance, and their test accuracy levels off; the forest's random
 * candidate columns make its trees less alike. Boosting adds shallow trees (high bias, low variance)
 * one after another, each fixing what the sum got wrong, so it lowers the bias, and can overfit once
 * there is nothing left to fix but noise.
 */
public final class BaggingBoostingForestExample implements Example {

    @Override
    public String name() {
        return "bagging-vs-boosting";
    }

    @Override
    public String question() {
        return "Bagging vs boosting vs random forest: what does each fix, and which wins here?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset data = Datasets.breastCancer();
        TrainTestSplit.Indices split = TrainTestSplit.of(0.3).withStratification().withSeed(3).split(data);
        Dataset train = split.trainData(data);
        Dataset test = split.testData(data);
        int members = context.fast() ? 30 : 100;
        DecisionTreeClassifier tree = DecisionTreeClassifier.of();
        Classifier single = tree.fit(train);
        BaggingClassifierModel bagging = BaggingClassifier.of(SeededLearner.reseeding(tree)).withMembers(members).withSeed(3).fit(train);
        ForestClassifierModel forest = RandomForestClassifier.of().withTrees(members).withSeed(3).fit(train);
        GradientBoostingClassifierModel boosting = GradientBoostingClassifier.of().withStages(members).withSeed(3).fit(train);
        Classifier adaBoost = AdaBoostClassifier.of().withStages(members).fit(train);

        double treeAccuracy = accuracy(single, test);
        double baggingAccuracy = accuracy(bagging, test);
        double forestAccuracy = accuracy(forest, test);
        double boostingAccuracy = accuracy(boosting, test);
        double adaAccuracy = accuracy(adaBoost, test);
        out.printf(Locale.ROOT, "breast cancer: %d training rows, %d test rows; test accuracy:%n", train.rows(), test.rows());
        out.printf(Locale.ROOT, "  one fully grown tree                 %.3f%n", treeAccuracy);
        out.printf(Locale.ROOT, "  bagging, %3d fully grown trees       %.3f%n", members, baggingAccuracy);
        out.printf(Locale.ROOT, "  random forest, %3d trees, 5 of 30    %.3f%n", members, forestAccuracy);
        out.printf(Locale.ROOT, "  gradient boosting, %3d depth-3 trees %.3f%n", members, boostingAccuracy);
        out.printf(Locale.ROOT, "  AdaBoost (SAMME), %3d stumps         %.3f%n", members, adaAccuracy);
        String best = bestName(new double[] {treeAccuracy, baggingAccuracy, forestAccuracy, boostingAccuracy, adaAccuracy});
        double lowest = Math.min(Math.min(baggingAccuracy, forestAccuracy), Math.min(boostingAccuracy, adaAccuracy));
        double highest = Math.max(Math.max(baggingAccuracy, forestAccuracy), Math.max(boostingAccuracy, adaAccuracy));
        out.printf(Locale.ROOT, "Here %s does best; %s the single tree by %.1f to %.1f points.%n", best,
                lowest > treeAccuracy ? "every ensemble beats" : "the ensembles differ from",
                100 * (lowest - treeAccuracy), 100 * (highest - treeAccuracy));

        // accuracy as members are added: the first m trees of the bag and forest, boosting after m stages
        double[] counts = new double[members];
        double[] baggingCurve = new double[members];
        double[] forestCurve = new double[members];
        double[] boostingCurve = new double[members];
        double[][] baggingSums = new double[test.rows()][2];
        double[][] forestSums = new double[test.rows()][2];
        int[][] stagedClasses = new int[test.rows()][];
        for (int i = 0; i < test.rows(); i++) {
            double[][] staged = boosting.stagedProbabilities(test.row(i));
            stagedClasses[i] = new int[members];
            for (int s = 0; s < members; s++) {
                stagedClasses[i][s] = staged[s][1] > staged[s][0] ? 1 : 0;
            }
        }
        for (int k = 0; k < members; k++) {
            counts[k] = k + 1;
            ProbabilisticClassifier bagMember = (ProbabilisticClassifier) bagging.members().get(k);
            ProbabilisticClassifier forestMember = forest.trees().get(k);
            int bagCorrect = 0;
            int forestCorrect = 0;
            int boostCorrect = 0;
            for (int i = 0; i < test.rows(); i++) {
                double[] row = test.row(i);
                add(baggingSums[i], bagMember.predictProbabilities(row));
                add(forestSums[i], forestMember.predictProbabilities(row));
                int truth = test.classOf(i);
                bagCorrect += (baggingSums[i][1] > baggingSums[i][0] ? 1 : 0) == truth ? 1 : 0;
                forestCorrect += (forestSums[i][1] > forestSums[i][0] ? 1 : 0) == truth ? 1 : 0;
                boostCorrect += stagedClasses[i][k] == truth ? 1 : 0;
            }
            baggingCurve[k] = (double) bagCorrect / test.rows();
            forestCurve[k] = (double) forestCorrect / test.rows();
            boostingCurve[k] = (double) boostCorrect / test.rows();
        }
        // more trees: from a fifth of the members on, the forest's curve only wanders within a band
        int from = members / 5;
        double forestLow = 1;
        double forestHigh = 0;
        for (int k = from - 1; k < members; k++) {
            forestLow = Math.min(forestLow, forestCurve[k]);
            forestHigh = Math.max(forestHigh, forestCurve[k]);
        }
        double forestTrainingAccuracy = accuracy(forest, train);
        out.printf(Locale.ROOT, "From %d to %d trees the forest's test accuracy stays between %.3f and %.3f (%d rows"
                + " of %d);%n", from, members, forestLow, forestHigh,
                Math.round((forestHigh - forestLow) * test.rows()), test.rows());
        out.printf(Locale.ROOT, "its training accuracy is %.3f. More trees do not make a random forest overfit: each"
                + " new tree%nonly moves the average less, and the curve levels off; what overfits is each tree's"
                + " depth.%n", forestTrainingAccuracy);
        out.printf(Locale.ROOT, "Random forest vs gradient boosting: the forest averages %d deep trees grown"
                + " independently (variance down),%nboosting adds %d depth-3 trees in sequence, each fitted to"
                + " what the sum still gets wrong (bias down).%n", members, members);
        XYChart chart = new XYChartBuilder().width(680).height(440).title("Test accuracy as members are added (breast cancer)")
                .xAxisTitle("trees (stages for boosting)").yAxisTitle("test accuracy").build();
        chart.addSeries("bagging", counts, baggingCurve);
        chart.addSeries("random forest", counts, forestCurve);
        chart.addSeries("gradient boosting", counts, boostingCurve);
        chart.addSeries("one tree", new double[] {1, members}, new double[] {treeAccuracy, treeAccuracy});
        return Report.builder()
                .figure("testRows", test.rows())
                .figure("treeAccuracy", treeAccuracy)
                .figure("baggingAccuracy", baggingAccuracy)
                .figure("forestAccuracy", forestAccuracy)
                .figure("boostingAccuracy", boostingAccuracy)
                .figure("adaBoostAccuracy", adaAccuracy)
                .figure("baggingCurveLast", baggingCurve[members - 1])
                .figure("forestCurveLast", forestCurve[members - 1])
                .figure("boostingCurveLast", boostingCurve[members - 1])
                .figure("forestCurveLowAfterFifth", forestLow)
                .figure("forestCurveHighAfterFifth", forestHigh)
                .file(Plots.savePng(chart, context, "bagging-vs-boosting"))
                .build();
    }

    private static void add(double[] sum, double[] p) {
        for (int c = 0; c < p.length; c++) {
            sum[c] += p[c];
        }
    }

    static double accuracy(Classifier model, Dataset test) {
        int[] predicted = model.predict(test);
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == test.classOf(i) ? 1 : 0;
        }
        return (double) correct / predicted.length;
    }

    private static String bestName(double[] accuracies) {
        String[] names = {"the single tree", "bagging", "the random forest", "gradient boosting", "AdaBoost"};
        int best = 0;
        for (int i = 1; i < accuracies.length; i++) {
            if (accuracies[i] > accuracies[best]) {
                best = i;
            }
        }
        return names[best];
    }
}
