package io.github.classicml.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preprocessing examples' key figures against scipy 1.10.1, pandas 1.5.3 and scikit-learn 1.2.1,
 * from {@code algorithms/src/test/resources/reference/preprocessing/examples_reference.py}.
 */
class PreprocessingExamplesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void missingValuesCo2_scoresEachMethod_asPandasAndScikitLearn() throws Exception {
        Report r = new MissingValuesCo2Example().run(new ExampleContext(out, dir, true));
        // every tenth week away from the gaps hidden: 210 weeks; dropna leaves 2015 rows
        assertEquals(210, r.figure("hiddenWeeks"));
        assertEquals(2015, r.figure("rowsAfterDrop"));
        // SimpleImputer(mean): 16.75650...; interpolate(method="index"): 0.31952...; KNNImputer(n_neighbors=4): 0.34729...
        assertEquals(16.756505457731794, r.figure("rmseMean"), 1e-9);
        assertEquals(0.31952835390847356, r.figure("rmseInterpolation"), 1e-9);
        assertEquals(0.34729824564568823, r.figure("rmseKnn"), 1e-9);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("The mean is 52 times worse than linear interpolation"), printed);
        Pictures.assertValidAndNotBlank(r.files().get(0));
    }

    @Test
    void boxCox_lambdaAndInterval_asScipy() throws Exception {
        Report r = new BoxCoxExample().run(new ExampleContext(out, dir, true));
        // scipy.stats.boxcox(worst_area, alpha=0.05): lambda -0.33145..., interval (-0.46556..., -0.19779...)
        assertEquals(-0.3314506601595897, r.figure("lambda"), 1e-6);
        assertEquals(-0.4655551392385049, r.figure("intervalLower"), 1e-6);
        assertEquals(-0.19778648015609346, r.figure("intervalUpper"), 1e-6);
        // scipy.stats.skew before and after
        assertEquals(1.8544679916096252, r.figure("skewnessBefore"), 1e-12);
        assertEquals(0.026518696940145813, r.figure("skewnessAfter"), 1e-6);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("log (lambda 0) is outside the interval"), printed);
        Pictures.assertValidAndNotBlank(r.files().get(0));
    }

    @Test
    void pcaWine_explainedVariance_asScikitLearn() throws Exception {
        Report r = new PcaWineExample().run(new ExampleContext(out, dir, true));
        // PCA().fit(StandardScaler().fit_transform(wine)).explained_variance_ratio_[:2]
        assertEquals(0.3619884809992634, r.figure("ratio1"), 1e-12);
        assertEquals(0.1920749025700899, r.figure("ratio2"), 1e-12);
        // cumulative: 0.362, 0.554, 0.665, 0.736, 0.802, 0.851, 0.893, 0.920, 0.942, 0.961 -> 10 for 95 %
        assertEquals(10, r.figure("componentsFor95"));
        // the first row on the first two axes, scikit-learn's signs (svd_flip)
        assertEquals(3.316750812214779, r.figure("firstRowPc1"), 1e-10);
        assertEquals(-1.443462634318007, r.figure("firstRowPc2"), 1e-10);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("8 of 13 components keep 90 % of the variance, 10 keep 95 %."));
        Pictures.assertValidAndNotBlank(r.files().get(0));
    }
}
