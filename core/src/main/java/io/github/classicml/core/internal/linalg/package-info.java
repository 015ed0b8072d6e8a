/**
 * Numerical kernels (internal, unsupported API): the hot vector loops in {@code Vectors}, the blocked
 * many-to-many distances and nearest rows in {@code PairwiseDistances} (with matrices packed once for
 * repeated use in {@code PackedRows}), the choice between their plain-Java and Vector API
 * implementations in {@code KernelSelection}, and the bridge to EJML in {@code EjmlBridge}. The public
 * report of the active path is {@link io.github.classicml.core.linalg.Kernels}.
 */
package io.github.classicml.core.internal.linalg;
