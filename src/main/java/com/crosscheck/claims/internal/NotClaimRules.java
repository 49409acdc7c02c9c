package com.crosscheck.claims.internal;

import com.crosscheck.nlp.Gazetteer;

import com.crosscheck.claims.internal.Mention.Type;
import com.crosscheck.nlp.Token;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Number expressions that are not claims: identifiers ("Resolution 1701"), names ("Second Lebanon War"),
 * years used inside a name ("the 2006 war"), scores ("4-3"), copyright lines, fixed phrases ("two-state
 * solution", "for the first time", "one of"), anaphoric references ("the two countries") and pronoun uses of
 * "one".
 */
final class NotClaimRules {

    private static final Set<String> DETERMINERS = Set.of("the", "these", "those", "both", "its", "their", "his",
            "her", "our", "this", "that", "a", "an");
    private static final Set<String> DATE_PREPOSITIONS = Set.of("in", "since", "by", "until", "till", "from", "of",
            "during", "before", "after", "through", "to", "between", "and", ",", "(", "as", "on", "early", "late",
            "mid", "around", "circa", "year", "summer", "winter", "spring", "autumn", "fall");
    private static final Set<String> ONE_IDIOM_NEXT = Set.of("of", "another", "day", "point", "thing", "side", "way",
            "hand", "more", "or", "by", "time", "morning", "evening", "night", "year", "week", "question");
    private static final Set<String> ONE_IDIOM_BEFORE = Set.of("no", "any", "every", "each", "the", "this", "that",
            "which", "someone", "anyone", "everyone", "no-", "at");
    private static final Pattern SCORE_CONTEXT = Pattern.compile(
            "(?i)\\b(win|won|beat|defeat|lead|led|score|victory|match|game|draw|advantage|majority|margin|vote[sd]?)\\b");
    private static final Set<String> ELIDED_FOLLOWERS = Set.of("to", "in", "since", "of", "this", "so", ",", ".");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(\u00a9|copyright|\\(c\\))\\s*$");

    private NotClaimRules() {
    }

    static boolean isClaim(TaggedMention m, String body, int sentenceStart) {
        Mention mention = m.mention();
        String before = body.substring(Math.max(sentenceStart, mention.span().start() - 12), mention.span().start());
        if (mayBeCopyright(before) && COPYRIGHT.matcher(before).find()) {
            return false;
        }
        int end = mention.span().end();
        if (end + 1 < body.length() && body.charAt(end) == '/' && Character.isDigit(body.charAt(end + 1))) {
            return false; // "9/11", "24/7"
        }
        return switch (mention.type()) {
            case DATE -> !isYearInName(m) && !(mention.unit().equals("year") && isIdentifier(m));
            case RANGE -> !isScore(m, body, sentenceStart);
            case COMPOUND -> !Lexicon.FIXED_COMPOUND_UNITS.contains(mention.unit().toLowerCase(Locale.ROOT));
            case ORDINAL -> isRank(m);
            case CARDINAL -> !isIdentifier(m) && !isAnaphoric(m, body) && !isPronounOne(m, body);
            default -> true;
        };
    }

    /** Whether {@link #COPYRIGHT} can match: it needs "\u00a9", "(c)" or "copyright". */
    private static boolean mayBeCopyright(String before) {
        return before.indexOf('\u00a9') >= 0 || before.indexOf('(') >= 0 || Scan.asciiLowerCase(before).contains("copyright");
    }

    /** "the 2006 war", "the 2024 US presidential vote": a bare year after a determiner, before a noun. */
    private static boolean isYearInName(TaggedMention m) {
        if (!m.mention().unit().equals("year")) {
            return false;
        }
        Token next = m.after(1);
        boolean modifiesNext = next != null && (next.isNoun() || next.is("ADJ"));
        return modifiesNext && DETERMINERS.contains(m.lowerBefore(1)) || modifiesNext
                && !DATE_PREPOSITIONS.contains(m.lowerBefore(1)) && !m.startsSentence()
                && next.text().chars().allMatch(Character::isLowerCase) && !next.text().endsWith("s");
    }

    private static boolean isScore(TaggedMention m, String body, int sentenceStart) {
        Mention mention = m.mention();
        boolean small = mention.value() <= 30 && mention.high() != null && mention.high() <= 30;
        String sentence = body.substring(sentenceStart, Math.min(body.length(), mention.span().end() + 40));
        return small && SCORE_CONTEXT.matcher(sentence).find();
    }

    /** "his fifth trip", "the 11th to the region" are ranks; "for the first time", "Second Lebanon War" are not. */
    private static boolean isRank(TaggedMention m) {
        String text = m.tokens().get(m.first()).text();
        Token next = m.after(1);
        if (Character.isUpperCase(text.charAt(0)) && !m.startsSentence() && next != null
                && Character.isUpperCase(next.text().charAt(0))) {
            return false; // a name: "Second Lebanon War", "First Lady"
        }
        int head = m.headNoun();
        if (head >= 0) {
            return !Lexicon.IDIOMATIC_ORDINAL_NOUNS.contains(m.tokens().get(head).lemma());
        }
        // an ordinal standing for its noun: "his 11th to the region", "Blinken's 11th to Israel"
        String previous = m.lowerBefore(1).replace('\u2019', '\'');
        return ELIDED_FOLLOWERS.contains(m.lowerAfter(1))
                && (DETERMINERS.contains(previous) || previous.endsWith("'s") || previous.endsWith("s'"));
    }

    /** "Resolution 1701", "Flight 17": a capitalised name or an identifier noun right before a bare number. */
    private static boolean isIdentifier(TaggedMention m) {
        Token previous = m.before(1);
        String text = m.tokens().get(m.first()).text();
        if (previous == null || !Character.isDigit(text.charAt(0)) || text.contains(",")) {
            return false;
        }
        String lower = previous.text().toLowerCase(Locale.ROOT);
        if (Lexicon.IDENTIFIER_NOUNS.contains(lower) || lower.equals("#") || lower.equals("no.")) {
            return true;
        }
        Token next = m.after(1);
        return previous.is("PROPN") && Character.isUpperCase(previous.text().charAt(0)) && m.first() > 1
                && (next == null || !next.isNoun() && !next.is("ADJ")) && Gazetteer.place(previous.text()) == null;
    }

    /** "the two countries", "these three men": a small number word naming things already mentioned. */
    private static boolean isAnaphoric(TaggedMention m, String body) {
        String text = m.mention().span().of(body).toLowerCase(Locale.ROOT);
        if (Character.isDigit(text.charAt(0)) || m.mention().value() > 10) {
            return false;
        }
        String previous = m.lowerBefore(1);
        int head = m.headNoun();
        return (previous.equals("the") || previous.equals("these") || previous.equals("those") || previous.equals("both"))
                && head == m.last() + 1 && m.tokens().get(head).text().toLowerCase(Locale.ROOT).endsWith("s");
    }

    /** "one of the", "no one", "at one point": "one" as a pronoun or in an idiom. */
    private static boolean isPronounOne(TaggedMention m, String body) {
        if (!m.mention().span().of(body).equalsIgnoreCase("one")) {
            return false;
        }
        Token next = m.after(1);
        return next == null || ONE_IDIOM_NEXT.contains(next.text().toLowerCase(Locale.ROOT))
                || ONE_IDIOM_BEFORE.contains(m.lowerBefore(1)) || !(next.isNoun() || next.is("ADJ"));
    }
}
