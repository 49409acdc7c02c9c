package com.crosscheck.claims.internal;

import com.crosscheck.nlp.Token;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/** A mention seen in its tagged sentence: the tokens it covers and the tokens around it. */
record TaggedMention(Mention mention, List<Token> tokens, int first, int last, int sentenceStart) {

    /** The mention among {@code tokens}, which may be a window of its sentence starting anywhere. */
    static TaggedMention of(Mention mention, List<Token> tokens, int sentenceStart) {
        int first = 0;
        while (first < tokens.size() - 1 && tokens.get(first).end() <= mention.span().start()) {
            first++;
        }
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).start() < mention.span().end()) {
            last++;
        }
        return new TaggedMention(mention, tokens, first, last, sentenceStart);
    }

    /** The token {@code offset} places after the mention's last token (1 = right after), or null. */
    @Nullable Token after(int offset) {
        int i = last + offset;
        return i < tokens.size() ? tokens.get(i) : null;
    }

    /** The token {@code offset} places before the mention's first token (1 = right before), or null. */
    @Nullable Token before(int offset) {
        int i = first - offset;
        return i >= 0 ? tokens.get(i) : null;
    }

    String lowerAfter(int offset) {
        Token t = after(offset);
        return t == null ? "" : t.text().toLowerCase(Locale.ROOT);
    }

    String lowerBefore(int offset) {
        Token t = before(offset);
        return t == null ? "" : t.text().toLowerCase(Locale.ROOT);
    }

    /** Whether the token {@code offset} places before the mention begins the sentence. */
    boolean startsSentenceAt(int offset) {
        int i = first - offset;
        return i >= 0 && tokens.get(i).start() == sentenceStart;
    }

    /** Whether the mention begins its sentence. */
    boolean startsSentence() {
        return first == 0 && tokens.getFirst().start() == sentenceStart;
    }

    /**
     * The index of the head noun the number counts: the first noun after it, past adjectives, numbers,
     * possessives and an "of the" ("70 of the group's fighters"), within a few tokens; -1 if none.
     */
    int headNoun() {
        for (int i = last + 1; i < tokens.size() && i <= last + 5; i++) {
            Token t = tokens.get(i);
            String lower = t.text().toLowerCase(Locale.ROOT);
            boolean endsPhrase = i + 1 >= tokens.size() || !tokens.get(i + 1).isNoun();
            boolean possessive = t.pos().endsWith("+PART") || i + 1 < tokens.size()
                    && (tokens.get(i + 1).text().equals("'s") || tokens.get(i + 1).text().equals("\u2019s"));
            if (!possessive && (t.is("NOUN") || t.is("PROPN") && endsPhrase)) {
                return i;
            }
            boolean modifier = possessive || t.is("ADJ") || t.is("NUM") || t.is("PROPN") || t.is("DET") && i > last + 1
                    || lower.equals("of") && i == last + 1 || lower.equals("'s") || t.is("PART") || lower.equals("-");
            if (!modifier) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The last noun of the compound that {@code head} begins: "sentences" in "life sentences". A modifying noun
     * is in its base form, so a plural ends the compound ("civilians fleeing"), as does a gerund.
     */
    int compoundEnd(int head) {
        int end = head;
        while (end + 1 < tokens.size() && end + 1 <= head + 3 && tokens.get(end + 1).is("NOUN")
                && !tokens.get(end + 1).text().endsWith("ing") && !tokens.get(end).pos().endsWith("+PART")
                && tokens.get(end).lemma().equals(tokens.get(end).text().toLowerCase(Locale.ROOT))) {
            end++;
        }
        return end;
    }
}
