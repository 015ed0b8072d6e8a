/**
 * Numerical kernels: the hot vector loops in {@link io.github.classicml.core.linalg.Vectors}, the
 * blocked many-to-many distances in {@link io.github.classicml.core.linalg.PairwiseDistances}, the
 * choice between their plain-Java and Vector API implementations in
 * {@link io.github.classicml.core.linalg.Kernels} (the latter with
 * {@code --add-modules jdk.incubator.vector}), and the bridge to EJML for decompositions in
 * {@link io.github.classicml.core.linalg.EjmlBridge}.
 */
package io.github.classicml.core.linalg;
