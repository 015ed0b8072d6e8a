package io.github.classicml.core.internal.linalg;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kernels whose results feed decisions give the same bits in every state of the JVM: interpreted
 * ({@code -Xint}), compiled by C1 only, compiled by C2 only, in this JVM after warm-up, and on the other
 * installed JDK of the 17–25 range (Temurin 25 beside the default 17 on the build machine; skipped with
 * a note when none is found). Each state is a child JVM running {@link KernelBitsProbe}, always with
 * the Vector API module, so both paths are checked whatever this JVM runs. The reference is the
 * interpreter of this JDK, which runs the code exactly as written.
 *
 * <p>Before the vector path's lane sums were fixed ({@code reduceLanes(ADD)}, whose order the JIT
 * chooses), the C2 state on JDK 25 disagreed with the interpreter here.
 */
class KernelBitsAcrossJvmStatesTest {

    private static List<String> interpreted;

    @BeforeAll
    static void runInterpreted() throws Exception {
        interpreted = probe(javaOf(Path.of(System.getProperty("java.home"))), "cold", "-Xint");
    }

    /**
     * The child JVMs check both paths whatever this JVM runs, so they run once, in the default test
     * execution, and not again in core's {@code vector-kernels} execution.
     */
    private static void assumeDefaultExecution() {
        org.junit.jupiter.api.Assumptions.assumeFalse(KernelSelection.vectorActive(),
                "the child JVMs run in the default execution");
    }

    @Test
    void interpreted_coversBothPaths() {
        // the reference itself: every kernel on both paths (the children always have the module)
        assertEquals(2 * 9, interpreted.size(), String.join("\n", interpreted));
        assertTrue(interpreted.stream().anyMatch(l -> l.startsWith("cold vector")), String.join("\n", interpreted));
    }

    @Test
    void c1Compiled_sameBitsAsInterpreted() throws Exception {
        assumeDefaultExecution();
        assertSame(probe(javaOf(Path.of(System.getProperty("java.home"))), "warm", "-XX:TieredStopAtLevel=1"));
    }

    @Test
    void c2Compiled_sameBitsAsInterpreted() throws Exception {
        assumeDefaultExecution();
        assertSame(probe(javaOf(Path.of(System.getProperty("java.home"))), "warm", "-XX:-TieredCompilation",
                "-XX:CompileThreshold=1000"));
    }

    @Test
    void thisJvmAfterWarmUp_sameBitsAsInterpreted() {
        KernelBitsProbe.warmUp();
        List<String> here = new ArrayList<>();
        for (KernelSet kernels : KernelBitsProbe.implementations()) {
            for (String line : KernelBitsProbe.digest(kernels)) {
                here.add("cold " + line);
            }
        }
        // this JVM has the vector path only when its surefire execution adds the module
        for (String line : here) {
            assertTrue(interpreted.contains(line), () -> "not in the interpreted digests: " + line);
        }
    }

    @Test
    void otherJdk_interpretedAndCompiled_sameBits() throws Exception {
        assumeDefaultExecution();
        Optional<Path> other = otherJdk();
        org.junit.jupiter.api.Assumptions.assumeTrue(other.isPresent(),
                "no second JDK (17-25) installed under /usr/lib/jvm; the cross-JDK check is skipped");
        Path java = javaOf(other.get());
        assertSame(probe(java, "cold", "-Xint"));
        assertSame(probe(java, "warm", "-XX:-TieredCompilation", "-XX:CompileThreshold=1000"));
    }

    /** Compares warm (or cold) digests with the interpreted ones, kernel by kernel. */
    private static void assertSame(List<String> digests) {
        assertFalse(digests.isEmpty());
        List<String> strip = new ArrayList<>();
        for (String line : digests) {
            strip.add(line.replaceFirst("^(cold|warm) ", "cold "));
        }
        // only the state's last block (warm, when there is one) is compared
        List<String> last = strip.subList(strip.size() - interpreted.size(), strip.size());
        assertEquals(interpreted, last);
    }

    /** Runs the probe in a child JVM with the given options; {@code state} is {@code cold} or {@code warm}. */
    private static List<String> probe(Path java, String state, String... options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(Arrays.asList(java.toString(), "-Xss4m", "-Xbatch"));
        command.addAll(Arrays.asList(options));
        command.addAll(List.of("--add-modules", "jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), KernelBitsProbe.class.getName(), state));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out;
        try (InputStream in = process.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the probe did not finish: " + command);
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + "\n" + out);
        List<String> lines = new ArrayList<>(out.lines().toList());
        if (state.equals("warm")) {
            lines.removeIf(l -> l.startsWith("cold "));
        }
        return lines;
    }

    private static Path javaOf(Path home) {
        return home.resolve("bin").resolve("java");
    }

    /**
     * A JDK other than this one: {@code -Dclassicml.otherJdk=<home>}, else the first JDK 25 (or, when this
     * one is 25, the first JDK 17) under {@code /usr/lib/jvm}.
     */
    private static Optional<Path> otherJdk() throws IOException {
        String forced = System.getProperty("classicml.otherJdk");
        if (forced != null && !forced.isBlank()) {
            return Optional.of(Path.of(forced));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        Path here = Path.of(System.getProperty("java.home")).toRealPath();
        String wanted = Runtime.version().feature() == 25 ? "17" : "25";
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(h -> Files.isExecutable(javaOf(h)))
                    .filter(h -> h.getFileName().toString().matches(".*\\b" + wanted + "\\b.*"))
                    .filter(h -> {
                        try {
                            return !h.toRealPath().equals(here);
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .sorted()
                    .findFirst();
        }
    }
}
