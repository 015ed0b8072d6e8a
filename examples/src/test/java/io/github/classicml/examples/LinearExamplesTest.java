package io.github.classicml.examples;

import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The logistic-evaluation and gradient-descent examples' key figures against hand arithmetic and the lessons' invariants. */
class LinearExamplesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void logisticEvaluation_devianceIsTwiceNTimesLogLoss_andALowerThresholdTradesFalseAlarmsForRecall() throws Exception {
        Report r = new LogisticRegressionEvaluationExample().run(new ExampleContext(out, dir, true));
        // 30 % of 569 rows, stratified: 171 test rows
        assertEquals(171, r.figure("testRows"));
        assertEquals(2 * 171 * r.figure("logLoss"), r.figure("deviance"), 1e-9);
        // the null model's log loss is the entropy of the test share under the training share
        assertTrue(r.figure("deviance") < r.figure("nullDeviance") / 4, printed());
        // a standardised L2 logistic regression separates breast cancer well: AUC near 0.99
        assertTrue(r.figure("auc") > 0.98, "auc " + r.figure("auc"));
        assertTrue(r.figure("logLoss") < Math.log(2) / 4, "log loss " + r.figure("logLoss"));
        // lowering the threshold can only call more rows malignant: recall and false positives never fall
        assertTrue(r.figure("recallAtLow") >= r.figure("recallAtHalf"));
        assertTrue(r.figure("falsePositivesAtLow") >= r.figure("falsePositivesAtHalf"));
        // the calibration table covers every test row; stratified, the test part holds 64 of the 212 malignant
        // rows (0.3 x 212 = 63.6, rounded)
        assertEquals(171, r.figure("calibrationRows"));
        assertEquals(64.0 / 171, r.figure("testShareMalignant"), 1e-15);
        assertTrue(printed().contains("deviance = -2 log L = 2 n x log loss = 2 x 171 x "), printed());
        assertEquals(1, r.files().size());
        Pictures.assertValidAndNotBlank(r.files().get(0));
    }

    @Test
    void gradientDescentRates_divergeExactlyAboveTwoOverL_andTheGoodRateReachesTheClosedForm() throws Exception {
        Report r = new GradientDescentRatesExample().run(new ExampleContext(out, dir, true));
        Dataset raw = Datasets.diabetes();
        Dataset data = StandardScaler.of().fit(raw).transform(raw);
        // L by power iteration on X'X/n, independently of the example's eigen-decomposition
        int p = data.columns();
        double[] v = new double[p];
        java.util.Arrays.fill(v, 1);
        double lambda = 0;
        for (int it = 0; it < 2000; it++) {
            double[] xv = new double[data.rows()];
            for (int i = 0; i < data.rows(); i++) {
                for (int j = 0; j < p; j++) {
                    xv[i] += data.get(i, j) * v[j];
                }
            }
            double[] next = new double[p];
            for (int i = 0; i < data.rows(); i++) {
                for (int j = 0; j < p; j++) {
                    next[j] += data.get(i, j) * xv[i] / data.rows();
                }
            }
            double norm = 0;
            for (double e : next) {
                norm += e * e;
            }
            norm = Math.sqrt(norm);
            lambda = norm;
            for (int j = 0; j < p; j++) {
                v[j] = next[j] / norm;
            }
        }
        assertEquals(lambda, r.figure("largestEigenvalue"), 1e-9);
        // the minimum loss of least squares, by EJML's solver on [X, 1]
        DMatrixRMaj a = new DMatrixRMaj(data.rows(), p + 1);
        for (int i = 0; i < data.rows(); i++) {
            for (int j = 0; j < p; j++) {
                a.set(i, j, data.get(i, j));
            }
            a.set(i, p, 1);
        }
        DMatrixRMaj w = new DMatrixRMaj(p + 1, 1);
        assertTrue(CommonOps_DDRM.solve(a, new DMatrixRMaj(data.rows(), 1, true, data.targets()), w));
        double loss = 0;
        for (int i = 0; i < data.rows(); i++) {
            double res = data.target(i) - w.get(p);
            for (int j = 0; j < p; j++) {
                res -= w.get(j) * data.get(i, j);
            }
            loss += res * res / (2 * data.rows());
        }
        assertEquals(loss, r.figure("minimumLoss"), 1e-9 * loss);
        assertEquals(0, r.figure("smallDiverged"));
        assertEquals(0, r.figure("goodDiverged"));
        assertEquals(1, r.figure("largeDiverged"), printed());
        // the good rate is within 1 % of the minimum after 200 epochs; the small one is further away
        assertTrue(r.figure("goodFinalLoss") < 1.01 * loss, printed());
        assertTrue(r.figure("smallFinalLoss") > r.figure("goodFinalLoss"));
        assertTrue(printed().contains("so batch steps are stable below 2/L = "), printed());
        assertEquals(1, r.files().size());
        Pictures.assertValidAndNotBlank(r.files().get(0));
    }
}
