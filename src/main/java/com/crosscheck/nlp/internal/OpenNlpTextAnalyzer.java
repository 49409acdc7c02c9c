package com.crosscheck.nlp.internal;

import com.crosscheck.base.TextSpan;
import com.crosscheck.nlp.Sentence;
import com.crosscheck.nlp.TextAnalyzer;
import com.crosscheck.nlp.Token;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@link TextAnalyzer} on Apache OpenNLP 2.5 and the Apache UD English-EWT models 1.3 (Maven Central).
 * The models are immutable and loaded once; the {@code ThreadSafe*ME} wrappers keep one decoder per thread.
 */
public final class OpenNlpTextAnalyzer implements TextAnalyzer {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private final ThreadSafeSentenceDetectorME sentenceDetector;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final ThreadSafeLemmatizerME lemmatizer;

    private OpenNlpTextAnalyzer() {
        try {
            sentenceDetector = new ThreadSafeSentenceDetectorME(new SentenceModel(model(SENTENCE_MODEL)));
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(model(TOKEN_MODEL)));
            tagger = new ThreadSafePOSTaggerME(new POSModel(model(POS_MODEL)), POSTagFormat.UD);
            lemmatizer = new ThreadSafeLemmatizerME(new LemmatizerModel(model(LEMMA_MODEL)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
    }

    private static final class Holder {
        static final OpenNlpTextAnalyzer INSTANCE = new OpenNlpTextAnalyzer();
    }

    /** The one instance per JVM: the models take a second to load and about 10 MB each. */
    public static OpenNlpTextAnalyzer shared() {
        return Holder.INSTANCE;
    }

    private static InputStream model(String resource) throws IOException {
        InputStream in = OpenNlpTextAnalyzer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is not on the class path");
        }
        return in;
    }

    @Override
    public List<Sentence> sentences(String text) {
        String normalised = QuoteNormalizer.normalise(text);
        var sentences = new ArrayList<Sentence>();
        int lineStart = 0;
        for (int i = 0; i <= normalised.length(); i++) {
            if (i == normalised.length() || normalised.charAt(i) == '\n' || normalised.charAt(i) == '\r') {
                if (i > lineStart) {
                    String line = normalised.substring(lineStart, i);
                    if (!line.isBlank()) {
                        for (Span span : sentenceDetector.sentPosDetect(line)) {
                            Span trimmed = span.trim(line);
                            if (trimmed.length() > 0) {
                                sentences.add(new Sentence(new TextSpan(lineStart + trimmed.getStart(),
                                        lineStart + trimmed.getEnd())));
                            }
                        }
                    }
                }
                lineStart = i + 1;
            }
        }
        return sentences;
    }

    @Override
    public List<Token> tokenize(String text, Sentence sentence) {
        return tokens(text, sentence, false);
    }

    @Override
    public List<Token> tag(String text, Sentence sentence) {
        return tokens(text, sentence, true);
    }

    private List<Token> tokens(String text, Sentence sentence, boolean tagged) {
        String sentenceText = QuoteNormalizer.normalise(sentence.text(text));
        Span[] spans = tokenizer.tokenizePos(sentenceText);
        String[] words = Span.spansToStrings(spans, sentenceText);
        String[] tags = tagged ? tagger.tag(words) : new String[words.length];
        String[] lemmas = tagged ? lemmatizer.lemmatize(words, tags) : new String[words.length];
        int offset = sentence.span().start();
        var tokens = new ArrayList<Token>(words.length);
        for (int i = 0; i < words.length; i++) {
            String lemma = lemmas[i] == null || "O".equals(lemmas[i]) ? words[i] : lemmas[i];
            tokens.add(new Token(new TextSpan(offset + spans[i].getStart(), offset + spans[i].getEnd()),
                    text.substring(offset + spans[i].getStart(), offset + spans[i].getEnd()),
                    tagged ? tags[i] : "", tagged ? lemma.toLowerCase(Locale.ROOT) : ""));
        }
        return tokens;
    }
}
