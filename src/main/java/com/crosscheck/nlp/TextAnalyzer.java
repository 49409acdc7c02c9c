package com.crosscheck.nlp;

import com.crosscheck.base.TextSpan;
import com.crosscheck.nlp.internal.OpenNlpTextAnalyzer;

import java.util.List;

/**
 * Splits text into sentences and tags the parts worth tagging. Splitting, tokenizing and tagging are separate
 * calls so that callers pay for part-of-speech tagging only where it pays off. Thread-safe.
 */
public interface TextAnalyzer {

    /**
     * The sentences of {@code text}. Line breaks always end a sentence (headlines, captions and embedded posts
     * sit on lines of their own). Curly quotes are read as straight ones, which keeps offsets unchanged.
     */
    default List<Sentence> sentences(String text) {
        return sentences(text, new TextSpan(0, text.length()));
    }

    /** The sentences inside {@code region} of {@code text}, with offsets into {@code text}. */
    List<Sentence> sentences(String text, TextSpan region);

    /** The tokens of one sentence of {@code text}, with offsets into {@code text}, tags and lemmas. */
    List<Token> tag(String text, Sentence sentence);

    /**
     * The tagged tokens of the part of a sentence within about {@code margin} tokens of {@code focus} (whole
     * words only). Tokenizing and tagging cost grows with the text, so this is the cheap way to read the words
     * around a few spots of a long sentence.
     */
    List<Token> tagAround(String text, Sentence sentence, TextSpan focus, int margin);

    /** The tokens of one sentence without tags or lemmas (both empty). */
    List<Token> tokenize(String text, Sentence sentence);

    /** The shared English analyser (Apache OpenNLP with the UD English-EWT models), loaded on first use. */
    static TextAnalyzer english() {
        return OpenNlpTextAnalyzer.shared();
    }

    /** A new analyser with OpenNLP's default settings, the baseline a naive pipeline would use. */
    static TextAnalyzer englishWithDefaultSettings() {
        return OpenNlpTextAnalyzer.withDefaultSettings();
    }
}
