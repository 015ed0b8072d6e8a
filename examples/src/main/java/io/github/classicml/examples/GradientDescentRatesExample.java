package io.github.classicml.examples;

import io.github.classicml.algorithms.linear.GradientDescent;
import io.github.classicml.algorithms.linear.GradientDescentRegressor;
import io.github.classicml.algorithms.linear.GradientDescentRegressorModel;
import io.github.classicml.algorithms.linear.LearningRate;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Gradient descent's loss curves for three learning rates on least squares: one too small (slow), one
 * well chosen, one too large (divergence), and why the line between the last two sits at {@code 2 / L}.
 *
 * <p>Diabetes, all 442 rows, the ten columns standardised. The loss is the mean squared error over two,
 * {@code F(w, b) = (1/(2n)) ||y - X w - b||^2}; its curvature along the eigenvectors of {@code X'X / n}
 * is their eigenvalues, so a constant-rate batch step multiplies the error along each by
 * {@code 1 - eta lambda}: it shrinks for every direction when {@code eta < 2 / L} ({@code L} the largest
 * eigenvalue) and grows along the top one otherwise. The example computes {@code L}, runs batch descent
 * at {@code 0.1 / L}, {@code 1 / L} and {@code 2.2 / L} for up to 200 epochs, prints where each ended
 * against the closed-form minimum, and plots the three histories (log scale).
 */
public final class GradientDescentRatesExample implements Example {

    /** The three rates as multiples of {@code 1 / L}. */
    static final double[] RATE_TIMES_L = {0.1, 1.0, 2.2};
    /** Epochs per run. */
    static final int EPOCHS = 200;

    @Override
    public String name() {
        return "gradient-descent-rates";
    }

    @Override
    public String question() {
        return "What does the learning rate do to gradient descent, and when does it diverge?";
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset raw = Datasets.diabetes();
        Dataset data = StandardScaler.of().fit(raw).transform(raw);
        int n = data.rows();
        int p = data.columns();
        double largest = largestEigenvalue(data);
        double minimum = closedFormLoss(data);
        out.printf(Locale.ROOT, "diabetes: %d rows, %d standardised columns; loss = (1/2n) ||y - Xw - b||^2%n", n, p);
        out.printf(Locale.ROOT, "largest eigenvalue of X'X/n: L = %.4f, so batch steps are stable below 2/L = %.4f%n",
                largest, 2 / largest);
        out.printf(Locale.ROOT, "the closed form (least squares by QR) reaches the minimum loss %.4f%n", minimum);
        out.println();
        XYChart chart = new XYChartBuilder().width(720).height(520).title("Batch gradient descent on diabetes")
                .xAxisTitle("epoch").yAxisTitle("loss minus the minimum (log scale)").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        Report.Builder report = Report.builder().figure("largestEigenvalue", largest).figure("minimumLoss", minimum);
        String[] labels = {"small", "good", "large"};
        for (int r = 0; r < RATE_TIMES_L.length; r++) {
            double eta = RATE_TIMES_L[r] / largest;
            GradientDescentRegressorModel model = GradientDescentRegressor.of().withOptimiser(GradientDescent.of()
                    .withLearningRate(LearningRate.constant(eta)).withMaxEpochs(EPOCHS).withTolerance(0)).fit(data);
            double[] history = model.lossHistory();
            double last = history[history.length - 1];
            double[] epochs = new double[history.length];
            double[] excess = new double[history.length];
            for (int e = 0; e < history.length; e++) {
                epochs[e] = e;
                // floor at 1e-12 so the log axis can show a loss at the minimum
                excess[e] = Math.max(history[e] - minimum, 1e-12);
            }
            chart.addSeries(String.format(Locale.ROOT, "eta = %.1f / L = %.3f (%s)", RATE_TIMES_L[r], eta, model.status()),
                    epochs, excess);
            out.printf(Locale.ROOT, "eta = %.1f/L = %.4f: %s%n", RATE_TIMES_L[r], eta, model.statusReason());
            if (model.status() == GradientDescent.Status.DIVERGED) {
                out.printf(Locale.ROOT, "   the loss rose from %.1f to %.3g in %d epochs: each step overshoots the valley "
                        + "along the top eigenvector by a factor |1 - %.1f| = %.1f%n", history[0], last, model.epochs(),
                        RATE_TIMES_L[r], Math.abs(1 - RATE_TIMES_L[r]));
            } else {
                out.printf(Locale.ROOT, "   after %d epochs the loss is %.6f, %.2e above the minimum%n", model.epochs(), last,
                        last - minimum);
            }
            report.figure(labels[r] + "Rate", eta).figure(labels[r] + "FinalLoss", last)
                    .figure(labels[r] + "Epochs", model.epochs())
                    .figure(labels[r] + "Diverged", model.status() == GradientDescent.Status.DIVERGED ? 1 : 0);
        }
        out.println();
        out.println("Too small a rate crawls; near 1/L the fastest direction is solved in one step and the slowest");
        out.println("(smallest eigenvalue) sets the pace; above 2/L the top direction grows every step and the loss explodes.");
        return report.file(Plots.savePng(chart, context, "gradient-descent-rates-diabetes")).build();
    }

    /** The largest eigenvalue of {@code X'X / n} with centred columns (the intercept's direction is separate). */
    static double largestEigenvalue(Dataset data) {
        int n = data.rows();
        int p = data.columns();
        DMatrixRMaj gram = new DMatrixRMaj(p, p);
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += data.get(i, a) * data.get(i, b);
                }
                gram.set(a, b, s / n);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(p, false, true);
        if (!eig.decompose(gram)) {
            throw new IllegalStateException("the eigenvalues of X'X/n could not be computed");
        }
        double largest = 1.0; // the intercept's direction: its curvature is 1
        for (int k = 0; k < p; k++) {
            largest = Math.max(largest, eig.getEigenvalue(k).getReal());
        }
        return largest;
    }

    /** The least-squares loss {@code (1/2n) ||y - X w - b||^2} at the QR solution. */
    static double closedFormLoss(Dataset data) {
        int n = data.rows();
        int p = data.columns();
        DMatrixRMaj a = new DMatrixRMaj(n, p + 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                a.set(i, j, data.get(i, j));
            }
            a.set(i, p, 1);
        }
        DMatrixRMaj y = new DMatrixRMaj(n, 1, true, data.targets());
        DMatrixRMaj w = new DMatrixRMaj(p + 1, 1);
        if (!CommonOps_DDRM.solve(a.copy(), y.copy(), w)) {
            throw new IllegalStateException("the least-squares solution could not be computed");
        }
        double loss = 0;
        for (int i = 0; i < n; i++) {
            double r = data.target(i) - w.get(p);
            for (int j = 0; j < p; j++) {
                r -= w.get(j) * data.get(i, j);
            }
            loss += r * r;
        }
        return loss / (2 * n);
    }
}
