/**
 * Numerical kernels: the hot vector loops in {@link io.github.classicml.core.linalg.Vectors}, and the
 * bridge to EJML for decompositions in {@link io.github.classicml.core.linalg.EjmlBridge}.
 */
package io.github.classicml.core.linalg;
