package com.crosscheck.nlp.internal;

import com.crosscheck.base.TextSpan;
import com.crosscheck.nlp.Sentence;
import com.crosscheck.nlp.TextAnalyzer;
import com.crosscheck.nlp.Token;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link TextAnalyzer} on Apache OpenNLP 2.5 and the Apache UD English-EWT models 1.3 (Maven Central):
 * sentence detector, tokenizer and part-of-speech tagger. Lemmas come from {@link RuleLemmatizer}. The models
 * are immutable and loaded once; the {@code ThreadSafe*ME} wrappers keep one decoder per thread.
 */
public final class OpenNlpTextAnalyzer implements TextAnalyzer {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadSafeSentenceDetectorME sentenceDetector;
    /** The characters the sentence detector considers as possible sentence ends. */
    private final String sentenceEnders;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    /** At beam 1, the same tags as {@link #tagger} from a much cheaper evaluation; null otherwise. */
    private final @Nullable GreedyPosTagger greedyTagger;

    private OpenNlpTextAnalyzer(int beamSize) {
        try {
            var sentenceModel = new SentenceModel(model(SENTENCE_MODEL));
            sentenceDetector = new ThreadSafeSentenceDetectorME(sentenceModel);
            var eos = new StringBuilder();
            sentenceModel.getFactory().getEndOfSentenceScanner().getEOSCharacters().forEach(eos::append);
            sentenceEnders = eos.toString();
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(model(TOKEN_MODEL)));
            POSModel posModel = beamSize == DEFAULT_BEAM
                    ? new POSModel(model(POS_MODEL)) : new POSModel(ModelManifest.withBeamSize(model(POS_MODEL), beamSize));
            tagger = new ThreadSafePOSTaggerME(posModel, POSTagFormat.UD);
            greedyTagger = beamSize == 1 ? new GreedyPosTagger(posModel) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
    }

    /** OpenNLP's default beam for the tagger. */
    private static final int DEFAULT_BEAM = 3;

    private static final class Holder {
        static final OpenNlpTextAnalyzer INSTANCE = new OpenNlpTextAnalyzer(1);
    }

    /**
     * The one instance per JVM: the models take a second to load. Its tagger decodes greedily (beam 1): a third
     * of the default beam's cost, and the extraction scores do not move. At beam 1 the tags come from
     * {@link GreedyPosTagger}, the same tags for far less work.
     */
    public static OpenNlpTextAnalyzer shared() {
        return Holder.INSTANCE;
    }

    /** An analyser with OpenNLP's default settings (tagger beam 3), as a baseline for benchmarks. */
    public static OpenNlpTextAnalyzer withDefaultSettings() {
        return new OpenNlpTextAnalyzer(DEFAULT_BEAM);
    }

    private static InputStream model(String resource) throws IOException {
        InputStream in = OpenNlpTextAnalyzer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is not on the class path");
        }
        return in;
    }

    @Override
    public List<Sentence> sentences(String text, TextSpan region) {
        var sentences = new ArrayList<Sentence>();
        int lineStart = region.start();
        for (int i = region.start(); i <= region.end(); i++) {
            if (i == region.end() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i > lineStart && !isBlank(text, lineStart, i)) {
                    if (mayEndSentence(text, lineStart, i)) {
                        detect(text, lineStart, i, sentences);
                    } else {
                        wholeLine(text, lineStart, i, sentences);
                    }
                }
                lineStart = i + 1;
            }
        }
        return sentences;
    }

    private void detect(String text, int lineStart, int lineEnd, List<Sentence> sentences) {
        String line = QuoteNormalizer.normalise(text.substring(lineStart, lineEnd));
        for (Span span : sentenceDetector.sentPosDetect(line)) {
            Span trimmed = span.trim(line);
            if (trimmed.length() > 0) {
                sentences.add(new Sentence(new TextSpan(lineStart + trimmed.getStart(), lineStart + trimmed.getEnd())));
            }
        }
    }

    /**
     * A line without a candidate sentence end, as the detector returns it (trimmed, one sentence) without
     * running it: most lines of hard-wrapped text have none.
     */
    private static void wholeLine(String text, int lineStart, int lineEnd, List<Sentence> sentences) {
        int start = lineStart;
        int end = lineEnd;
        while (start < end && StringUtil.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && StringUtil.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(new TextSpan(start, end)));
        }
    }

    /** Whether the line has a character the sentence detector may split after (once quotes are made straight). */
    private boolean mayEndSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (sentenceEnders.indexOf(QuoteNormalizer.normalise(text.charAt(i))) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<Token> tokenize(String text, Sentence sentence) {
        return tokens(text, sentence, false);
    }

    @Override
    public List<Token> tag(String text, Sentence sentence) {
        return tokens(text, sentence, true);
    }

    /** Characters per token, roughly, for turning a margin in tokens into a window of characters. */
    private static final int CHARS_PER_TOKEN = 7;

    @Override
    public List<Token> tagAround(String text, Sentence sentence, TextSpan focus, int margin) {
        int start = Math.max(sentence.span().start(), focus.start() - margin * CHARS_PER_TOKEN);
        int end = Math.min(sentence.span().end(), focus.end() + margin * CHARS_PER_TOKEN);
        if (start > sentence.span().start()) {
            while (start < focus.start() && !Character.isWhitespace(text.charAt(start - 1))) {
                start++; // do not cut a word in two
            }
        }
        if (end < sentence.span().end()) {
            while (end > focus.end() && !Character.isWhitespace(text.charAt(end))) {
                end--;
            }
        }
        // the window alone is tokenized (by rules) and tagged: cost grows with the window, not the sentence
        List<TextSpan> spans = FastTokenizer.tokenize(text, start, end);
        String[] raw = new String[spans.size()];
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            raw[i] = spans.get(i).of(text);
            words[i] = QuoteNormalizer.normalise(raw[i]);
        }
        String[] tags = tagged(words);
        var tokens = new ArrayList<Token>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(spans.get(i), raw[i], tags[i], RuleLemmatizer.lemma(words[i], tags[i])));
        }
        return tokens;
    }

    private String[] tagged(String[] words) {
        if (words.length == 0) {
            return words;
        }
        return greedyTagger != null ? greedyTagger.tag(words) : tagger.tag(words);
    }

    /** Tokenizes the sentence and, if asked, tags all its tokens. */
    private List<Token> tokens(String text, Sentence sentence, boolean tagged) {
        String sentenceText = QuoteNormalizer.normalise(sentence.text(text));
        Span[] spans = tokenizer.tokenizePos(sentenceText);
        String[] words = Span.spansToStrings(spans, sentenceText);
        int offset = sentence.span().start();
        String[] tags = tagged ? tagged(words) : null;
        var tokens = new ArrayList<Token>(words.length);
        for (int i = 0; i < words.length; i++) {
            int start = offset + spans[i].getStart();
            int end = offset + spans[i].getEnd();
            String tag = tags == null ? "" : tags[i];
            tokens.add(new Token(new TextSpan(start, end), text.substring(start, end), tag,
                    tag.isEmpty() ? "" : RuleLemmatizer.lemma(words[i], tag)));
        }
        return tokens;
    }
}
