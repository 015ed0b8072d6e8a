package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.internal.linalg.LpDistances;
import io.github.classicml.core.internal.linalg.Vectors;
import io.github.classicml.core.testing.RandomData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every search strategy, at every thread count, returns exactly the neighbours of a naive reference
 * written here from the documented rule: compute every reduced distance with the exact kernel, take all
 * rows nearer than the k-th smallest, fill up with the lowest-indexed rows that tie with it, list them
 * by distance with runs of tying distances by index.
 */
class NeighborSearchPropertyTest {

    private static final Distance[] DISTANCES = {
        Distance.EUCLIDEAN, Distance.MANHATTAN, Distance.CHEBYSHEV, Distance.minkowski(3), Distance.minkowski(1.5),
        Distance.COSINE,
    };

    static LongStream seeds() {
        return LongStream.range(0, 150);
    }

    /** Rows of one of four kinds: coarse integer grid (many exact ties), duplicates, offset decimals, Gaussian. */
    static double[][] rows(SplittableRandom rng, int n, int p, int kind) {
        double[][] x = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                switch (kind) {
                    case 0 -> x[i][j] = rng.nextInt(4);
                    case 1 -> x[i][j] = i > 0 && rng.nextInt(3) == 0 ? x[rng.nextInt(i)][j] : rng.nextInt(100) / 10.0;
                    case 2 -> x[i][j] = 1000 + rng.nextInt(50) / 10.0;
                    default -> x[i][j] = RandomData.gaussian(rng);
                }
            }
        }
        return x;
    }

    static double reduced(Distance distance, double[] a, double[] b) {
        int p = a.length;
        return switch (distance.kind()) {
            case EUCLIDEAN -> Vectors.squaredEuclidean(a, 0, b, 0, p);
            case MANHATTAN -> Vectors.manhattan(a, 0, b, 0, p);
            case CHEBYSHEV -> LpDistances.chebyshev(a, 0, b, 0, p);
            case MINKOWSKI -> LpDistances.minkowskiReduced(a, 0, b, 0, p, distance.p());
            case COSINE -> {
                double na = Math.sqrt(Vectors.dot(a, 0, a, 0, p));
                double nb = Math.sqrt(Vectors.dot(b, 0, b, 0, p));
                yield na == 0 || nb == 0 ? 1 : Math.min(2, Math.max(0, 1 - Vectors.dot(a, 0, b, 0, p) / (na * nb)));
            }
        };
    }

    static boolean nearer(double d, double e) {
        return d < e - KnnClassifier.TIE_TOLERANCE * e;
    }

    /** The naive reference: indices of the k neighbours of q, in the documented order. */
    static int[] naive(Distance distance, double[][] x, double[] q, int k) {
        int n = x.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = reduced(distance, q, x[i]);
        }
        double[] sorted = d.clone();
        Arrays.sort(sorted);
        double kth = sorted[k - 1];
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (nearer(d[i], kth)) {
                chosen.add(i);
            }
        }
        for (int i = 0; i < n && chosen.size() < k; i++) {
            if (!nearer(d[i], kth) && !nearer(kth, d[i])) {
                chosen.add(i);
            }
        }
        chosen.sort((a, b) -> d[a] != d[b] ? Double.compare(d[a], d[b]) : Integer.compare(a, b));
        // runs of consecutive tying distances are listed by index
        List<Integer> out = new ArrayList<>();
        int start = 0;
        for (int a = 1; a <= k; a++) {
            if (a == k || nearer(d[chosen.get(a - 1)], d[chosen.get(a)])) {
                List<Integer> run = new ArrayList<>(chosen.subList(start, a));
                run.sort(Integer::compare);
                out.addAll(run);
                start = a;
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void everyStrategyAndThreadCount_equalsNaiveReference(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(1, 300);
        int p = rng.nextInt(1, 7);
        int kind = rng.nextInt(4);
        double[][] x = rows(rng, n, p, kind);
        int k = rng.nextInt(1, Math.min(n, 40) + 1);
        Distance distance = DISTANCES[rng.nextInt(DISTANCES.length)];
        int leafSize = rng.nextInt(1, 12);
        Dataset train = Dataset.of(x).withClasses(RandomData.labels(rng, n, 3), List.of("a", "b", "c"));
        // queries: fresh rows of the same kind, plus copies of training rows (distance 0)
        double[][] q = rows(rng, 70, p, kind);
        for (int i = 0; i < 10; i++) {
            q[i] = x[rng.nextInt(n)].clone();
        }
        Dataset queries = Dataset.of(q);
        int[][] expected = new int[q.length][];
        for (int i = 0; i < q.length; i++) {
            expected[i] = naive(distance, x, q[i], k);
        }
        List<KnnClassifier> learners = new ArrayList<>();
        learners.add(KnnClassifier.of(k).withDistance(distance).withSearch(SearchStrategy.BRUTE_FORCE).withThreads(1));
        learners.add(KnnClassifier.of(k).withDistance(distance).withSearch(SearchStrategy.BRUTE_FORCE).withThreads(2));
        if (distance.isMinkowski()) {
            learners.add(KnnClassifier.of(k).withDistance(distance).withSearch(SearchStrategy.KD_TREE)
                    .withLeafSize(leafSize).withThreads(1));
            learners.add(KnnClassifier.of(k).withDistance(distance).withSearch(SearchStrategy.KD_TREE)
                    .withLeafSize(leafSize).withThreads(2));
        }
        for (KnnClassifier learner : learners) {
            KnnClassifierModel model = learner.fit(train);
            Neighbors batch = model.neighbors(queries);
            for (int i = 0; i < q.length; i++) {
                String where = learner.search() + " threads " + learner.threads() + " " + distance + " query " + i;
                assertArrayEquals(expected[i], batch.rows(i), where);
                assertArrayEquals(expected[i], model.neighbors(q[i]), where);
                double[] d = batch.distances(i);
                for (int j = 0; j < k; j++) {
                    assertEquals(distance.between(q[i], x[expected[i][j]]), d[j], 0.0, where + " rank " + j);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void euclideanBruteForce_largeOffsets_roundingNeverReordersNeighbours(long seed) {
        // far from the origin |x|^2 + |y|^2 - 2x.y loses most digits; the exact re-check must restore the order
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(20, 400);
        int p = rng.nextInt(1, 40);
        double[][] x = new double[n][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                row[j] = 1e6 + rng.nextInt(7) * 0.25 + 1e-7 * rng.nextInt(3);
            }
        }
        int k = rng.nextInt(1, Math.min(n, 20) + 1);
        KnnClassifierModel model = KnnClassifier.of(k).withSearch(SearchStrategy.BRUTE_FORCE)
                .fit(Dataset.of(x).withClasses(new int[n], List.of("only")));
        for (int t = 0; t < 5; t++) {
            double[] q = x[rng.nextInt(n)].clone();
            q[rng.nextInt(p)] += 0.125;
            assertArrayEquals(naive(Distance.EUCLIDEAN, x, q, k), model.neighbors(q), "query " + t);
        }
    }

    @Test
    void kdTree_allRowsIdentical_returnsLowestIndices() {
        double[][] x = new double[200][3];
        for (double[] row : x) {
            Arrays.fill(row, 2.5);
        }
        KnnClassifierModel model = KnnClassifier.of(7).withSearch(SearchStrategy.KD_TREE).withLeafSize(4)
                .fit(Dataset.of(x).withClasses(new int[200], List.of("only")));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, model.neighbors(new double[] {0, 0, 0}));
    }

    @Test
    void auto_followsScikitLearnRule() {
        assertEquals(SearchStrategy.KD_TREE, SearchStrategy.AUTO.resolve(1000, 15, 5, Distance.EUCLIDEAN));
        assertEquals(SearchStrategy.BRUTE_FORCE, SearchStrategy.AUTO.resolve(1000, 16, 5, Distance.EUCLIDEAN));
        assertEquals(SearchStrategy.BRUTE_FORCE, SearchStrategy.AUTO.resolve(10, 2, 5, Distance.EUCLIDEAN));
        assertEquals(SearchStrategy.KD_TREE, SearchStrategy.AUTO.resolve(12, 2, 5, Distance.CHEBYSHEV));
        assertEquals(SearchStrategy.BRUTE_FORCE, SearchStrategy.AUTO.resolve(1000, 2, 5, Distance.COSINE));
        assertEquals(SearchStrategy.KD_TREE, SearchStrategy.KD_TREE.resolve(10, 50, 9, Distance.EUCLIDEAN));
    }
}
