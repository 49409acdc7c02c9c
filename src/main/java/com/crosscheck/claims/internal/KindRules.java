package com.crosscheck.claims.internal;

import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.internal.Mention.Type;
import com.crosscheck.nlp.Token;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Set;

/**
 * Decides what a number counts from the words of its own clause, in this order: its shape (money, percent,
 * date, a compound's unit), the noun it counts ("1.200 Israeli citizens"), the predicate that follows ("were
 * killed", "hostage"), then the word that governs it from the left ("the death toll ... surpassed 23,000").
 * Words elsewhere in the sentence do not count.
 */
final class KindRules {

    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "(", ")", "and", "but", "or", "while",
            "which", "who", "that", "as", "after", "before", "when", "since", "because", "\u2014", "-");
    private static final Set<String> TRAVEL_VERBS = Set.of("visit", "visiting", "visited", "travel", "travelled",
            "traveled", "travelling", "traveling", "tour", "toured", "touring", "fly", "flew");
    private static final Set<String> AUXILIARIES = Set.of("were", "was", "are", "is", "have", "has", "had", "been",
            "being", "reportedly", "later", "also");
    /** Verbs whose subject is the one who suffers: "who died", "who fled", "who drowned". */
    private static final Set<String> SUFFERED_VERBS = Set.of("die", "died", "perish", "perished", "flee", "fled",
            "drown", "drowned", "disappear", "disappeared", "leave", "left", "lose", "lost");
    private static final Set<String> QUALIFIER_WORDS = Set.of("more", "than", "at", "least", "about", "some",
            "nearly", "over", "around", "almost", "roughly", "up", "to", "an", "estimated");
    private static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");
    private static final Set<String> BE = Set.of("was", "is", "'s");
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("\\d+\\.\\d{1,2}");

    private KindRules() {
    }

    /**
     * The kind; a rank ("the third victim died") is a trip or other, never a count of casualties, and a plain
     * decimal ("a 2.9 aftershock") is a measure, never a count.
     */
    static ClaimKind kindOf(TaggedMention m) {
        ClaimKind kind = kindOfAnyType(m);
        Mention mention = m.mention();
        if (mention.type() == Type.ORDINAL && kind != ClaimKind.TRIP) {
            return ClaimKind.OTHER;
        }
        boolean fraction = mention.type() == Type.CARDINAL && mention.value() != Math.rint(mention.value());
        return kind == ClaimKind.COUNT && fraction ? ClaimKind.MEASURE : kind;
    }

    private static ClaimKind kindOfAnyType(TaggedMention m) {
        Mention mention = m.mention();
        switch (mention.type()) {
            case MONEY: return ClaimKind.MONEY;
            case PERCENT: return ClaimKind.PERCENT;
            case DATE: return ClaimKind.DATE;
            case COMPOUND: return compoundKind(m);
            case RANGE:
                if (mention.unit().equals("%")) {
                    return ClaimKind.PERCENT;
                }
                break;
            default: break;
        }
        if (isAge(m)) {
            return ClaimKind.OTHER;
        }
        if (m.tokens().get(m.first()).text().equalsIgnoreCase("twice")) {
            return ClaimKind.COUNT; // "twice admitted": how often something happened, never who was hurt
        }
        int head = m.headNoun();
        if (head >= 0) {
            String lemma = m.tokens().get(head).lemma();
            if (m.tokens().get(head).text().endsWith("-old")) {
                return ClaimKind.OTHER;
            }
            if (Lexicon.TIME_UNITS.contains(lemma) && mention.type() != Type.ORDINAL) {
                return ClaimKind.DURATION;
            }
            if (Lexicon.MEASURE_UNITS.contains(lemma)) {
                return ClaimKind.MEASURE;
            }
            // "seven life sentences" counts sentences: the last noun of a compound is what is counted
            head = m.compoundEnd(head);
            lemma = m.tokens().get(head).lemma();
            ClaimKind counted = Lexicon.counted(lemma);
            if (counted != null) {
                return counted;
            }
            if (Lexicon.THINGS.contains(lemma) && mention.type() != Type.ORDINAL) {
                return ClaimKind.COUNT;
            }
        }
        if (scaleAfter(m)) {
            return ClaimKind.MEASURE;
        }
        ClaimKind predicate = predicateAfter(m, head >= 0 ? head : m.last());
        if (predicate != null) {
            return predicate;
        }
        if (mention.type() == Type.ORDINAL) {
            boolean times = head >= 0 && m.tokens().get(head).lemma().equals("time");
            return head < 0 && tripNounBefore(m) || times && tripWordNear(m) ? ClaimKind.TRIP : ClaimKind.OTHER;
        }
        ClaimKind governor = governorBefore(m);
        if (governor != null) {
            return governor;
        }
        // a count has no decimals: "aftershocks of around 4.0", "it was 6.1"
        boolean decimal = m.first() == m.last() && DECIMAL.matcher(m.tokens().get(m.first()).text()).matches();
        return decimal ? ClaimKind.MEASURE : ClaimKind.COUNT;
    }

    /** "registering 6.1 on the Richter scale", "6.0 magnitude". */
    private static boolean scaleAfter(TaggedMention m) {
        for (int i = m.last() + 1; i < m.tokens().size() && i <= m.last() + 4; i++) {
            String lemma = m.tokens().get(i).lemma();
            if (lemma.equals("richter") || lemma.equals("magnitude")) {
                return true;
            }
        }
        return false;
    }

    private static ClaimKind compoundKind(TaggedMention m) {
        String unit = m.mention().unit().toLowerCase(Locale.ROOT);
        if (unit.endsWith("-old") || isAge(m)) {
            return ClaimKind.OTHER;
        }
        if (Lexicon.CURRENCY_NOUNS.containsKey(unit)) {
            return ClaimKind.MONEY; // "a two-million-euro necklace"
        }
        if (unit.startsWith("square-") || unit.startsWith("sq-")) {
            return ClaimKind.MEASURE;
        }
        if (Lexicon.TIME_UNITS.contains(unit)) {
            return ClaimKind.DURATION;
        }
        if (Lexicon.MEASURE_UNITS.contains(unit)) {
            return ClaimKind.MEASURE;
        }
        ClaimKind counted = Lexicon.counted(unit);
        return counted != null ? counted : ClaimKind.COUNT;
    }

    /**
     * An age: "Reid, 33,", "the president, 71,", "Tennant and Hakim, both 51,", "aged 33", "at the age of 91", "She was 91.", "At 55,
     * he ...", "a 12-year old girl".
     */
    static boolean isAge(TaggedMention m) {
        Mention mention = m.mention();
        if (mention.type() == Type.COMPOUND) {
            String next = m.lowerAfter(1);
            return mention.unit().equals("year") && (next.equals("old") || next.equals("older"));
        }
        if (AGE_WORDS.contains(m.lowerBefore(1)) || m.lowerBefore(1).equals("of") && m.lowerBefore(2).equals("age")) {
            return true;
        }
        if (mention.type() != Type.CARDINAL || mention.value() >= 120 || mention.value() != Math.rint(mention.value())) {
            return false;
        }
        String after = m.lowerAfter(1);
        boolean clauseEnds = after.equals(",") || after.equals(".") || after.equals(";");
        if (clauseEnds && PERSONAL_PRONOUNS.contains(m.lowerBefore(2)) && BE.contains(m.lowerBefore(1))) {
            return true; // "She was 91."
        }
        if (after.equals(",") && m.lowerBefore(1).equals("at") && m.startsSentenceAt(1)) {
            return true; // "At 55, he is ..."
        }
        int comma = m.lowerBefore(1).equals("both") ? 2 : 1;
        Token named = m.before(comma + 1);
        if (!m.lowerBefore(comma).equals(",") || named == null || !clauseEnds || after.equals(";")) {
            return false;
        }
        // "Reid, 33," or "the president, 71,", "his wife, 45,"
        return Character.isUpperCase(named.text().charAt(0)) || named.is("NOUN") && !named.text().endsWith("s")
                && Lexicon.POSSESSIVES.contains(m.lowerBefore(comma + 2)) || named.is("NOUN") && m.lowerBefore(comma + 2).equals("the");
    }

    /**
     * "1.9 million people, about 90% of the population, have been displaced": the predicate after an apposition
     * between commas, which lies beyond the tagged window; {@code rest} is the sentence after the number.
     */
    static @Nullable ClaimKind predicateAfterApposition(String rest) {
        var matcher = APPOSITION_THEN_PREDICATE.matcher(rest);
        if (!matcher.find()) {
            return null;
        }
        String word = matcher.group(1);
        ClaimKind kind = Lexicon.lookup(Lexicon.PREDICATES, word, word.toLowerCase(Locale.ROOT));
        return kind == ClaimKind.COUNT ? null : kind;
    }

    /**
     * "The death toll from the 7.7-magnitude earthquake in Myanmar climbed past 1,600", "the number of displaced
     * people in the region has reached 40,000": a toll or a number of casualties, then a verb of reaching right
     * before the figure, further back than the tagged window; {@code before} is the sentence up to the number.
     */
    static @Nullable ClaimKind tollBefore(String before) {
        var matcher = TOLL_THEN_FIGURE.matcher(before);
        if (!matcher.find()) {
            return null;
        }
        if (matcher.group(1) != null) {
            return ClaimKind.KILLED;
        }
        String word = matcher.group(2);
        ClaimKind kind = Lexicon.lookup(Lexicon.PREDICATES, word, word.toLowerCase(Locale.ROOT));
        return kind == null ? Lexicon.counted(word.toLowerCase(Locale.ROOT)) : kind;
    }

    private static final java.util.regex.Pattern TOLL_THEN_FIGURE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:(death toll|toll of (?:the )?dead|number of (?:the )?dead)|number of (?:people )?(\\p{L}+))\\b"
                    + "(?:(?!\\b(?:which|who|where|whose)\\b)[^.;:\\d]){0,60}?[\\d.-]*(?:(?!\\b(?:which|who|where|whose)\\b)[^.;:\\d]){0,30}?"
                    + "\\b(?:rose|risen|rising|climbed|climbing|jumped|increased|reached|hit|stood|stands|topped|passed"
                    + "|surpassed|exceeded|is|was|now)\\b[^.;:,\\d]{0,30}$");

    /** "people, about 90% of the population, have been displaced"; "killed" may also follow "were" directly. */
    private static final java.util.regex.Pattern APPOSITION_THEN_PREDICATE = java.util.regex.Pattern.compile(
            "^[\\s\\p{L}-]{0,30}?(?:,|\\s\\u2014|\\s-)\\s[^,;\\u2014]{2,60}(?:,|\\s\\u2014|\\s-)\\s+"
                    + "(?:have|has|had|were|was|are|is)\\s+(?:been\\s+|now\\s+|reportedly\\s+)?(\\p{L}+)");

    /** "people were killed", "23,000 dead", "250 others hostage": the predicate within the clause. */
    private static @Nullable ClaimKind predicateAfter(TaggedMention m, int from) {
        for (int i = from + 1; i < m.tokens().size() && i <= from + 8; i++) {
            Token t = m.tokens().get(i);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (lower.equals("who") && i == from + 1) {
                return whoClause(m, i); // "people who were killed", "thousands who fled"
            }
            if (CLAUSE_BREAKS.contains(lower) || t.is("NUM")) {
                return null;
            }
            ClaimKind kind = Lexicon.lookup(Lexicon.PREDICATES, t.text(), t.lemma());
            if (kind != null) {
                return kind;
            }
            if (leftHomes(m, i)) {
                return ClaimKind.DISPLACED;
            }
        }
        return null;
    }

    /**
     * The predicate of a relative clause on the counted: passive ("who were killed", "who have been displaced")
     * or a verb whose subject suffers it ("who died", "who fled"); "soldiers who killed 3 militants" is neither.
     */
    private static @Nullable ClaimKind whoClause(TaggedMention m, int who) {
        int i = who + 1;
        boolean auxiliary = false;
        while (i < m.tokens().size() && i <= who + 3 && AUXILIARIES.contains(m.tokens().get(i).text().toLowerCase(Locale.ROOT))) {
            auxiliary = true;
            i++;
        }
        if (i >= m.tokens().size()) {
            return null;
        }
        Token verb = m.tokens().get(i);
        String word = verb.text().toLowerCase(Locale.ROOT);
        if (!auxiliary && !SUFFERED_VERBS.contains(verb.lemma()) && !SUFFERED_VERBS.contains(word)) {
            return null;
        }
        ClaimKind kind = Lexicon.lookup(Lexicon.PREDICATES, verb.text(), verb.lemma());
        return kind != null ? kind : leftHomes(m, i) ? ClaimKind.DISPLACED : null;
    }

    /**
     * "left their homes", "lost their houses", "were forced out of their homes": a verb of leaving, then a home
     * that is theirs ("left for home" is a journey, not a displacement).
     */
    private static boolean leftHomes(TaggedMention m, int verb) {
        Token t = m.tokens().get(verb);
        if (!Lexicon.LEAVING_VERBS.contains(t.lemma()) && !Lexicon.LEAVING_VERBS.contains(t.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = verb + 2; i < m.tokens().size() && i <= verb + 4; i++) {
            String owner = m.tokens().get(i - 1).text().toLowerCase(Locale.ROOT);
            if (Lexicon.HOMES.contains(m.tokens().get(i).lemma()) && Lexicon.POSSESSIVES.contains(owner)) {
                return true;
            }
        }
        return false;
    }

    /** "the death toll in the enclave has surpassed 23,000", "killing 89", "the massacre of 1.200". */
    private static @Nullable ClaimKind governorBefore(TaggedMention m) {
        boolean coordinated = false;
        for (int i = m.first() - 1; i >= 0 && i >= m.first() - 8; i--) {
            Token t = m.tokens().get(i);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (t.is("NUM") && t.text().indexOf('-') > 0 && Character.isLetter(t.text().charAt(t.text().length() - 1))) {
                continue; // "the 7.7-magnitude earthquake": a compound modifier, not another figure
            }
            if (t.is("NUM") && !coordinated && coordinatedWith(m, i)) {
                coordinated = true; // "killed 12 soldiers and 3 civilians": the second figure shares the first's verb
                continue;
            }
            if (lower.equals(";") || lower.equals(":") || t.is("NUM") || lower.equals(",") && i < m.first() - 3) {
                return null;
            }
            if (lower.equals("for") && onlyQualifiersBetween(m, i)) {
                return null; // "four hostages for 600 prisoners": what they were exchanged for
            }
            ClaimKind kind = Lexicon.lookup(Lexicon.GOVERNORS, t.text(), t.lemma());
            // "life" before a noun is a sentence or a term ("life sentences"), not lives lost; other casualty
            // words keep their sense as modifiers ("a refugee camp of 21,000", "casualty figures")
            boolean lifeTerm = t.lemma().equals("life") && i + 1 < m.first() && m.tokens().get(i + 1).is("NOUN");
            if (kind == null && t.isNoun() && !lifeTerm) {
                ClaimKind counted = Lexicon.counted(t.lemma());
                kind = counted == ClaimKind.TRIP ? null : counted;
            }
            if (kind == ClaimKind.KILLED && lower.equals("toll") && !deathTollAround(m, i)) {
                continue;
            }
            if (kind != null && kind != ClaimKind.COUNT) {
                return kind;
            }
            if (lower.equals("out") && i > 0 && m.tokens().get(i - 1).lemma().equals("take")) {
                return ClaimKind.KILLED;
            }
        }
        return null;
    }

    /**
     * Whether only a noun phrase and "and" (or a comma) stand between an earlier figure and this one; a bare
     * figure and a comma ("rose to 12, and 40 volunteers") end a clause instead.
     */
    private static boolean coordinatedWith(TaggedMention m, int earlier) {
        if (earlier + 1 < m.first() && m.tokens().get(earlier + 1).text().equals(",")) {
            return false;
        }
        boolean joined = false;
        for (int i = earlier + 1; i < m.first(); i++) {
            Token t = m.tokens().get(i);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (lower.equals("and") || lower.equals(",")) {
                joined = true;
            } else if (!t.isNoun() && !t.is("ADJ")) {
                return false;
            }
        }
        return joined && m.lowerBefore(1).equals("and");
    }

    /** Whether only qualifying words ("more than", "at least") stand between token {@code i} and the number. */
    private static boolean onlyQualifiersBetween(TaggedMention m, int i) {
        for (int j = i + 1; j < m.first(); j++) {
            if (!QUALIFIER_WORDS.contains(m.tokens().get(j).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean deathTollAround(TaggedMention m, int tollIndex) {
        String previous = tollIndex > 0 ? m.tokens().get(tollIndex - 1).lemma() : "";
        return previous.equals("death") || previous.equals("the") || previous.equals("casualty");
    }

    /** "killing", "wounded", "injuring": a verb that makes the number after it a casualty figure. */
    static boolean casualtyVerb(Token t) {
        if (!t.is("VERB")) {
            return false;
        }
        ClaimKind kind = Lexicon.lookup(Lexicon.GOVERNORS, t.text(), t.lemma());
        return kind != null && kind != ClaimKind.COUNT && kind != ClaimKind.MEASURE;
    }

    /** Whether the number counts things that cannot be casualties: "12 worst-hit villages", "40 trucks". */
    static boolean countsThings(TaggedMention m) {
        int head = m.headNoun();
        return head >= 0 && Lexicon.THINGS.contains(m.tokens().get(m.compoundEnd(head)).lemma());
    }

    /** A word of travelling in the tagged window: "visiting the region for the 10th time". */
    static boolean tripWordNear(TaggedMention m) {
        for (Token t : m.tokens()) {
            if (Lexicon.counted(t.lemma()) == ClaimKind.TRIP || TRAVEL_VERBS.contains(t.lemma())
                    || TRAVEL_VERBS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** An ordinal with no noun of its own ("his 11th to the region") after a trip noun in the sentence. */
    private static boolean tripNounBefore(TaggedMention m) {
        for (int i = m.first() - 1; i >= 0; i--) {
            if (Lexicon.counted(m.tokens().get(i).lemma()) == ClaimKind.TRIP) {
                return true;
            }
        }
        return false;
    }
}
