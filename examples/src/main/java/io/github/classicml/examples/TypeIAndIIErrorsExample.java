package io.github.classicml.examples;

import io.github.classicml.metrics.ClassCounts;
import io.github.classicml.metrics.ConfusionMatrix;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Type I and Type II errors, precision, recall and specificity, worked line by line on the classic
 * interview exercise: a test on 100 people, 50 of them ill, with TP 10, FN 40, TN 15 and FP 35.
 *
 * <p>Every figure is printed with its working ({@code recall = TP / (TP + FN) = 10 / 50 = 0.200}), so
 * the reader can check the arithmetic, and the example ends with the lesson the numbers hide: this
 * test is worse than a coin, and saying the opposite of what it says would be a good test.
 */
public final class TypeIAndIIErrorsExample implements Example {

    @Override
    public String name() {
        return "type-i-and-ii-errors";
    }

    @Override
    public String question() {
        return "What are Type I and Type II errors, and how do precision, recall and specificity differ?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        // rows are the truth, columns the test's answer: {{TN, FP}, {FN, TP}}
        ConfusionMatrix matrix = ConfusionMatrix.fromCounts(new long[][] {{15, 35}, {40, 10}}, List.of("healthy", "ill"));
        ClassCounts ill = matrix.positive();

        out.println("A screening test is given to 100 people: 50 are ill, 50 are healthy.");
        out.println("Positive means \"the test says ill\". The confusion matrix (rows: truth, columns: test):");
        out.println();
        out.println(matrix.table());
        out.println(ill);
        out.println();
        out.println("1. Type I error = false positive: a healthy person told they are ill.");
        out.println("   The null hypothesis \"healthy\" was true and was rejected.   FP = " + ill.typeIErrors());
        out.println("2. Type II error = false negative: an ill person sent home.");
        out.println("   The null hypothesis \"healthy\" was false and was kept.      FN = " + ill.typeIIErrors());
        out.println();
        out.println("3. Recall (sensitivity, true positive rate): of the ill, how many does the test find?");
        out.println("   " + ill.recall() + percent(ill.recall().value()));
        out.println("4. Specificity (true negative rate): of the healthy, how many does it clear?");
        out.println("   " + ill.specificity() + percent(ill.specificity().value()));
        out.println("5. Precision (positive predictive value): of those it calls ill, how many are?");
        out.println("   " + ill.precision() + percent(ill.precision().value()));
        long ill50 = ill.truePositives() + ill.falseNegatives();
        long healthy50 = ill.trueNegatives() + ill.falsePositives();
        out.printf(Locale.ROOT, "   Building the table from the three rates: recall %.0f %% of %d ill gives TP = %d, FN = %d;%n",
                100 * ill.recall().value(), ill50, ill.truePositives(), ill.falseNegatives());
        out.printf(Locale.ROOT, "   specificity %.0f %% of %d healthy gives TN = %d, FP = %d; precision is then fixed:"
                + " %d / (%d + %d).%n", 100 * ill.specificity().value(), healthy50, ill.trueNegatives(),
                ill.falsePositives(), ill.truePositives(), ill.truePositives(), ill.falsePositives());
        out.printf(Locale.ROOT, "   The answer often given, precision 0.2, is wrong: %d / %d = %.3f (%.0f %%); 0.2 = %d / %d"
                + " is the recall, which divides by the ill, not by those the test calls ill.%n", ill.truePositives(),
                ill.predicted(), ill.precision().value(), 100 * ill.precision().value(), ill.truePositives(), ill50);
        out.println("6. The error rates: alpha, the Type I rate, is 1 - specificity; beta, the Type II rate,");
        out.println("   is 1 - recall, and the power of the test 1 - beta is its recall.");
        out.println("   " + ill.falsePositiveRate());
        out.println("   " + ill.falseNegativeRate());
        out.println("7. Whole-table measures:");
        out.println("   " + matrix.accuracy());
        out.println("   " + ill.f1());
        out.println("   " + ill.matthewsCorrelation());
        out.println();
        ClassCounts flipped = ConfusionMatrix.fromCounts(new long[][] {
                        // every answer swapped: the cleared become the accused and the reverse
                        {ill.falsePositives(), ill.trueNegatives()},
                        {ill.truePositives(), ill.falseNegatives()}}, List.of("healthy", "ill"))
                .positive();
        double sum = ill.recall().value() + ill.specificity().value();
        double mcc = ill.matthewsCorrelation().value();
        out.printf(Locale.ROOT, "Recall and specificity add up to %.2f, %s the 1.0 of a coin toss, and the correlation%n",
                sum, sum < 1 ? "less than" : "at least");
        out.printf(Locale.ROOT, "between test and truth is %s (%.3f). Reading the test backwards (\"ill\" when it says"
                + " healthy)%n", mcc < 0 ? "negative" : "not negative", mcc);
        out.printf(Locale.ROOT, "would give recall %.0f %%, specificity %.0f %% and precision %.0f %%.%n",
                100 * flipped.recall().value(), 100 * flipped.specificity().value(), 100 * flipped.precision().value());
        out.println("Moving a test's threshold trades one error for the other: fewer misses (Type II) cost more");
        out.println("false alarms (Type I). Which one is worse is a question about the application, not the math.");
        return Report.builder()
                .figure("recall", ill.recall().value())
                .figure("specificity", ill.specificity().value())
                .figure("precision", ill.precision().value())
                .figure("typeIErrors", ill.typeIErrors())
                .figure("typeIIErrors", ill.typeIIErrors())
                .file(Plots.savePng(Plots.confusionBars("The screening test: 100 people", List.of("healthy", "ill"),
                        matrix.counts()), context, "type-i-and-ii-errors"))
                .build();
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "   (%.0f %%)", 100 * value);
    }
}
