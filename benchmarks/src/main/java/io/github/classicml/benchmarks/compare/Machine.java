package io.github.classicml.benchmarks.compare;

import io.github.classicml.core.linalg.Kernels;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The description printed above every table: date, JDK, JVM options, CPU, kernel path. */
final class Machine {

    private Machine() {
    }

    /** @return one "name: value" line per fact */
    static List<String> describe() {
        List<String> out = new ArrayList<>();
        out.add("date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.add("JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        out.add("JVM options: " + (options.isEmpty() ? "none" : String.join(" ", options)));
        out.add("CPU: " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores visible; "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        out.add("kernels: " + Kernels.description());
        return out;
    }

    /** The model name from {@code /proc/cpuinfo}, with its widest SIMD extension, or the architecture. */
    static String cpu() {
        Path info = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(info)) {
            return System.getProperty("os.arch");
        }
        try {
            String model = null;
            String flags = "";
            for (String line : Files.readAllLines(info)) {
                if (model == null && line.startsWith("model name")) {
                    model = line.substring(line.indexOf(':') + 1).strip();
                } else if (flags.isEmpty() && line.startsWith("flags")) {
                    flags = " " + line.substring(line.indexOf(':') + 1).strip() + " ";
                }
            }
            String simd = flags.contains(" avx512f ") ? "AVX-512" : flags.contains(" avx2 ") ? "AVX2"
                    : flags.contains(" sse2 ") ? "SSE2" : "";
            String name = model == null ? System.getProperty("os.arch") : model;
            return simd.isEmpty() ? name : name + " (" + simd + ")";
        } catch (IOException e) {
            return System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        }
    }
}
