package io.github.classicml.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's code is true: the consumer project it shows in full (pom and main class) is the one the
 * build runs (src/it/readme-consumer, built and run by the invoker plugin in {@code verify}, which checks
 * its output against the README); every other Java block of the README compiles against the built jars
 * and runs, and every line of the form {@code expression; // → text} prints exactly {@code text}.
 */
class ReadmeTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path CONSUMER = Path.of("src", "it", "readme-consumer");
    private static final Pattern BLOCK = Pattern.compile("```(java|xml)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLAIM = Pattern.compile("^(\\s*)(.+?);\\s*// → (.+)$");
    /** What a README fragment may use without imports: the library's packages and java.util. */
    private static final String IMPORTS = String.join("\n", "import io.github.classicml.core.*;",
            "import io.github.classicml.core.io.*;", "import io.github.classicml.metrics.*;",
            "import io.github.classicml.algorithms.neighbors.*;", "import io.github.classicml.algorithms.cluster.*;",
            "import io.github.classicml.algorithms.bayes.*;", "import io.github.classicml.algorithms.preprocessing.*;",
            "import io.github.classicml.algorithms.selection.*;", "import io.github.classicml.algorithms.ModelFiles;",
            "import java.util.*;", "import java.nio.file.*;", "");

    @TempDir
    Path dir;

    private static List<String> blocks(String language) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            if (m.group(1).equals(language)) {
                out.add(m.group(2));
            }
        }
        return out;
    }

    @Test
    void consumerProject_isTheOneTheReadmeShows() throws IOException {
        String pom = Files.readString(CONSUMER.resolve("pom.xml"), StandardCharsets.UTF_8);
        String main = Files.readString(CONSUMER.resolve("src/main/java/com/example/IrisKnn.java"), StandardCharsets.UTF_8);
        assertTrue(blocks("xml").contains(pom), "the README must show src/it/readme-consumer/pom.xml in full");
        assertTrue(blocks("java").contains(main), "the README must show IrisKnn.java in full");
        String version = System.getProperty("classicml.version", "");
        assertTrue(!version.isEmpty(), "the build passes classicml.version to the tests (parent pom, surefire)");
        assertTrue(pom.contains("<version>" + version + "</version>"),
                "the consumer pom must use the version being built, " + version);
    }

    @Test
    void everyJavaFragment_compilesRuns_andPrintsWhatItsArrowsSay() throws Exception {
        String main = Files.readString(CONSUMER.resolve("src/main/java/com/example/IrisKnn.java"), StandardCharsets.UTF_8);
        List<String> fragments = new ArrayList<>();
        for (String block : blocks("java")) {
            if (!block.equals(main)) {
                fragments.add(block);
            }
        }
        assertTrue(!fragments.isEmpty(), "the README has Java fragments");
        List<Path> sources = new ArrayList<>();
        int claims = 0;
        for (int f = 0; f < fragments.size(); f++) {
            StringBuilder body = new StringBuilder();
            for (String line : fragments.get(f).split("\n")) {
                Matcher c = CLAIM.matcher(line);
                if (c.matches()) {
                    claims++;
                    body.append(c.group(1)).append("claim(String.valueOf(").append(c.group(2)).append("), \"")
                            .append(c.group(3).replace("\\", "\\\\").replace("\"", "\\\"")).append("\");\n");
                } else {
                    body.append(line).append('\n');
                }
            }
            Path source = dir.resolve("Fragment" + f + ".java");
            Files.writeString(source, IMPORTS + "public class Fragment" + f + " {\n"
                    + "    public static void run() throws Exception {\n" + body + "    }\n"
                    + "    private static void claim(String actual, String claimed) {\n"
                    + "        if (!actual.equals(claimed)) {\n"
                    + "            throw new AssertionError(\"the README says \" + claimed + \", the code prints \" + actual);\n"
                    + "        }\n    }\n}\n");
            sources.add(source);
        }
        assertTrue(claims > 0, "the README's fragments state results with // →");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("-d", dir.toString(), "-classpath", classPath(), "-Xlint:none"));
        sources.forEach(s -> args.add(s.toString()));
        int status = javac.run(null, null, errors, args.toArray(new String[0]));
        assertEquals(0, status, errors.toString(StandardCharsets.UTF_8));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            for (int f = 0; f < sources.size(); f++) {
                try {
                    loader.loadClass("Fragment" + f).getMethod("run").invoke(null);
                } catch (InvocationTargetException e) {
                    throw new AssertionError("README Java block " + (f + 1) + " failed: " + e.getCause(), e.getCause());
                }
            }
        }
    }

    private static String classPath() {
        String path = System.getProperty("surefire.test.class.path");
        return path != null ? path : System.getProperty("java.class.path");
    }
}
