package com.crosscheck.nlp;

import com.crosscheck.nlp.internal.OpenNlpTextAnalyzer;

import java.util.List;

/**
 * Splits text into sentences and tags the sentences worth tagging. Split and tag are separate calls so that
 * callers pay for part-of-speech tagging only where it pays off. Thread-safe.
 */
public interface TextAnalyzer {

    /**
     * The sentences of {@code text}. Line breaks always end a sentence (headlines, captions and embedded posts
     * sit on lines of their own). Curly quotes are read as straight ones, which keeps offsets unchanged.
     */
    List<Sentence> sentences(String text);

    /** The tokens of one sentence of {@code text}, with offsets into {@code text}, tags and lemmas. */
    List<Token> tag(String text, Sentence sentence);

    /** The tokens of one sentence without tags or lemmas (both empty): cheaper than {@link #tag}. */
    List<Token> tokenize(String text, Sentence sentence);

    /** The shared English analyser (Apache OpenNLP with the UD English-EWT models), loaded on first use. */
    static TextAnalyzer english() {
        return OpenNlpTextAnalyzer.shared();
    }
}
