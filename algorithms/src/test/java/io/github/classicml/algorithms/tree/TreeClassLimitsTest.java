package io.github.classicml.algorithms.tree;

import io.github.classicml.algorithms.ensemble.RandomForestClassifier;
import io.github.classicml.core.Dataset;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Class indices far beyond the classes the rows have: a tree grows on the present classes only and
 * widens its counts to every index at the end, within a bounded table (it used to hold a row of
 * 2^20 counts per node while growing, and ran out of memory).
 */
class TreeClassLimitsTest {

    private static final int LAST = (1 << 20) - 1;

    private static List<String> names() {
        List<String> names = new ArrayList<>(LAST + 1);
        for (int c = 0; c <= LAST; c++) {
            names.add("c" + c);
        }
        return names;
    }

    /** {@code rows} rows of one feature, classes 0 and 2^20 - 1 at random (noise: a large tree). */
    private static Dataset noisy(int rows) {
        SplittableRandom rng = new SplittableRandom(1);
        double[][] x = new double[rows][1];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            x[i][0] = i;
            y[i] = rng.nextBoolean() ? 0 : LAST;
        }
        return Dataset.of(x).withClasses(y, names());
    }

    @Test
    void manyNodesTimesManyClassIndices_refusedWithTheLimit() {
        Dataset data = noisy(4000);
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(IllegalArgumentException.class, () -> DecisionTreeClassifier.of().fit(data)));
        String message = e.getMessage();
        assertEquals("the tree's class counts must have at most 134217728 entries, got ", message.substring(0,
                message.indexOf("got ") + 4));
        assertEquals(" nodes x 1048576 classes = ", message.substring(message.indexOf(" nodes"),
                message.indexOf("= ") + 2));
        IllegalArgumentException forest = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                IllegalArgumentException.class, () -> RandomForestClassifier.of().withTrees(2).fit(data)));
        assertEquals(e.getMessage().substring(0, 64), forest.getMessage().substring(0, 64));
    }

    @Test
    void smallTreeOverManyClassIndices_growsOnThePresentClasses() {
        double[][] x = {{0}, {1}, {2}, {3}};
        Dataset data = Dataset.of(x).withClasses(new int[] {0, 0, LAST, LAST}, names());
        DecisionTreeClassifierModel m = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> DecisionTreeClassifier.of().fit(data));
        assertEquals(3, m.nodeCount());
        assertArrayEquals(new int[] {0, 0, LAST, LAST}, m.predict(x));
        double[] p = m.predictProbabilities(x[3]);
        assertEquals(LAST + 1, p.length);
        assertEquals(1.0, p[LAST], 0.0);
        double[] root = m.nodeValue(0);
        assertEquals(2.0, root[0], 0.0);
        assertEquals(2.0, root[LAST], 0.0);
        assertEquals(0.5, m.impurity(0), 0.0);
    }

    @Test
    void absentClass_sameTreeAsBefore_threeClassNamesTwoPresent() {
        // the present classes are renumbered in order and the general scans kept: the counts of the
        // absent class were zeros, which change no sum, so the tree is the one grown with them
        SplittableRandom rng = new SplittableRandom(7);
        double[][] x = new double[50][2];
        int[] y = new int[50];
        for (int i = 0; i < 50; i++) {
            x[i][0] = rng.nextDouble();
            x[i][1] = rng.nextDouble();
            y[i] = x[i][0] + 0.3 * rng.nextDouble() > 0.6 ? 2 : 0;
        }
        DecisionTreeClassifierModel three = DecisionTreeClassifier.of()
                .fit(Dataset.of(x).withClasses(y, List.of("a", "b", "c")));
        int[] compact = y.clone();
        for (int i = 0; i < compact.length; i++) {
            compact[i] = compact[i] == 2 ? 1 : 0;
        }
        DecisionTreeClassifierModel two = DecisionTreeClassifier.of()
                .fit(Dataset.of(x).withClasses(compact, List.of("a", "c")));
        assertEquals(two.nodeCount(), three.nodeCount());
        for (int node = 0; node < two.nodeCount(); node++) {
            assertEquals(two.threshold(node), three.threshold(node), 0.0);
            double[] v = three.nodeValue(node);
            assertArrayEquals(two.nodeValue(node), new double[] {v[0], v[2]}, 0.0);
            assertEquals(0.0, v[1], 0.0);
        }
    }
}
