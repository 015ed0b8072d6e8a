/**
 * Numerical kernels: the hot vector loops in {@link io.github.classicml.core.linalg.Vectors}, the
 * blocked many-to-many distances and nearest rows in
 * {@link io.github.classicml.core.linalg.PairwiseDistances} (with matrices packed once for repeated
 * use in {@link io.github.classicml.core.linalg.PackedRows}), the
 * choice between their plain-Java and Vector API implementations in
 * {@link io.github.classicml.core.linalg.Kernels} (the latter with
 * {@code --add-modules jdk.incubator.vector}), and the bridge to EJML for decompositions in
 * {@link io.github.classicml.core.linalg.EjmlBridge}.
 */
package io.github.classicml.core.linalg;
