package io.github.classicml.examples.cli;

import io.github.classicml.algorithms.ModelFiles;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Clusterer;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.ProbabilisticClassifier;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry: every entry builds its learner from its defaults and from each parameter set to a
 * value other than its default (read back through the learner's own accessor), refuses values outside
 * each parameter's rule with the command line's message, and fits a model of its declared kind.
 */
class LearnerRegistryTest {

    static Stream<LearnerEntry<?>> entries() {
        return LearnerRegistry.ENTRIES.stream();
    }

    @Test
    void names_areDistinctKebabCase_andCoverTheLearnersTheIssueNames() {
        Set<String> names = new HashSet<>();
        for (LearnerEntry<?> e : LearnerRegistry.ENTRIES) {
            assertTrue(e.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), e.name());
            assertTrue(names.add(e.name()), "duplicate " + e.name());
            for (Param<?> p : e.params()) {
                assertTrue(p.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), e.name() + " " + p.name());
            }
        }
        for (String required : List.of("knn", "kmeans", "gaussian-nb", "multinomial-nb", "logistic", "linear", "ridge",
                "lasso", "elastic-net", "decision-tree", "random-forest", "extra-trees", "gradient-boosting", "adaboost",
                "bagging")) {
            assertTrue(names.contains(required), required);
        }
        assertEquals(27, names.size(), "14 classifiers, 12 regressors, k-means");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void defaults_buildWithNoSettings_andEveryDefaultIsAllowedByItsOwnRule(LearnerEntry<?> entry) {
        checkDefaults(entry);
    }

    private static <L extends Learner<?>> void checkDefaults(LearnerEntry<L> entry) {
        L defaults = entry.defaults();
        L built = entry.build(List.of());
        for (Param<L> p : entry.params()) {
            String value = p.valueIn(defaults);
            assertEquals(value, p.valueIn(built), p.name());
            // the default passes the parameter's own check and reads back unchanged
            assertEquals(value, p.valueIn(entry.build(List.of(p.name() + "=" + value))), entry.name() + " " + p.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyParameter_setToAnotherValue_reachesTheLearner(LearnerEntry<?> entry) {
        checkEachParameter(entry);
    }

    private static <L extends Learner<?>> void checkEachParameter(LearnerEntry<L> entry) {
        L defaults = entry.defaults();
        for (Param<L> p : entry.params()) {
            String before = p.valueIn(defaults);
            String other = otherValue(p, before);
            assertNotEquals(before, other, p.name());
            L built = entry.build(List.of(p.name() + "=" + other));
            assertEquals(other, p.valueIn(built), entry.name() + " " + p.name());
            for (Param<L> q : entry.params()) {
                if (q != p) {
                    assertEquals(q.valueIn(defaults), q.valueIn(built), entry.name() + ": setting " + p.name()
                            + " must leave " + q.name() + " alone");
                }
            }
        }
    }

    /** A value the parameter allows other than its default. */
    private static String otherValue(Param<?> p, String current) {
        switch (p.type()) {
            case INTEGER:
                return Integer.toString(Integer.parseInt(current) + 2);
            case LONG:
                return Long.toString(Long.parseLong(current) + 1);
            case BOOLEAN:
                return Boolean.toString(!Boolean.parseBoolean(current));
            case CHOICE:
                return p.choices().stream().filter(c -> !c.equals(current)).findFirst().orElseThrow();
            default:
                double v = Double.parseDouble(current);
                double other = p.max() != null ? (v < p.max() ? (v + p.max()) / 2 : (v + p.min()) / 2) : 2 * v + 1;
                return Param.format(other);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void valuesOutsideTheRule_areRefusedNamingTheParameterTheRuleAndTheValue(LearnerEntry<?> entry) {
        for (Param<?> p : entry.params()) {
            List<String> bad = new ArrayList<>(List.of("zero", "", "1.5.2"));
            switch (p.type()) {
                case INTEGER:
                    bad.addAll(List.of(Integer.toString(p.min().intValue() - 1), "2.5", "99999999999"));
                    break;
                case LONG:
                    bad.addAll(List.of("1e3", "99999999999999999999"));
                    break;
                case NUMBER:
                    bad.addAll(List.of("NaN", "Infinity", "0x10", "1d"));
                    if (p.min() != null) {
                        bad.add(Param.format(p.min() - 1));
                        if (!p.minInclusive()) {
                            bad.add(Param.format(p.min()));
                        }
                    }
                    if (p.max() != null) {
                        bad.add(Param.format(p.max() + 1));
                        if (!p.maxInclusive()) {
                            bad.add(Param.format(p.max()));
                        }
                    }
                    break;
                default:
                    bad.addAll(List.of("TRUE", "yes", "none-of-these"));
            }
            for (String value : bad) {
                UsageException e = assertThrows(UsageException.class,
                        () -> entry.build(List.of(p.name() + "=" + value)), entry.name() + " " + p.name() + "=" + value);
                assertEquals("--param " + p.name() + " must be " + p.rule() + ", got \"" + value + "\"", e.getMessage());
            }
        }
    }

    @Test
    void build_refusesUnknownRepeatedAndMalformedSettings() {
        LearnerEntry<?> knn = LearnerRegistry.find("knn");
        assertEquals("--param name must be one of [k, distance, weighting, search, leaf-size, threads] for knn, got \"kk\"",
                assertThrows(UsageException.class, () -> knn.build(List.of("kk=3"))).getMessage());
        assertEquals("--param k must be given once, got \"k=3\" and \"k=4\"",
                assertThrows(UsageException.class, () -> knn.build(List.of("k=3", "k=4"))).getMessage());
        assertEquals("--param must be name=value, got \"k\"",
                assertThrows(UsageException.class, () -> knn.build(List.of("k"))).getMessage());
        assertEquals("--param k must be an integer ≥ 1, got \"zero\"",
                assertThrows(UsageException.class, () -> knn.build(List.of("k=zero"))).getMessage());
    }

    @Test
    void rulesThatTieParametersTogether_stayWithTheLearner_whoseCheckMessagePassesThrough() {
        // max-leaf-nodes allows 0 (unlimited) or at least 2: the tree's own Check says so
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LearnerRegistry.find("decision-tree").build(List.of("max-leaf-nodes=1")));
        assertTrue(e.getMessage().startsWith("maxLeafNodes must be"), e.getMessage());
        // a forest without bootstrap must use every row
        e = assertThrows(IllegalArgumentException.class,
                () -> LearnerRegistry.find("random-forest").build(List.of("bootstrap=false", "max-samples=0.5")));
        assertTrue(e.getMessage().contains("maxSamples"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void defaults_fitAModelOfTheDeclaredKind_thatSavesToAModelFile(LearnerEntry<?> entry) throws IOException {
        Dataset iris = Datasets.iris();
        Model model;
        switch (entry.kind()) {
            case CLASSIFIER:
                // whole centimetres: category codes for categorical-nb, counts for the other naive Bayes
                double[] cm = iris.features();
                for (int i = 0; i < cm.length; i++) {
                    cm[i] = Math.rint(cm[i]);
                }
                Dataset rounded = Dataset.ofRowMajor(cm, iris.columns()).withClasses(iris.classes(), iris.classNames());
                model = entry.defaults().fit(rounded);
                assertTrue(model instanceof Classifier, entry.name());
                assertTrue(model instanceof ProbabilisticClassifier, entry.name() + " gives probabilities (--proba)");
                assertEquals(iris.classNames(), ((Classifier) model).classNames());
                break;
            case REGRESSOR:
                Dataset diabetes = Datasets.diabetes();
                model = entry.defaults().fit(diabetes.select(IntStream.range(0, 120).toArray()));
                assertTrue(model instanceof Regressor, entry.name());
                break;
            default:
                model = entry.defaults().fit(iris.withoutTargets());
                assertTrue(model instanceof Clusterer, entry.name());
        }
        assertTrue(model.learner() != null);
        // every model the command line fits can be saved (its bags give each tree its own seed through
        // SeededLearner.reseeding, a value, not a method reference) and loads with the same learner
        Model loaded = ModelFiles.fromBytes(ModelFiles.toBytes(model), entry.name() + ".model", Model.class);
        assertEquals(model.learner(), loaded.learner(), entry.name());
        assertEquals(model.toString(), loaded.toString(), entry.name());
    }

    @Test
    void find_andNames_byKind() {
        assertEquals("knn", LearnerRegistry.find("knn").name());
        assertEquals(null, LearnerRegistry.find("nope"));
        assertEquals(List.of("kmeans"), LearnerRegistry.names(LearnerEntry.Kind.CLUSTERER));
        assertEquals(LearnerRegistry.ENTRIES.size(), LearnerRegistry.names().size());
    }
}
