/**
 * Internals that other classicml modules call but users should not: the fixed-split parallel runner
 * and, in {@code internal.linalg}, the hot kernels. <b>Not part of the supported API</b>: anything here
 * may change or disappear in any release, without notice. Excluded from the published javadoc.
 */
package io.github.classicml.core.internal;
