/**
 * The public face of the numerical kernels: {@link io.github.classicml.core.linalg.Kernels} says
 * whether this JVM runs them on the Vector API or in plain Java. The kernels themselves live in
 * {@code io.github.classicml.core.internal.linalg}, which is not part of the supported API.
 */
package io.github.classicml.core.linalg;
