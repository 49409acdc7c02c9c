package com.crosscheck.claims.internal;

import com.crosscheck.claims.CalendarDate;
import com.crosscheck.nlp.Token;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Second readings of a number found on the raw text, once its sentence is tagged: "1500 soldiers" is a count,
 * not the year 1500, while "in 2006" stays a year; "from 1983-2005" is a span of years, not a range of a count;
 * "weighing 180 pounds" is a weight, not money.
 */
final class MentionRereading {

    private static final Set<String> WEIGHING = Set.of("weigh", "weighs", "weighed", "weighing", "weight");
    private static final Set<String> TIME_ZONES = Set.of("gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est",
            "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "ist", "hkt", "jst", "aest", "aedt", "msk", "wib",
            "sast", "eat", "wat", "gst", "ast", "idt");
    private static final Pattern CLOCK_DIGITS = Pattern.compile("([01]?\\d|2[0-3])[.:]?([0-5]\\d)");
    private static final Set<String> BODY_MEASURES = Set.of("foot", "feet", "inch", "inches", "tall");

    private MentionRereading() {
    }

    static Mention reread(Mention mention, List<Token> tokens, int sentenceStart) {
        Mention clock = clockTime(mention, tokens, sentenceStart);
        if (clock != null) {
            return clock;
        }
        if (mention.type() == Mention.Type.RANGE) {
            return yearSpan(mention, tokens, sentenceStart);
        }
        if (mention.type() == Mention.Type.MONEY) {
            return poundsOfWeight(mention, tokens, sentenceStart);
        }
        if (mention.type() != Mention.Type.DATE || !mention.unit().equals("year")) {
            return mention;
        }
        TaggedMention m = TaggedMention.of(mention, tokens, sentenceStart);
        Token next = m.after(1);
        boolean countsNext = next != null && next.is("NOUN") && next.text().endsWith("s")
                && !Character.isUpperCase(next.text().charAt(0))
                && !List.of("the", "its", "their", "a", "this", "that").contains(m.lowerBefore(1));
        return countsNext ? new Mention(mention.span(), Mention.Type.CARDINAL, mention.value(), null, "", null)
                : mention;
    }

    /** Two whole years, the later second, that count nothing after them ("2000-3000 protesters" does). */
    private static Mention yearSpan(Mention range, List<Token> tokens, int sentenceStart) {
        Double high = range.high();
        double low = range.value();
        if (high == null || low < 1800 || high > 2100 || high <= low || low != Math.rint(low)
                || high != Math.rint(high) || !range.unit().isEmpty()) {
            return range;
        }
        TaggedMention m = TaggedMention.of(range, tokens, sentenceStart);
        int head = m.headNoun();
        if (head >= 0 && m.tokens().get(head).text().endsWith("s") || m.tokens().get(m.first()).text().contains(",")) {
            return range;
        }
        String iso = (int) low + "/" + high.intValue();
        return new Mention(range.span(), Mention.Type.DATE, low, null, "year", new CalendarDate(iso, null));
    }

    /**
     * "weighing 180 pounds", "6 feet tall and 200 pounds": pounds spelled out (not "£") after a word of weighing
     * or a body measure are a weight ("5 million pounds of aid" stays money).
     */
    private static Mention poundsOfWeight(Mention money, List<Token> tokens, int sentenceStart) {
        if (!money.unit().equals("GBP")) {
            return money;
        }
        TaggedMention m = TaggedMention.of(money, tokens, sentenceStart);
        String last = m.tokens().get(m.last()).text().toLowerCase(Locale.ROOT);
        if (!last.startsWith("pound")) {
            return money;
        }
        boolean weight = false;
        for (int i = Math.max(0, m.first() - 6); i < m.first() && !weight; i++) {
            String word = m.tokens().get(i).text().toLowerCase(Locale.ROOT);
            weight = WEIGHING.contains(word) || BODY_MEASURES.contains(word);
        }
        return weight ? new Mention(money.span(), Mention.Type.COMPOUND, money.value(), null, "lb", null) : money;
    }

    /** "08.23 BST", "1052 GMT": a clock time, as a time zone after it shows, not a decimal or a year. */
    private static @Nullable Mention clockTime(Mention mention, List<Token> tokens, int sentenceStart) {
        if (mention.type() != Mention.Type.CARDINAL && mention.type() != Mention.Type.DATE) {
            return null;
        }
        TaggedMention m = TaggedMention.of(mention, tokens, sentenceStart);
        if (m.first() != m.last() || !TIME_ZONES.contains(m.lowerAfter(1))) {
            return null;
        }
        Matcher digits = CLOCK_DIGITS.matcher(m.tokens().get(m.first()).text());
        if (!digits.matches()) {
            return null;
        }
        String hour = digits.group(1).length() == 1 ? "0" + digits.group(1) : digits.group(1);
        return new Mention(mention.span(), Mention.Type.DATE, 0, null, "time",
                new CalendarDate("T" + hour + ":" + digits.group(2), null));
    }
}
