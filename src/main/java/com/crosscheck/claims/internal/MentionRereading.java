package com.crosscheck.claims.internal;

import com.crosscheck.claims.CalendarDate;
import com.crosscheck.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Second readings of a number found on the raw text, once its sentence is tagged: "1500 soldiers" is a count,
 * not the year 1500, while "in 2006" stays a year; "from 1983-2005" is a span of years, not a range of a count;
 * "weighing 180 pounds" is a weight, not money.
 */
final class MentionRereading {

    private static final Set<String> WEIGHING = Set.of("weigh", "weighs", "weighed", "weighing", "weight");
    private static final Set<String> BODY_MEASURES = Set.of("foot", "feet", "inch", "inches", "tall");

    private MentionRereading() {
    }

    static Mention reread(Mention mention, List<Token> tokens, int sentenceStart) {
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
}
