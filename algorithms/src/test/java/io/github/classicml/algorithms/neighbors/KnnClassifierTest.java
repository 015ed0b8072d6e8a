package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.io.Datasets;
import io.github.classicml.core.testing.ProbabilisticClassifierContract;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KnnClassifierTest implements ProbabilisticClassifierContract<KnnClassifierModel> {

    @Override
    public Learner<KnnClassifierModel> learner() {
        return KnnClassifier.of(3);
    }

    @Override
    public int minimumRows() {
        return 3;
    }

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    // ------------------------------------------------------------------ hand-worked

    @Test
    void predict_handWorked_majorityOfThreeNearest() {
        // 1-D points: class 0 at 0, 1, 2; class 1 at 10, 11
        Dataset data = Dataset.of(new double[][] {{0}, {1}, {2}, {10}, {11}})
                .withClasses(new int[] {0, 0, 0, 1, 1}, List.of("low", "high"));
        KnnClassifierModel model = KnnClassifier.of(3).fit(data);
        // from 9: distances 9, 8, 7, 1, 2 -> nearest rows 3, 4, 2 -> votes high 2, low 1
        assertArrayEquals(new int[] {3, 4, 2}, model.neighbors(new double[] {9}));
        assertEquals(1, model.predict(new double[] {9}));
        assertEquals("high", model.predictLabel(new double[] {9}));
        assertArrayEquals(new double[] {1 / 3.0, 2 / 3.0}, model.predictProbabilities(new double[] {9}));
        // from 5: distances 5, 4, 3, 5, 6 -> rows 2, 1, then 0 (distance 5, lower index than row 3)
        assertArrayEquals(new int[] {2, 1, 0}, model.neighbors(new double[] {5}));
        assertEquals(0, model.predict(new double[] {5}));
    }

    @Test
    void predict_tiedVotes_lowestClassIndexWins() {
        Dataset data = Dataset.of(new double[][] {{0}, {2}}).withClasses(new int[] {1, 0}, List.of("a", "b"));
        KnnClassifierModel model = KnnClassifier.of(2).fit(data);
        // one vote each: class 0 ("a") wins although its row is farther
        assertEquals(0, model.predict(new double[] {0.1}));
    }

    @Test
    void nearer_distancesWithinRoundingNoise_areTies() {
        // 0.31 computed two ways differs in the last bit; such distances tie and the lower index wins
        assertEquals(false, Candidates.nearer(Math.nextDown(0.31), 0.31));
        assertEquals(false, Candidates.nearer(0.31, 0.31));
        assertEquals(true, Candidates.nearer(0.30, 0.31));
        assertEquals(false, Candidates.nearer(0.0, 0.0));
        assertEquals(true, Candidates.nearer(0.0, 1e-300));
    }

    @Test
    void fit_kLargerThanRows_throws() {
        Dataset data = Dataset.of(new double[][] {{0}, {1}}).withClasses(new int[] {0, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KnnClassifier.of(5).fit(data));
        assertEquals("k must be <= the number of rows (2), got 5", e.getMessage());
        assertEquals("k must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> KnnClassifier.of(0)).getMessage());
    }

    // ------------------------------------------------------------------ reference

    /**
     * scikit-learn 1.2.1 {@code KNeighborsClassifier(n_neighbors=5, algorithm="brute")} on the split
     * recorded in {@code reference/neighbors/knn_iris.csv} (script and version beside it): its test
     * accuracy was 0.9778 (44 of 45).
     */
    @Test
    void predict_iris_equalsScikitLearn() throws IOException {
        Dataset iris = Datasets.iris();
        List<String[]> lines = readReference("/reference/neighbors/knn_iris.csv");
        int[] train = Arrays.stream(lines.get(1)).skip(1).mapToInt(Integer::parseInt).toArray();
        KnnClassifierModel model = KnnClassifier.of(5).fit(iris.select(train));
        int rows = 0;
        for (String[] line : lines.subList(3, lines.size())) {
            int row = Integer.parseInt(line[0]);
            double[] x = iris.row(row);
            assertEquals(Integer.parseInt(line[1]), model.predict(x), "iris row " + row);
            double[] expected = {Double.parseDouble(line[2]), Double.parseDouble(line[3]), Double.parseDouble(line[4])};
            assertArrayEquals(expected, model.predictProbabilities(x), 1e-15, "iris row " + row);
            rows++;
        }
        assertEquals(45, rows);
    }

    private static List<String[]> readReference(String resource) throws IOException {
        InputStream in = KnnClassifierTest.class.getResourceAsStream(resource);
        assertNotNull(in, resource);
        List<String[]> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                out.add(line.split(","));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ properties

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void neighbors_equalNaiveSortByDistanceThenIndex(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(5, 60);
        int k = rng.nextInt(1, n + 1);
        // coarse integer grid, so that equal distances are frequent
        double[][] x = new double[n][2];
        for (double[] row : x) {
            row[0] = rng.nextInt(5);
            row[1] = rng.nextInt(5);
        }
        Dataset data = Dataset.of(x).withClasses(RandomData.labels(rng, n, 3), List.of("a", "b", "c"));
        KnnClassifierModel model = KnnClassifier.of(k).fit(data);
        double[] q = {rng.nextInt(5), rng.nextInt(5)};
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            double da = (x[a][0] - q[0]) * (x[a][0] - q[0]) + (x[a][1] - q[1]) * (x[a][1] - q[1]);
            double db = (x[b][0] - q[0]) * (x[b][0] - q[0]) + (x[b][1] - q[1]) * (x[b][1] - q[1]);
            return da != db ? Double.compare(da, db) : Integer.compare(a, b);
        });
        int[] expected = new int[k];
        for (int i = 0; i < k; i++) {
            expected[i] = order[i];
        }
        assertArrayEquals(expected, model.neighbors(q));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void probabilities_areVoteSharesSummingToOne(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset data = RandomData.blobs(rng, 50, 4, 4, 2.0);
        KnnClassifierModel model = KnnClassifier.of(rng.nextInt(1, 11)).fit(data);
        double[] p = model.predictProbabilities(RandomData.unlabeled(rng, 1, 4).row(0));
        double sum = 0;
        for (double v : p) {
            sum += v;
            assertEquals(0.0, Math.IEEEremainder(v * model.k(), 1.0), 1e-12);
        }
        assertEquals(1.0, sum, 1e-12);
    }
}
