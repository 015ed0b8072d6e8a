/**
 * Text to numbers: {@link io.github.classicml.algorithms.preprocessing.text.BagOfWords} tokenises
 * documents and counts their words over a vocabulary, so that text can be classified by naive Bayes
 * (the spam filter) or any other learner.
 */
package io.github.classicml.algorithms.preprocessing.text;
