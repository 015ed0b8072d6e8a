package io.github.classicml.core.io;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The real datasets bundled with classicml, loaded from the classpath by name, so that examples and
 * tests work from a plain clone. Sources and licences are listed in the {@code README.md} beside the
 * files ({@code io/github/classicml/core/io/datasets/}).
 *
 * <p>Class labels are text in the files; they become class indices in sorted order (see
 * {@link CsvLoader}), e.g. breast cancer's {@code benign} = 0 and {@code malignant} = 1. Each call
 * reads the file again and returns a new dataset.
 */
public final class Datasets {

    private static final String ROOT = "/io/github/classicml/core/io/datasets/";

    /** The NIST StRD linear-regression sets bundled under {@code nist/}, each with target {@code y}. */
    public static final List<String> NIST_NAMES = List.of("norris", "pontius", "noint1", "longley", "wampler1");

    private Datasets() {
    }

    /** @return Fisher's iris: 150 rows, 4 measurements in cm, 3 species (setosa, versicolor, virginica) */
    public static Dataset iris() {
        return load("iris.csv", CsvLoader.classTarget("species"));
    }

    /**
     * @return wine: 178 rows, 13 chemical measurements on very different scales (proline is in the
     *     hundreds, hue near 1), 3 cultivars
     */
    public static Dataset wine() {
        return load("wine.csv", CsvLoader.classTarget("cultivar"));
    }

    /** @return Wisconsin diagnostic breast cancer: 569 rows, 30 features, benign (0) or malignant (1) */
    public static Dataset breastCancer() {
        return load("breast_cancer.csv", CsvLoader.classTarget("diagnosis"));
    }

    /** @return diabetes: 442 rows, 10 raw (unscaled) baseline variables, disease progression after a year */
    public static Dataset diabetes() {
        return load("diabetes.csv", CsvLoader.numericTarget("progression"));
    }

    /** @return Longley's macroeconomic data: 16 years, 6 highly collinear predictors, total employment */
    public static Dataset longley() {
        return load("longley.csv", CsvLoader.numericTarget("total_employment"));
    }

    /** @return yearly sunspot numbers 1700-2008: feature {@code year}, target {@code sunspot_activity} */
    public static Dataset sunspots() {
        return load("sunspots.csv", CsvLoader.numericTarget("sunspot_activity"));
    }

    /**
     * @return weekly Mauna Loa CO2, 1958-2001: feature {@code week_ending} as a decimal year, target
     *     {@code co2_ppm} in parts per million, NaN for the 59 missing weeks
     */
    public static Dataset co2Weekly() {
        return load("co2_weekly.csv",
                CsvLoader.numericTarget("co2_ppm").withDateColumns("week_ending").keepingMissing());
    }

    /**
     * Loads one of the NIST StRD linear-regression datasets; the certified coefficients are in
     * {@code nist/certified.json} beside it.
     *
     * @param name one of {@link #NIST_NAMES}
     * @return the design columns as features, {@code y} as the numeric target
     */
    public static Dataset nist(String name) {
        Check.notNull("name", name);
        Check.that(NIST_NAMES.contains(name), () -> "name must be one of " + NIST_NAMES + ", got \"" + name + "\"");
        return load("nist/" + name + ".csv", CsvLoader.numericTarget("y"));
    }

    private static Dataset load(String file, CsvLoader loader) {
        InputStream in = Datasets.class.getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IllegalStateException("bundled dataset " + file + " is missing from the classpath");
        }
        try {
            return loader.load(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled dataset " + file + " could not be read", e);
        }
    }
}
