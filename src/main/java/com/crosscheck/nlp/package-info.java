/**
 * Language analysis of article text: sentences, tokens, part-of-speech tags and lemmas, all with character
 * offsets into the analysed text. The types here are Crosscheck's own; Apache OpenNLP stays inside
 * {@code internal}. Obtain the shared analyser with {@link com.crosscheck.nlp.TextAnalyzer#english()} or by
 * injection; it is thread-safe.
 */
@NullMarked
package com.crosscheck.nlp;

import org.jspecify.annotations.NullMarked;
