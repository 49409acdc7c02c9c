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
    private static final Pattern ABBREVIATED_IDENTIFIER = Pattern.compile("(?i)\\b(?:ch|no|nos|vol|art|pt|pp?|fig|ext)\\.\\s?$");
    private static final Set<String> EMERGENCY_NUMBERS = Set.of("911", "999", "112", "000", "111");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(\u00a9|copyright|\\(c\\))\\s*$");
    /** "800-800-3855", "(503) 555-0199", "1-877-LAPD-247", "0800 555 111": a telephone number, whatever its context. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d-])(?:1[-. ])?(?:\\(\\d{3}\\) ?|\\d{3}[-.])(?:\\d{3}[-.]\\d{4}|[A-Z]{3,}(?:-[A-Z0-9]+)*)(?![\\d-])"
                    // "0845 125 2222", "0800 555 111", "+44 20 7946 0958": trunk or country prefix, then groups
                    + "|(?<![\\d-])(?:0\\d{2,4}|\\+\\d{1,3}(?:[ .-]\\d{1,4})?)[ .-]\\d{3,4}[ .-]\\d{3,4}(?![\\d-])");
    /** "527-3247": seven digits read as a number to call only where the words before say so. */
    private static final Pattern LOCAL_PHONE = Pattern.compile("(?<![\\d-])\\d{3}-\\d{4}(?![\\d-])");
    private static final Pattern CALL_WORDS = Pattern.compile(
            "(?i)\\b(call|calls|calling|phone|telephone|hotline|helpline|tip line|dial|tel\\.?|fax|text)\\b");
    /** Street types after a house number: "10 Downing Street", "the Newberg 214 Highway". */
    private static final Set<String> STREETS = Set.of("street", "st", "st.", "avenue", "ave", "ave.", "road", "rd",
            "rd.", "boulevard", "blvd", "blvd.", "highway", "hwy", "lane", "drive", "parkway", "freeway", "place");

    private NotClaimRules() {
    }

    static boolean isClaim(TaggedMention m, String body, int sentenceStart) {
        Mention mention = m.mention();
        String before = body.substring(Math.max(sentenceStart, mention.span().start() - 12), mention.span().start());
        if (mayBeCopyright(before) && COPYRIGHT.matcher(before).find()) {
            return false;
        }
        String justBefore = body.substring(Math.max(0, mention.span().start() - 8), mention.span().start());
        if (justBefore.indexOf('.') >= 0 && ABBREVIATED_IDENTIFIER.matcher(justBefore).find()) {
            return false; // "Ch. 4", "No. 10", "Vol. 3": the sentence detector may have split after the dot
        }
        int end = mention.span().end();
        if (isPhoneNumber(body, mention.span().start(), end) || isAddress(m)) {
            return false;
        }
        if (end + 1 < body.length() && body.charAt(end) == '/' && Character.isDigit(body.charAt(end + 1))) {
            return false; // "9/11", "24/7"
        }
        return switch (mention.type()) {
            case DATE -> !isYearInName(m) && !(mention.unit().equals("year") && isIdentifier(m));
            case RANGE -> !isScore(m, body, sentenceStart);
            case COMPOUND -> !Lexicon.FIXED_COMPOUND_UNITS.contains(mention.unit().toLowerCase(Locale.ROOT));
            case ORDINAL -> isRank(m, body);
            case CARDINAL -> !isIdentifier(m) && !isAnaphoric(m, body) && !isPronounOne(m, body) && !isCode(m, body)
                    && !isEmergencyNumber(m, body);
            default -> true;
        };
    }

    /** Whether the number at {@code start..end} is part of a telephone number. */
    static boolean isPhoneNumber(String body, int start, int end) {
        int from = Math.max(0, start - 12);
        int to = Math.min(body.length(), end + 16);
        String around = body.substring(from, to);
        if (overlaps(PHONE.matcher(around), start - from, end - from)) {
            return true;
        }
        return overlaps(LOCAL_PHONE.matcher(around), start - from, end - from)
                && CALL_WORDS.matcher(body.substring(Math.max(0, start - 60), start)).find();
    }

    private static boolean overlaps(java.util.regex.Matcher matcher, int start, int end) {
        while (matcher.find()) {
            if (matcher.start() < end && matcher.end() > start) {
                return true;
            }
        }
        return false;
    }

    /** "the 3400 block of Thorpe Street", "10 Downing Street", "Newberg 214 Highway": a place, not a count. */
    private static boolean isAddress(TaggedMention m) {
        if (m.lowerAfter(1).equals("block") && m.lowerAfter(2).equals("of")) {
            return true;
        }
        for (int i = 1; i <= 5; i++) {
            Token t = m.after(i);
            if (t != null && t.text().equals(".") && i > 1) {
                continue; // "200 W. American Blvd."
            }
            if (t == null || !Character.isUpperCase(t.text().charAt(0))) {
                return false;
            }
            if (STREETS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
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

    /** "licence plate 0843", "case 00172": digits with a leading zero are a code, not an amount. */
    private static boolean isCode(TaggedMention m, String body) {
        String text = m.mention().span().of(body);
        return text.length() >= 3 && text.charAt(0) == '0' && text.chars().allMatch(Character::isDigit);
    }

    /** "called 911", "dialled 999": the emergency number, not a figure. */
    private static boolean isEmergencyNumber(TaggedMention m, String body) {
        String text = m.mention().span().of(body);
        String verb = m.lowerBefore(1);
        return EMERGENCY_NUMBERS.contains(text) && (verb.startsWith("call") || verb.startsWith("dial") || verb.equals("to"));
    }

    /** "his fifth trip", "the 11th to the region" are ranks; "for the first time", "Second Lebanon War" are not. */
    private static boolean isRank(TaggedMention m, String body) {
        int end = m.mention().span().end();
        if (Scan.regionIgnoringCase(body, end, "-degree") || Scan.regionIgnoringCase(body, end, "-hand")
                || m.lowerBefore(1).equals("at") || m.after(1) != null && m.after(1).is("NUM")) {
            return false; // "first-degree murder", "second-hand", "at first", "the first 48 hours"
        }
        String text = m.tokens().get(m.first()).text();
        Token next = m.after(1);
        if (Character.isUpperCase(text.charAt(0)) && !m.startsSentence() && next != null
                && Character.isUpperCase(next.text().charAt(0))) {
            return false; // a name: "Second Lebanon War", "First Lady"
        }
        int head = m.headNoun();
        if (head >= 0) {
            String lemma = m.tokens().get(head).lemma();
            // "for the first time" is an idiom, but "visiting the region for the 10th time" numbers a trip
            return !Lexicon.IDIOMATIC_ORDINAL_NOUNS.contains(lemma) || lemma.equals("time") && KindRules.tripWordNear(m);
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
        if (next != null && ONE_IDIOM_NEXT.contains(next.text().toLowerCase(Locale.ROOT))) {
            return true; // "one of the girls", "at least one more time"
        }
        Token previous = m.before(1);
        boolean countedByVerb = previous != null && (m.lowerBefore(1).equals("least") && m.lowerBefore(2).equals("at")
                || KindRules.casualtyVerb(previous)); // "killing one", "killing at least one"
        if (countedByVerb) {
            return false;
        }
        return next == null || ONE_IDIOM_BEFORE.contains(m.lowerBefore(1)) || !(next.isNoun() || next.is("ADJ"));
    }
}
