/** The Apache OpenNLP implementation of the analyser; the only place that may use {@code opennlp.*}. */
@NullMarked
package com.crosscheck.nlp.internal;

import org.jspecify.annotations.NullMarked;
