package com.crosscheck.matching.internal;

import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.matching.ComparedClaim;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What matching compares between two claims, read once per claim: the counted subject, the place, whether
 * the figure belongs to a proposal rather than to what happened, when its event happened, what a measure
 * measures and from where, and the words of its sentence.
 *
 * @param opening      whether the claim is in the article's opening lines, where the main news is told
 * @param severity     how badly the counted were hurt ("seriously", "critically"), when the figure's phrase says
 * @param range        the values the claim allows, in one unit per dimension
 * @param hypothetical whether the figure is what can happen rather than what did ("a magnitude-6 quake can
 *                     cause severe damage")
 */
record ClaimFeatures(ComparedClaim compared, CountedSubject subject, @Nullable String place, boolean proposal,
        boolean previous, @Nullable String eventTime, String dimension, Set<String> reference, Set<String> words,
        boolean opening, boolean hypothetical, ValueRange range, @Nullable String severity) {

    /** Characters from the start of the body within which a sentence counts as the article's opening. */
    static final int OPENING = 300;

    private static final Pattern PROPOSAL = Pattern.compile(
            "(?i)\\b(propos\\w*|offer\\w*|deal|exchange|demand\\w*|would|plan to|call(?:ed|s)? for|seek\\w*|swap)\\b");
    /** How badly the counted were hurt, when the figure's phrase says: "30 people seriously injured". */
    private static final Pattern SEVERITY = Pattern.compile(
            "(?i)\\b(seriously|critically|severely|badly|gravely|slightly|lightly|moderately|fatally)\\b");
    private static final int SEVERITY_REACH = 30;
    /** A modal verb right after the figure's noun phrase. */
    private static final Pattern MODAL_AFTER = Pattern.compile("^[\\p{L}\\s-]{0,20}?\\b(can|could|may|might)\\b");
    /** A year that opens the clause of a figure: "In 2004, a quake ... killed 230,000"; not "since 2004". */
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?i)(?<!since |from |until |before )\\b(19\\d\\d|20\\d\\d)\\b");

    static ClaimFeatures of(ComparedClaim compared, String sentence) {
        return of(compared, sentence, SentenceWords.of(sentence));
    }

    /** The features of a claim whose sentence's content words are already known (claims share sentences). */
    static ClaimFeatures of(ComparedClaim compared, String sentence, Set<String> words) {
        Claim claim = compared.claim();
        int at = Math.max(0, Math.min(claim.span().start() - claim.sentence().start(), sentence.length()));
        String before = sentence.substring(0, at);
        String dimension = MeasureDimension.of(claim, sentence, at);
        boolean previous = claim.subject().toLowerCase(Locale.ROOT).contains("previous")
                || before.toLowerCase(Locale.ROOT).contains("previous");
        return new ClaimFeatures(compared, CountedSubject.of(claim.subject()), claim.place(),
                PROPOSAL.matcher(before).find(), previous, eventTime(claim.time(), before), dimension,
                dimension.equals(MeasureDimension.DISTANCE)
                        ? MeasureDimension.reference(sentence, at + claim.text().length()) : Set.of(),
                words, claim.sentence().start() < OPENING,
                MODAL_AFTER.matcher(sentence.substring(Math.min(sentence.length(), at + claim.text().length()))).find(),
                ValueRange.of(claim.quantity(), claim.kind(), previous && claim.quantity().unit().isEmpty()),
                severity(sentence.substring(at, Math.min(sentence.length(), at + claim.text().length() + SEVERITY_REACH))));
    }

    /**
     * The time a claim names for its event, as ISO text (year, month or day): its own time, else a year that
     * opens its clause ("In September 2009 a quake near Padang killed more than 1,000"); null for none or a
     * period start.
     */
    private static @Nullable String eventTime(@Nullable String time, String before) {
        if (time != null && !time.startsWith("since") && Character.isDigit(time.charAt(0))) {
            int slash = time.indexOf('/');
            return slash > 0 ? time.substring(0, slash) : time;
        }
        Matcher year = YEAR_BEFORE.matcher(before);
        return time == null && year.find() ? year.group(1) : null;
    }

    private static @Nullable String severity(String phrase) {
        Matcher m = SEVERITY.matcher(phrase);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** When the event happened as far as known: its own time, else the article's publication date. */
    @Nullable String eventTimeOrPublished() {
        if (eventTime != null) {
            return eventTime;
        }
        return compared.published() == null ? null : compared.published().toString();
    }

    ClaimKind kind() {
        return compared.claim().kind();
    }

    Set<String> headWords() {
        return subject.headWords();
    }

    Set<String> nationalities() {
        return subject.nationalities();
    }

    CountedSubject.Role role() {
        return subject.role();
    }

    @Nullable String scope() {
        return subject.scope();
    }
}
