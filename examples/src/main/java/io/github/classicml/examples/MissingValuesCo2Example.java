package io.github.classicml.examples;

import io.github.classicml.algorithms.preprocessing.KnnImputer;
import io.github.classicml.algorithms.preprocessing.MissingValues;
import io.github.classicml.algorithms.preprocessing.SimpleImputer;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Missing values in the weekly Mauna Loa CO2 series: dropping rows, mean imputation, linear
 * interpolation in time and the k-nearest-neighbour imputer, judged on known values hidden on purpose.
 *
 * <p>The series has 59 missing weeks of its own. Every tenth known week (among those whose three weeks
 * on either side are known) is hidden as well, its true value kept aside; each method then fills the gaps, and its error on the hidden weeks is measured.
 * Dropping rows leaves nothing to compare: it only shrinks the data. The column mean ignores the
 * upward trend and the seasonal cycle; interpolation and the kNN imputer (whose only other column is
 * the time, so its neighbours are the nearest observed weeks) follow the curve.
 */
public final class MissingValuesCo2Example implements Example {

    @Override
    public String name() {
        return "missing-values-co2";
    }

    @Override
    public String question() {
        return "How do you handle missing data: drop, fill with the mean, interpolate, or use neighbours?";
    }

    /**
     * @return the positions of the hidden weeks: of the weeks whose three weeks before and after are all
     *     known, every tenth (the 5th, 15th, ...), so that no hidden week sits in a gap and its nearest
     *     known weeks are never tied at the kNN imputer's cut-off
     */
    static int[] hiddenRows(double[] co2) {
        List<Integer> hidden = new ArrayList<>();
        int eligible = 0;
        for (int i = 3; i < co2.length - 3; i++) {
            boolean surrounded = true;
            for (int d = -3; d <= 3; d++) {
                surrounded &= !Double.isNaN(co2[i + d]);
            }
            if (surrounded && eligible++ % 10 == 5) {
                hidden.add(i);
            }
        }
        return hidden.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public Report run(ExampleContext context) {
        PrintStream out = context.out();
        Dataset weekly = Datasets.co2Weekly();
        double[] time = weekly.column(0);
        double[] co2 = weekly.targets();
        int missing = 0;
        for (double v : co2) {
            missing += Double.isNaN(v) ? 1 : 0;
        }
        int[] hidden = hiddenRows(co2);
        double[] gappy = co2.clone();
        for (int i : hidden) {
            gappy[i] = Double.NaN;
        }
        double[][] rows = new double[time.length][];
        for (int i = 0; i < time.length; i++) {
            rows[i] = new double[] {time[i], gappy[i]};
        }
        Dataset table = Dataset.of(rows).withColumnNames(List.of("week_ending", "co2_ppm"));

        Dataset complete = MissingValues.dropRows(table);
        double[] byMean = SimpleImputer.of().fit(table).transform(table).column(1);
        double[] byInterpolation = MissingValues.interpolateLinear(time, gappy);
        double[] byKnn = KnnImputer.of().withNeighbours(4).fit(table).transform(table).column(1);

        double rmseMean = rmse(co2, byMean, hidden);
        double rmseInterpolation = rmse(co2, byInterpolation, hidden);
        double rmseKnn = rmse(co2, byKnn, hidden);
        out.printf("weekly CO2 at Mauna Loa, %.0f-%.0f: %d weeks, %d missing in the record.%n", Math.floor(time[0]),
                Math.floor(time[time.length - 1]), time.length, missing);
        out.printf("Every tenth known week away from the gaps is hidden too (%d weeks), to score each method on true values.%n",
                hidden.length);
        out.printf("drop rows:              %d of %d weeks left; nothing is estimated, and the weekly spacing is broken%n",
                complete.rows(), table.rows());
        out.printf("mean imputation:        RMSE %6.2f ppm on the hidden weeks (one value, %.1f ppm, for 1958 and 2001)%n",
                rmseMean, byMean[hidden[0]]);
        out.printf("linear interpolation:   RMSE %6.2f ppm%n", rmseInterpolation);
        out.printf("kNN imputer (k = 4):    RMSE %6.2f ppm%n", rmseKnn);
        String best = rmseInterpolation <= rmseKnn ? "linear interpolation" : "the kNN imputer";
        out.printf("The mean is %.0f times worse than %s: it ignores the trend that a time series carries.%n",
                rmseMean / Math.min(rmseInterpolation, rmseKnn), best);

        // a three-year window of the series with the hidden weeks and their estimates
        List<Double> wt = new ArrayList<>();
        List<Double> wv = new ArrayList<>();
        List<Double> ht = new ArrayList<>();
        List<Double> hv = new ArrayList<>();
        List<Double> iv = new ArrayList<>();
        List<Double> kv = new ArrayList<>();
        for (int i = 0; i < time.length; i++) {
            if (time[i] >= 1990 && time[i] < 1993 && !Double.isNaN(gappy[i])) {
                wt.add(time[i]);
                wv.add(gappy[i]);
            }
        }
        for (int i : hidden) {
            if (time[i] >= 1990 && time[i] < 1993) {
                ht.add(time[i]);
                hv.add(co2[i]);
                iv.add(byInterpolation[i]);
                kv.add(byKnn[i]);
            }
        }
        XYChart chart = new XYChartBuilder().width(720).height(420)
                .title("Weekly CO2, 1990-1992: hidden weeks and their estimates").xAxisTitle("year")
                .yAxisTitle("CO2 (ppm)").build();
        chart.addSeries("observed", wt, wv).setMarker(SeriesMarkers.NONE);
        chart.addSeries("hidden (true)", ht, hv).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.addSeries("interpolated", ht, iv).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.addSeries("kNN imputed", ht, kv).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        return Report.builder()
                .figure("hiddenWeeks", hidden.length)
                .figure("rowsAfterDrop", complete.rows())
                .figure("rmseMean", rmseMean)
                .figure("rmseInterpolation", rmseInterpolation)
                .figure("rmseKnn", rmseKnn)
                .file(Plots.savePng(chart, context, "missing-values-co2"))
                .build();
    }

    private static double rmse(double[] truth, double[] estimate, int[] rows) {
        double s = 0;
        for (int i : rows) {
            s += (truth[i] - estimate[i]) * (truth[i] - estimate[i]);
        }
        return Math.sqrt(s / rows.length);
    }
}
