/**
 * The model-file format (see {@link io.github.classicml.core.internal.modelfile.ModelFileFormat}) and
 * the codec machinery the algorithm families implement: {@code ModelCodec}, {@code FieldWriter},
 * {@code FieldReader} and the explicit {@code CodecRegistry}. Users save and load models through
 * {@code io.github.classicml.algorithms.ModelFiles} and catch
 * {@link io.github.classicml.core.io.ModelFileException}. <b>Not part of the supported API</b>: anything
 * here may change in any release. Excluded from the published javadoc.
 */
package io.github.classicml.core.internal.modelfile;
