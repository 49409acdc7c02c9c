package com.crosscheck.claims.internal;

import com.crosscheck.nlp.Sentence;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

/**
 * What the claims of one sentence share, worked out once for all of them: its text, its numbers and dates, who
 * states them, and the relative time it names (looked for only if a claim has no date nearby).
 */
final class SentenceFacts {

    private final Sentence sentence;
    private final String text;
    private final List<Mention> mentions;
    private final List<Mention> dates;
    private final @Nullable LocalDate published;
    private final @Nullable String source;
    private boolean relativeRead;
    private @Nullable String relative;

    SentenceFacts(String body, Sentence sentence, List<Mention> mentions, @Nullable LocalDate published) {
        this.sentence = sentence;
        this.text = sentence.text(body);
        this.mentions = mentions;
        this.dates = mentions.stream().filter(m -> m.type() == Mention.Type.DATE).toList();
        this.published = published;
        this.source = SourceReader.source(text);
    }

    Sentence sentence() {
        return sentence;
    }

    /** The number expressions of the sentence, in text order. */
    List<Mention> mentions() {
        return mentions;
    }

    /**
     * Who states the figure at {@code offset} (in the body): the sentence's source, unless the sentence sets
     * clauses with sources of their own against each other ("killed 180 people, according to the governor,
     * while the ministry put the toll at 214"); then the source of the figure's clause.
     */
    @Nullable String sourceAt(int offset) {
        Matcher contrast = CONTRAST.matcher(text);
        if (source == null || !contrast.find()) {
            return source;
        }
        int at = offset - sentence.span().start();
        int from = 0;
        contrast.reset();
        while (contrast.find()) {
            if (contrast.start() >= at) {
                String own = SourceReader.source(text.substring(from, contrast.start()));
                return own != null ? own : source;
            }
            from = contrast.end();
        }
        String own = SourceReader.source(text.substring(from));
        return own != null ? own : source;
    }

    /** Where a sentence turns from one statement to another: ", while", ", whereas", ", but", ";". */
    private static final java.util.regex.Pattern CONTRAST = java.util.regex.Pattern.compile(
            ",\\s+(?:while|whereas|but)\\s+|;\\s+");

    @Nullable String source() {
        return source;
    }

    /** The time of a claim starting at {@code claimStart}: the nearest date, else the sentence's relative time. */
    @Nullable String timeAround(int claimStart) {
        String date = TimeReader.nearestDate(claimStart, dates, text, sentence.span().start(), published);
        if (date != null) {
            return date;
        }
        if (!relativeRead) {
            relative = TimeReader.relativeTime(text, published);
            relativeRead = true;
        }
        return relative;
    }
}
