package io.github.classicml.examples;

import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape of the library, checked over the built classes of {@code core}, {@code metrics} and
 * {@code algorithms} (the jars on this module's test class path): every learner is a record whose only
 * public constructor is the canonical one and whose only public static factory is {@code of}; every
 * model has no public constructor, answers {@code learner()} with its own learner type and has a
 * {@code toString()} of its own; nothing public in {@code core} lies outside the API packages but the
 * internal one; nothing is {@link Serializable}. Each rule fails naming the offending classes.
 */
class ArchitectureTest {

    private static final List<String> ROOTS = List.of("io/github/classicml/core", "io/github/classicml/metrics",
            "io/github/classicml/algorithms");
    private static final Set<String> CORE_API_PACKAGES = Set.of("io.github.classicml.core",
            "io.github.classicml.core.io", "io.github.classicml.core.linalg");

    private static List<Class<?>> classes;

    @BeforeAll
    static void loadLibraryClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Set<String> names = new TreeSet<>();
        ClassLoader loader = ArchitectureTest.class.getClassLoader();
        for (String root : ROOTS) {
            Enumeration<URL> urls = loader.getResources(root);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if (url.getProtocol().equals("jar")) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    if (connection.getJarFileURL().getPath().endsWith("-tests.jar")) {
                        continue;    // core's test-jar: the shared contracts, not the library
                    }
                    try (JarFile jar = connection.getJarFile()) {
                        for (JarEntry e : java.util.Collections.list(jar.entries())) {
                            addClassName(names, e.getName());
                        }
                    }
                } else if (!url.getPath().contains("test-classes")) {
                    Path dir = Paths.get(url.toURI());
                    Path base = dir;
                    for (int i = 0; i < root.split("/").length; i++) {
                        base = base.getParent();
                    }
                    Path top = base;
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.forEach(f -> addClassName(names, top.relativize(f).toString().replace('\\', '/')));
                    }
                }
            }
        }
        classes = new ArrayList<>();
        for (String name : names) {
            classes.add(Class.forName(name, false, loader));
        }
        assertTrue(classes.size() > 100, "expected the library's classes, found " + classes.size());
    }

    private static void addClassName(Set<String> names, String entry) {
        if (entry.endsWith(".class") && !entry.endsWith("package-info.class") && !entry.endsWith("module-info.class")
                && ROOTS.stream().anyMatch(entry::startsWith)) {
            names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
        }
    }

    private static boolean isPublicConcrete(Class<?> c) {
        return Modifier.isPublic(c.getModifiers()) && !Modifier.isAbstract(c.getModifiers()) && !c.isInterface();
    }

    @Test
    void learners_areRecords_withOnlyTheCanonicalConstructor_andOnlyOfAsFactory() {
        List<String> wrong = new ArrayList<>();
        int learners = 0;
        for (Class<?> c : classes) {
            if (!isPublicConcrete(c) || !Learner.class.isAssignableFrom(c)) {
                continue;
            }
            learners++;
            if (!c.isRecord()) {
                wrong.add(c.getName() + " is not a record");
                continue;
            }
            Class<?>[] canonical = Arrays.stream(c.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            for (Constructor<?> k : c.getConstructors()) {
                if (!Arrays.equals(k.getParameterTypes(), canonical)) {
                    wrong.add(c.getName() + " has a second public constructor " + k);
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers())
                        && m.getReturnType() == c && !m.getName().equals("of")) {
                    wrong.add(c.getName() + " has a public static factory other than of: " + m.getName());
                }
            }
        }
        assertTrue(learners >= 9, "expected the library's learners, found " + learners);
        assertEquals(List.of(), wrong);
    }

    @Test
    void models_haveNoPublicConstructor_knowTheirLearner_andSayWhatTheyLearned() throws NoSuchMethodException {
        List<String> wrong = new ArrayList<>();
        int models = 0;
        for (Class<?> c : classes) {
            if (!isPublicConcrete(c) || !Model.class.isAssignableFrom(c)) {
                continue;
            }
            models++;
            if (c.getConstructors().length > 0) {
                wrong.add(c.getName() + " has a public constructor");
            }
            boolean ownLearner = Arrays.stream(c.getMethods())
                    .anyMatch(m -> m.getName().equals("learner") && m.getParameterCount() == 0 && !m.isBridge()
                            && m.getReturnType() != Learner.class && Learner.class.isAssignableFrom(m.getReturnType()));
            if (!ownLearner) {
                wrong.add(c.getName() + " does not answer learner() with its own learner type");
            }
            if (c.getMethod("toString").getDeclaringClass() == Object.class) {
                wrong.add(c.getName() + " has Object's toString()");
            }
        }
        assertTrue(models >= 9, "expected the library's models, found " + models);
        assertEquals(List.of(), wrong);
    }

    @Test
    void core_publishesNothingOutsideItsApiPackagesButTheInternalOne() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> c : classes) {
            String pkg = c.getPackageName();
            if (pkg.startsWith("io.github.classicml.core") && Modifier.isPublic(c.getModifiers())
                    && !CORE_API_PACKAGES.contains(pkg) && !pkg.startsWith("io.github.classicml.core.internal")) {
                wrong.add(c.getName());
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The families whose models have model-file codecs; every family joins this list as its codecs land. */
    private static final Set<String> SAVED_FAMILIES = Set.of("io.github.classicml.algorithms.bayes",
            "io.github.classicml.algorithms.neighbors", "io.github.classicml.algorithms.cluster",
            "io.github.classicml.algorithms.linear", "io.github.classicml.algorithms.tree",
            "io.github.classicml.algorithms.ensemble", "io.github.classicml.algorithms.preprocessing",
            "io.github.classicml.algorithms.selection");

    @Test
    void everyModelOfASavedFamily_isInTheModelFileRegistry() {
        List<String> wrong = new ArrayList<>();
        int saved = 0;
        for (Class<?> c : classes) {
            if (isPublicConcrete(c) && Model.class.isAssignableFrom(c) && SAVED_FAMILIES.contains(c.getPackageName())) {
                saved++;
                if (!io.github.classicml.algorithms.ModelFiles.types().contains(c.getSimpleName())) {
                    wrong.add(c.getName() + " has no model-file codec in ModelFiles");
                }
            }
        }
        assertTrue(saved >= 15, "expected the saved families' models, found " + saved);
        assertEquals(List.of(), wrong);
    }

    @Test
    void nothingIsSerializable() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> c : classes) {
            if (Serializable.class.isAssignableFrom(c) && !c.isEnum() && !Throwable.class.isAssignableFrom(c)) {
                wrong.add(c.getName());
            }
        }
        assertEquals(List.of(), wrong);
    }
}
