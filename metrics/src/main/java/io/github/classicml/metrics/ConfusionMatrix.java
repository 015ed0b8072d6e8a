package io.github.classicml.metrics;

import io.github.classicml.core.Check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The confusion matrix of a classifier: how many rows of each actual class were predicted as each
 * class, and the measures computed from it.
 *
 * <p>Cell {@code (a, p)} counts the rows whose actual class is {@code a} and whose predicted class is
 * {@code p}, so rows are actual classes and columns predicted ones, as in scikit-learn's
 * {@code confusion_matrix}. The diagonal holds the correct predictions; accuracy is the trace divided
 * by the total. Building it is one pass over the labels, O(n + k²) time and O(k²) memory; every
 * measure afterwards costs O(k²) or less.
 *
 * <p>Per-class measures come from {@link #classCounts(int)}, the one-vs-rest table of a class (TP, FP,
 * FN, TN and the ratios precision, recall, specificity, NPV, FPR, FNR, F1, F-beta, MCC); their macro,
 * weighted and micro averages from {@link #average(Average)}; the measures of the whole table are
 * {@link #accuracy()}, {@link #balancedAccuracy()}, {@link #matthewsCorrelation()} and
 * {@link #cohenKappa()}. A binary matrix has class 1 as its positive class ({@link #positive()}), so
 * {@code positive().typeIErrors()} are its false positives and {@code typeIIErrors()} its false
 * negatives. Averages run over all k classes of the matrix, including a class absent from both the
 * actual and the predicted labels; that is scikit-learn with {@code labels=range(k)}. Undefined ratios
 * follow a {@link ZeroDivision} policy, {@link ZeroDivision#ZERO} by default, as in scikit-learn.
 *
 * <p>Reference: T. Fawcett, "An introduction to ROC analysis", Pattern Recognition Letters 27(8),
 * 861-874, 2006; J. Cohen, "A coefficient of agreement for nominal scales", Educational and
 * Psychological Measurement 20(1), 37-46, 1960; J. Gorodkin, "Comparing two K-category assignments by
 * a K-category correlation coefficient", Computational Biology and Chemistry 28(5), 367-374, 2004.
 *
 * <p>Immutable: the counts are copied out on request.
 *
 * @see ClassCounts
 * @see AveragedMetrics
 */
public final class ConfusionMatrix {

    /**
     * The most classes a matrix may have (4096): its k x k counts take 8 k² bytes, 128 MiB at the
     * limit. Checked before the table is allocated, so a stray label such as {@code 1 << 30} is an
     * error naming it rather than an attempt to allocate an exabyte.
     */
    public static final int MAX_CLASSES = 1 << 12;

    private final List<String> classNames;
    private final int classCount;
    /** Row-major k x k counts: actual class by predicted class. */
    private final long[] counts;
    private final long total;

    private ConfusionMatrix(List<String> classNames, long[] counts, long total) {
        this.classNames = classNames;
        this.classCount = classNames.size();
        this.counts = counts;
        this.total = total;
    }

    /**
     * Counts actual against predicted classes.
     *
     * @param actual the true class index of each row; not modified
     * @param predicted the predicted class index of each row; not modified
     * @param classNames the name of each class, by index, distinct and non-blank (as {@code Dataset}
     *     requires); every index must be below its size
     * @return the matrix
     * @throws IllegalArgumentException if the lengths differ, the input is empty, or an index is out of range
     */
    public static ConfusionMatrix of(int[] actual, int[] predicted, List<String> classNames) {
        Check.notNull("actual", actual);
        Check.notNull("predicted", predicted);
        Check.notNull("classNames", classNames);
        Check.sameLength("actual", actual.length, "predicted", predicted.length);
        Check.notEmpty("actual", actual.length);
        int k = Check.atLeast("number of classes", classNames.size(), 1);
        Check.atMost("number of classes", k, MAX_CLASSES, "ConfusionMatrix.MAX_CLASSES");
        checkNames(classNames);
        return new ConfusionMatrix(List.copyOf(classNames), LabelCounting.count(actual, predicted, k), actual.length);
    }

    /**
     * Counts actual against predicted classes, naming the classes {@code 0..k-1} with
     * {@code k = 1 + max(actual, predicted)}.
     *
     * @param actual the true class index of each row; not modified
     * @param predicted the predicted class index of each row; not modified
     * @return the matrix
     */
    public static ConfusionMatrix of(int[] actual, int[] predicted) {
        Check.notNull("actual", actual);
        Check.notNull("predicted", predicted);
        int max = 0;
        for (int i = 0; i < actual.length; i++) {
            max = Math.max(max, Check.atLeast("actual", i, actual[i], 0));
            Check.atMost("actual", i, actual[i], MAX_CLASSES - 1, "ConfusionMatrix.MAX_CLASSES - 1");
        }
        for (int i = 0; i < predicted.length; i++) {
            max = Math.max(max, Check.atLeast("predicted", i, predicted[i], 0));
            Check.atMost("predicted", i, predicted[i], MAX_CLASSES - 1, "ConfusionMatrix.MAX_CLASSES - 1");
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c <= max; c++) {
            names.add(Integer.toString(c));
        }
        return of(actual, predicted, names);
    }

    /**
     * The binary matrix of two-valued labels: class 0 is {@code negative} ({@code false}), class 1
     * {@code positive} ({@code true}).
     *
     * @param actual the true label of each row; not modified
     * @param predicted the predicted label of each row; not modified
     * @return the 2 x 2 matrix
     */
    public static ConfusionMatrix of(boolean[] actual, boolean[] predicted) {
        Check.notNull("actual", actual);
        Check.notNull("predicted", predicted);
        Check.sameLength("actual", actual.length, "predicted", predicted.length);
        Check.notEmpty("actual", actual.length);
        long[] counts = new long[4];
        for (int i = 0; i < actual.length; i++) {
            counts[(actual[i] ? 2 : 0) + (predicted[i] ? 1 : 0)]++;
        }
        return new ConfusionMatrix(List.of("negative", "positive"), counts, actual.length);
    }

    /**
     * The binary matrix of one class against the rest, from integer labels: class 1
     * ({@link #positive()}) is "label equals {@code positiveClass}", class 0 every other label. With
     * labels {@code -1}/{@code 1} and {@code positiveClass = 1} this is the usual binary table.
     *
     * @param actual the true label of each row, any integers; not modified
     * @param predicted the predicted label of each row; not modified
     * @param positiveClass the label that counts as positive: one of the labels of {@code actual} or
     *     {@code predicted}, unless they hold a single label (a sample with no positive row)
     * @return the 2 x 2 matrix, classes named {@code not <positiveClass>} and {@code <positiveClass>}
     * @throws IllegalArgumentException {@code positiveClass must be one of the labels of actual or predicted
     *     (0, 1), got 5} for a positive class that no row has while the rows hold two labels or more
     */
    public static ConfusionMatrix binary(int[] actual, int[] predicted, int positiveClass) {
        Check.notNull("actual", actual);
        Check.notNull("predicted", predicted);
        Check.sameLength("actual", actual.length, "predicted", predicted.length);
        Check.notEmpty("actual", actual.length);
        Inputs.positiveClassPresent(positiveClass, "actual", actual, "predicted", predicted);
        long[] counts = new long[4];
        for (int i = 0; i < actual.length; i++) {
            counts[(actual[i] == positiveClass ? 2 : 0) + (predicted[i] == positiveClass ? 1 : 0)]++;
        }
        String name = Integer.toString(positiveClass);
        return new ConfusionMatrix(List.of("not " + name, name), counts, actual.length);
    }

    /**
     * A matrix of given counts, e.g. the binary table {@code {{TN, FP}, {FN, TP}}} of a textbook
     * exercise: {@code fromCounts(new long[][] {{15, 35}, {40, 10}}, List.of("negative", "positive"))}.
     *
     * @param counts {@code counts[actual][predicted]}, square, k x k, every count {@code >= 0}, not all
     *     zero; not modified
     * @param classNames the name of each class, k of them, distinct and non-blank
     * @return the matrix
     */
    public static ConfusionMatrix fromCounts(long[][] counts, List<String> classNames) {
        Check.notNull("counts", counts);
        Check.notNull("classNames", classNames);
        int k = Check.atLeast("number of classes", classNames.size(), 1);
        Check.atMost("number of classes", k, MAX_CLASSES, "ConfusionMatrix.MAX_CLASSES");
        checkNames(classNames);
        Check.that(counts.length == k, () -> "counts must have one row per class (" + k + "), got " + counts.length);
        long[] flat = new long[k * k];
        long total = 0;
        for (int a = 0; a < k; a++) {
            Check.notNull("counts", a, counts[a]);
            Check.rowLength("counts", a, counts[a].length, k);
            for (int p = 0; p < k; p++) {
                long c = counts[a][p];
                if (c < 0) {
                    int row = a;
                    int column = p;
                    Check.that(c >= 0, () -> "counts must be >= 0; counts[" + row + "][" + column + "] is " + c);
                }
                flat[a * k + p] = c;
                int row = a;
                int column = p;
                total = Check.addCount("counts", total, c, () -> "counts[" + row + "][" + column + "]");
            }
        }
        Check.that(total > 0, "counts must not all be zero, got a total of 0");
        return new ConfusionMatrix(List.copyOf(classNames), flat, total);
    }

    /** Refuses repeated or blank class names, as {@code Dataset} does: a name must tell its class apart. */
    private static void checkNames(List<String> classNames) {
        Set<String> distinct = new HashSet<>();
        for (int c = 0; c < classNames.size(); c++) {
            String name = Check.notNull("classNames", c, classNames.get(c));
            if (name.isBlank() || !distinct.add(name)) {
                Check.that(false, () -> "classNames must be distinct and non-blank, got " + classNames);
            }
        }
    }

    /** @return the class names by index (unmodifiable) */
    public List<String> classNames() {
        return classNames;
    }

    /** @return the number of classes k */
    public int classCount() {
        return classCount;
    }

    /** @return the number of rows counted */
    public long total() {
        return total;
    }

    /**
     * @param actual an actual class index
     * @param predicted a predicted class index
     * @return how many rows of class {@code actual} were predicted as {@code predicted}
     */
    public long count(int actual, int predicted) {
        Check.index("actual", actual, classCount);
        Check.index("predicted", predicted, classCount);
        return counts[actual * classCount + predicted];
    }

    /** @return a copy of the counts, {@code [actual][predicted]} */
    public long[][] counts() {
        long[][] out = new long[classCount][classCount];
        for (int a = 0; a < classCount; a++) {
            System.arraycopy(counts, a * classCount, out[a], 0, classCount);
        }
        return out;
    }

    /** @return the number of correct predictions: the sum of the diagonal */
    public long trace() {
        long t = 0;
        for (int c = 0; c < classCount; c++) {
            t += counts[c * classCount + c];
        }
        return t;
    }

    /**
     * Accuracy, the share of correct predictions, with its working:
     * {@code accuracy = correct / total = 43 / 45 = 0.956}.
     *
     * @return accuracy = correct / total = trace / n, in [0, 1]
     */
    public Ratio accuracy() {
        return Ratio.of("accuracy", "correct / total", trace(), total, ZeroDivision.ZERO);
    }

    /**
     * The one-vs-rest table of one class: TP is cell (c, c), FN the rest of row c, FP the rest of
     * column c, TN everything else. Its ratios use {@link ZeroDivision#ZERO}; see
     * {@link ClassCounts#withZeroDivision}.
     *
     * @param c a class index
     * @return the class's TP, FP, FN and TN
     */
    public ClassCounts classCounts(int c) {
        Check.index("c", c, classCount);
        long tp = counts[c * classCount + c];
        long fn = actualTotal(c) - tp;
        long fp = predictedTotal(c) - tp;
        return new ClassCounts(classNames.get(c), tp, fp, fn, total - tp - fp - fn, ZeroDivision.ZERO);
    }

    /**
     * The table of the positive class of a binary matrix, class 1 (as scikit-learn's
     * {@code pos_label=1}): {@code positive().recall()} is the recall of a binary classifier,
     * {@code positive().typeIErrors()} its false positives.
     *
     * @return {@code classCounts(1)}
     * @throws IllegalArgumentException if the matrix does not have exactly two classes
     */
    public ClassCounts positive() {
        Check.that(classCount == 2, () -> "classCount must be 2 for positive(), got " + classCount
                + "; use classCounts(c) for one class against the rest");
        return classCounts(1);
    }

    /**
     * @param average how to combine the classes
     * @return the averaged precision, recall, F-scores and rates, with {@link ZeroDivision#ZERO}
     */
    public AveragedMetrics average(Average average) {
        return average(average, ZeroDivision.ZERO);
    }

    /**
     * @param average how to combine the classes
     * @param zeroDivision what an undefined per-class or pooled ratio reports
     * @return the averaged precision, recall, F-scores and rates
     */
    public AveragedMetrics average(Average average, ZeroDivision zeroDivision) {
        return new AveragedMetrics(this, average, zeroDivision);
    }

    /**
     * Balanced accuracy: the mean recall over the classes that occur in the actual labels, so that
     * every class counts equally however rare (scikit-learn's {@code balanced_accuracy_score}; a class
     * that is only predicted, never actual, has no recall and is left out). For two classes it is
     * {@code (sensitivity + specificity) / 2}. Always defined.
     *
     * @return balanced accuracy = Σ recall over the classes present / their number
     */
    public Ratio balancedAccuracy() {
        double sum = 0;
        int present = 0;
        for (int c = 0; c < classCount; c++) {
            ClassCounts t = classCounts(c);
            if (t.support() > 0) {
                sum += t.recall().value();
                present++;
            }
        }
        return Ratio.of("balanced accuracy", "Σ recall of the classes present / their number", sum, present,
                ZeroDivision.ZERO);
    }

    /** @return {@link #matthewsCorrelation(ZeroDivision)} with {@link ZeroDivision#ZERO}, scikit-learn's value */
    public Ratio matthewsCorrelation() {
        return matthewsCorrelation(ZeroDivision.ZERO);
    }

    /**
     * The Matthews correlation coefficient generalised to k classes (Gorodkin's R_K), in [-1, 1]:
     * with n rows, c correct, a_j rows actually of class j and p_j predicted as j,
     * {@code MCC = (n·c - Σ a_j p_j) / sqrt((n² - Σ p_j²)(n² - Σ a_j²))}. For two classes it is the
     * binary {@code (TP·TN - FP·FN) / sqrt(...)}. Undefined when all actual or all predicted labels are
     * one class (scikit-learn then reports 0).
     *
     * @param zeroDivision what to report when undefined
     * @return MCC
     */
    public Ratio matthewsCorrelation(ZeroDivision zeroDivision) {
        double n = total;
        double sumAp = 0;
        double sumPp = 0;
        double sumAa = 0;
        for (int c = 0; c < classCount; c++) {
            double a = actualTotal(c);
            double p = predictedTotal(c);
            sumAp += a * p;
            sumPp += p * p;
            sumAa += a * a;
        }
        return Ratio.of("MCC", "(n·correct - Σ actual·predicted) / sqrt((n² - Σ predicted²)(n² - Σ actual²))",
                n * trace() - sumAp, Math.sqrt((n * n - sumPp) * (n * n - sumAa)), zeroDivision);
    }

    /** @return {@link #cohenKappa(ZeroDivision)} with {@link ZeroDivision#ZERO} */
    public Ratio cohenKappa() {
        return cohenKappa(ZeroDivision.ZERO);
    }

    /**
     * Cohen's kappa: agreement between actual and predicted corrected for the agreement expected by
     * chance from the two sets of class frequencies, {@code κ = (p_o - p_e) / (1 - p_e)} with
     * {@code p_o = correct / n} and {@code p_e = Σ a_j p_j / n²}; multiplied through by n², as shown in
     * the working. 1 is perfect agreement, 0 chance level. Undefined when {@code p_e = 1} (every
     * actual and predicted label is the same one class; scikit-learn then returns NaN).
     *
     * @param zeroDivision what to report when undefined
     * @return kappa
     */
    public Ratio cohenKappa(ZeroDivision zeroDivision) {
        double n = total;
        double sumAp = 0;
        for (int c = 0; c < classCount; c++) {
            sumAp += (double) actualTotal(c) * predictedTotal(c);
        }
        return Ratio.of("kappa", "(n·correct - Σ actual·predicted) / (n² - Σ actual·predicted)",
                n * trace() - sumAp, n * n - sumAp, zeroDivision);
    }

    /**
     * A per-class table like scikit-learn's {@code classification_report}: precision, recall,
     * specificity, F1 and support for each class, then accuracy and the macro and weighted averages,
     * three decimals, {@link ZeroDivision#ZERO}.
     *
     * @return the report, lines separated by {@code \n}
     */
    public String report() {
        return report(ZeroDivision.ZERO, 3);
    }

    /**
     * The per-class report with a chosen zero-division policy and number of decimals.
     *
     * @param zeroDivision what undefined ratios report
     * @param digits decimals, 1 to 10
     * @return the report, lines separated by {@code \n}
     */
    public String report(ZeroDivision zeroDivision, int digits) {
        Check.notNull("zeroDivision", zeroDivision);
        Check.atLeast("digits", digits, 1);
        Check.atMost("digits", digits, 10);
        return ClassificationReport.format(this, zeroDivision, digits);
    }

    /**
     * One line: the class names and the counts, row by row, e.g.
     * {@code ConfusionMatrix[negative, positive; 100 rows; actual by predicted [[15, 35], [40, 10]]]};
     * {@link #table()} lays them out as a table.
     *
     * @return the matrix on one line
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ConfusionMatrix[").append(String.join(", ", classNames)).append("; ")
                .append(total).append(total == 1 ? " row" : " rows").append("; actual by predicted [");
        for (int a = 0; a < classCount; a++) {
            sb.append(a == 0 ? "[" : ", [");
            for (int p = 0; p < classCount; p++) {
                sb.append(p == 0 ? "" : ", ").append(counts[a * classCount + p]);
            }
            sb.append(']');
        }
        return sb.append("]]").toString();
    }

    /**
     * Renders the matrix as a table: one line per actual class, one column per predicted class.
     *
     * @return the table, lines separated by {@code \n}
     */
    public String table() {
        String corner = "actual \\ predicted";
        int labelWidth = corner.length();
        int cellWidth = 1;
        for (String name : classNames) {
            labelWidth = Math.max(labelWidth, name.length());
            cellWidth = Math.max(cellWidth, name.length());
        }
        for (long c : counts) {
            cellWidth = Math.max(cellWidth, Long.toString(c).length());
        }
        String label = "%-" + labelWidth + "s";
        String cell = "%" + (cellWidth + 2) + "s";
        StringBuilder sb = new StringBuilder(String.format(label, corner));
        for (String name : classNames) {
            sb.append(String.format(cell, name));
        }
        sb.append('\n');
        for (int a = 0; a < classCount; a++) {
            sb.append(String.format(label, classNames.get(a)));
            for (int p = 0; p < classCount; p++) {
                sb.append(String.format(cell, counts[a * classCount + p]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private long actualTotal(int c) {
        long s = 0;
        for (int j = 0; j < classCount; j++) {
            s += counts[c * classCount + j];
        }
        return s;
    }

    private long predictedTotal(int c) {
        long s = 0;
        for (int j = 0; j < classCount; j++) {
            s += counts[j * classCount + c];
        }
        return s;
    }
}
