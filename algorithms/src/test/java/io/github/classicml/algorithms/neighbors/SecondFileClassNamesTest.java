package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.CsvFormatException;
import io.github.classicml.core.io.CsvLoader;
import io.github.classicml.metrics.ConfusionMatrix;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * End to end: a model fitted on one file judged on a second file that lacks one of its classes. Read
 * on its own the second file numbers its classes 0 and 1, so predicted and actual indices would mean
 * different species; read with the model's class names they mean the same.
 */
class SecondFileClassNamesTest {

    /** Three well-separated species along one feature: setosa near 1, versicolor near 5, virginica near 9. */
    private static final String TRAIN = "length,species\n1.0,setosa\n1.2,setosa\n5.0,versicolor\n5.2,versicolor\n"
            + "9.0,virginica\n9.2,virginica\n";
    /** No setosa: two versicolor and one virginica. */
    private static final String TEST = "length,species\n5.1,versicolor\n8.9,virginica\n4.9,versicolor\n";

    @Test
    void predict_testFileLacksAClass_indicesMeanTheTrainingClasses() throws IOException {
        CsvLoader loader = CsvLoader.classTarget("species");
        KnnClassifierModel model = KnnClassifier.of(1).fit(loader.load(new StringReader(TRAIN), "train.csv"));
        assertEquals(List.of("setosa", "versicolor", "virginica"), model.classNames());

        Dataset test = loader.withClassNames(model.classNames()).load(new StringReader(TEST), "test.csv");
        assertEquals(model.classNames(), test.classNames());
        // versicolor is class 1 and virginica class 2 in both the model and the test file
        assertArrayEquals(new int[] {1, 2, 1}, test.classes());
        assertArrayEquals(new int[] {1, 2, 1}, model.predict(test));
        assertArrayEquals(new String[] {"versicolor", "virginica", "versicolor"}, model.predictLabels(test));
        assertEquals(1.0, ConfusionMatrix.of(test.classes(), model.predict(test), model.classNames()).accuracy()
                .value());

        // the same file read on its own: versicolor 0, virginica 1, so the indices disagree with the model's
        Dataset alone = loader.load(new StringReader(TEST), "test.csv");
        assertArrayEquals(new int[] {0, 1, 0}, alone.classes());
        assertEquals(test, alone.withClassNames(model.classNames()));
    }

    @Test
    void load_unknownLabel_namesLabelLineAndKnownClasses() throws IOException {
        CsvLoader loader = CsvLoader.classTarget("species");
        KnnClassifierModel model = KnnClassifier.of(1).fit(loader.load(new StringReader(TRAIN), "train.csv"));
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> loader
                .withClassNames(model.classNames()).load(new StringReader(TEST + "3.0,rosa\n"), "test.csv"));
        assertEquals("test.csv line 5, column species must hold one of the known classes [setosa, versicolor,"
                + " virginica], got \"rosa\"", e.getMessage());
    }
}
