/**
 * Reading data: {@link io.github.classicml.core.io.CsvLoader} turns a CSV file into a
 * {@link io.github.classicml.core.Dataset}, and {@link io.github.classicml.core.io.Datasets} loads the
 * real datasets bundled with the library by name; {@link io.github.classicml.core.io.Table} holds raw
 * columns of numbers or text (categories) before they are encoded.
 */
package io.github.classicml.core.io;
