package io.github.classicml.algorithms.cluster;

import io.github.classicml.algorithms.ReferenceCsv;
import io.github.classicml.algorithms.preprocessing.StandardScaler;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * k-means against scikit-learn 1.2.1 ({@code src/test/resources/reference/cluster/kmeans_reference.py},
 * README beside it).
 */
class KMeansReferenceTest {

    private static final String DIR = "/reference/cluster/";

    static Dataset dataset(String name) {
        return switch (name) {
            case "iris" -> Datasets.iris().withoutTargets();
            case "wine" -> Datasets.wine().withoutTargets();
            default -> StandardScaler.of().fit(Datasets.wine()).transform(Datasets.wine().withoutTargets());
        };
    }

    /**
     * From the same initial centres, both algorithms give scikit-learn's Lloyd run: the same labels, the
     * same number of iterations, the same centres and inertia up to rounding. The cases include a
     * centre that no row chooses (empty cluster) and an iteration limit of 2.
     */
    @Test
    void fitFrom_equalsScikitLearnLloyd() {
        List<String[]> lines = ReferenceCsv.read(DIR + "kmeans_from_centres.csv");
        int checked = 0;
        for (String[] line : lines.subList(1, lines.size())) {
            Dataset data = dataset(line[0]);
            int k = Integer.parseInt(line[2]);
            double[] init = ReferenceCsv.doubles(line[7]);
            double[][] centres = new double[k][];
            for (int c = 0; c < k; c++) {
                centres[c] = java.util.Arrays.copyOfRange(init, c * data.columns(), (c + 1) * data.columns());
            }
            double[] expectedCentres = ReferenceCsv.doubles(line[8]);
            for (KMeans.Algorithm algorithm : KMeans.Algorithm.values()) {
                KMeansModel m = KMeans.of(k).withAlgorithm(algorithm).withTolerance(Double.parseDouble(line[3]))
                        .withMaxIterations(Integer.parseInt(line[4])).fitFrom(data, centres);
                String where = line[0] + " " + line[1] + " tol " + line[3] + " max " + line[4] + " " + algorithm;
                assertArrayEquals(ReferenceCsv.ints(line[9]), m.labels(), where);
                assertEquals(Integer.parseInt(line[5]), m.iterations(), where);
                double inertia = Double.parseDouble(line[6]);
                assertEquals(inertia, m.inertia(), 1e-12 * inertia, where);
                double[][] got = m.centres();
                for (int c = 0; c < k; c++) {
                    for (int j = 0; j < data.columns(); j++) {
                        double e = expectedCentres[c * data.columns() + j];
                        assertEquals(e, got[c][j], 1e-12 * Math.max(1, Math.abs(e)), where + " centre " + c);
                    }
                }
            }
            checked++;
        }
        assertEquals(36, checked);
    }

    /** k = 3, 10 restarts: exactly scikit-learn's best inertia over 20 seeds of its own 10 restarts. */
    @Test
    void fit_iris_wine_reachScikitLearnBestInertia() {
        for (String[] line : ReferenceCsv.read(DIR + "kmeans_best.csv")) {
            double best = Double.parseDouble(line[2]);
            for (long seed = 0; seed < 3; seed++) {
                double inertia = KMeans.of(3).withSeed(seed).fit(dataset(line[0])).inertia();
                assertEquals(best, inertia, 1e-12 * best, line[0] + " seed " + seed);
            }
        }
    }
}
