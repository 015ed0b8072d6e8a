package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.linalg.Kernels;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The choice of path; {@link VectorKernelsTest} compares the two paths. */
class KernelSelectionTest {

    static final boolean MODULE_PRESENT =
            ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    @Test
    void activePath_followsTheModuleAndTheProperty() {
        String forced = System.getProperty(Kernels.PROPERTY, "auto");
        Kernels.Path expected = forced.equals("scalar") || !MODULE_PRESENT ? Kernels.Path.SCALAR : Kernels.Path.VECTOR;
        assertEquals(expected, Kernels.activePath());
        assertEquals(MODULE_PRESENT, KernelSelection.vector().isPresent());
        assertTrue(Kernels.description().startsWith(expected.name().toLowerCase(Locale.ROOT) + " ("),
                Kernels.description());
    }

    @Test
    void description_withoutTheModule_namesTheFlag() {
        assumeTrue(!MODULE_PRESENT, "the module is present in this run");
        assertEquals("scalar (plain Java; start the JVM with --add-modules jdk.incubator.vector for the Vector API path)",
                Kernels.description());
    }

    @Test
    void select_unknownValue_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelSelection.select("simd"));
        assertEquals("classicml.kernels must be auto, scalar or vector, got \"simd\"", e.getMessage());
        assertEquals(KernelSelection.scalar(), KernelSelection.select("SCALAR"));
    }

    @Test
    void select_vectorWithoutTheModule_namesTheFlag() {
        assumeTrue(!MODULE_PRESENT, "the module is present in this run");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KernelSelection.select("vector"));
        assertEquals("-Dclassicml.kernels=vector needs the Vector API, but module jdk.incubator.vector is not in"
                + " the boot layer; start the JVM with --add-modules jdk.incubator.vector", e.getMessage());
    }

    /** Both implementations when the module is present, else the scalar one: for tests that hold for each. */
    static List<KernelSet> implementations() {
        List<KernelSet> out = new ArrayList<>();
        out.add(KernelSelection.scalar());
        KernelSelection.vector().ifPresent(out::add);
        return out;
    }
}
