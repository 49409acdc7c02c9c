package com.crosscheck.claims.internal;

import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Quantity;
import com.crosscheck.claims.internal.Bounds.Bound;

/** Combines a number with its qualifier into a {@link Quantity}: value, bounds, approximation and unit. */
final class QuantityBuilder {

    private QuantityBuilder() {
    }

    static Quantity build(TaggedMention m, Bounds bounds, ClaimKind kind) {
        Mention mention = m.mention();
        double value = mention.value();
        String unit = unit(m, kind);
        if (mention.type() == Mention.Type.RANGE || mention.type() == Mention.Type.VAGUE) {
            boolean approx = mention.type() == Mention.Type.VAGUE || bounds.approx();
            return new Quantity(value, value, true, mention.high(), true, approx, unit);
        }
        return switch (bounds.bound()) {
            case EXACT -> new Quantity(value, value, true, value, true, false, unit);
            case LOW_INCLUSIVE -> new Quantity(value, value, true, null, false, false, unit);
            case LOW_EXCLUSIVE -> new Quantity(value, value, false, null, false, false, unit);
            case HIGH_INCLUSIVE -> new Quantity(value, null, false, value, true, false, unit);
            case HIGH_EXCLUSIVE -> new Quantity(value, null, false, value, false, false, unit);
            case NONE -> new Quantity(value, null, false, null, false, true, unit);
        };
    }

    /** The unit: as written with the number ("48-hour", "$", "%"), else the noun of a duration or measure. */
    private static String unit(TaggedMention m, ClaimKind kind) {
        if (kind == ClaimKind.OTHER && KindRules.isAge(m)) {
            return "year-old"; // as in "33-year-old", so that "Reid, 33," and "the 33-year-old Reid" compare
        }
        String written = m.mention().unit();
        if (!written.isEmpty()) {
            return kind == ClaimKind.MONEY ? Lexicon.CURRENCY_NOUNS.getOrDefault(written.toLowerCase(java.util.Locale.ROOT), written)
                    : written;
        }
        if (kind == ClaimKind.DURATION || kind == ClaimKind.MEASURE) {
            int head = m.headNoun();
            if (head >= 0) {
                return MentionReader.unitName(m.tokens().get(head).lemma());
            }
        }
        return kind == ClaimKind.TRIP && m.mention().type() == Mention.Type.ORDINAL ? "ordinal" : "";
    }

}
