/**
 * Metrics: plain functions over arrays, arguments always in the order {@code (actual, predicted)} or
 * {@code (actual, scores)}, returning immutable results that can show their working. Metrics never
 * take models, so any classifier, including one from another library, can be judged the same way.
 */
package io.github.classicml.metrics;
