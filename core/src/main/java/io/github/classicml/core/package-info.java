/**
 * The vocabulary and contracts of classicml.
 *
 * <ul>
 *   <li>A <em>row</em> is one sample; a <em>column</em> is one feature; the <em>target</em> is what a
 *       supervised learner predicts (y).</li>
 *   <li>A <em>class</em> is a category of a classification target, identified by an index
 *       {@code 0..k-1} and a name (the original label).</li>
 *   <li>A <em>score</em> is a real-valued confidence that a row belongs to the positive class.</li>
 *   <li>A {@link io.github.classicml.core.Learner} is an immutable record of hyperparameters; its
 *       {@code fit} returns an immutable model, such as a {@link io.github.classicml.core.Classifier} or
 *       a {@link io.github.classicml.core.Regressor}.</li>
 *   <li>{@link io.github.classicml.core.Dataset} is the immutable input; nothing in the library modifies
 *       the data or arrays it is given.</li>
 *   <li>{@link io.github.classicml.core.Check} words every validation message as
 *       {@code <name> must be <rule>, got <value>}.</li>
 * </ul>
 */
package io.github.classicml.core;
