package com.crosscheck.claims.internal;

import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimKind;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A count that is part of, or another state of, a casualty figure of its sentence takes that figure's kind:
 * "killed 170,000 people ... and tens of thousands more", "killed 19 people, including 11 children", "rose to
 * 35, up from 22", "bringing the total to 48,222", "from 36 to 40", and coordinated figures that share one
 * predicate ("80 soldiers and some 45 civilians have been killed").
 */
final class KindSharing {

    private KindSharing() {
    }

    private static final Pattern MORE_AFTER = Pattern.compile("^\\s+(more|others|other people)\\b");
    private static final Pattern AND_BEFORE = Pattern.compile("\\b(and|,)\\s*$");
    /** "killed 19 people, including 11 children", "..., among them 4 women": part of the figure before. */
    private static final Pattern PART_OF_BEFORE = Pattern.compile(
            "(?i)\\b(including|among them|among whom|of whom|of them)\\b[^.;:()]{0,24}$");
    /** "rose to 35 on Monday, up from 22": the same figure, earlier. */
    private static final Pattern EARLIER_BEFORE = Pattern.compile(
            "(?i)\\b(up|down) from\\b[^.;:()]{0,16}$");
    /** "the number of injured rose from 36 to 40": the later value of the figure before. */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+$");
    private static final Pattern TO_BETWEEN = Pattern.compile("(?i)^\\s+to\\s+$");
    /** "recorded 112 deaths, bringing the total to 48,222": the running total of the same figure. */
    private static final Pattern TOTAL_BEFORE = Pattern.compile(
            "(?i)\\b(bringing|brings|bring|raising|raises|pushing|pushes|taking|takes)\\s+(the|its|their)\\s+"
                    + "(overall |total |cumulative |death )?(total|toll|tally|number|count)\\s+(to|past|above|over)\\b[^.;:()]{0,16}$");

    /**
     * A count that continues the casualty figure before it in its sentence takes that figure's kind: "killed
     * 170,000 people in the province and tens of thousands more", "killed 19 people, including 11 children",
     * "the toll rose to 35, up from 22", "recorded 112 deaths, bringing the total to 48,222".
     */
    static Claim continuing(String body, Claim claim, List<Claim> before) {
        if (claim.kind() != ClaimKind.COUNT || before.isEmpty()) {
            return claim;
        }
        Claim previous = before.getLast();
        if (!previous.sentence().equals(claim.sentence()) || !previous.kind().isCasualty()) {
            return claim;
        }
        String after = body.substring(claim.span().end(), Math.min(body.length(), claim.span().end() + 20));
        String gap = body.substring(previous.span().end(), claim.span().start());
        String subject;
        if (gap.length() <= 80 && MORE_AFTER.matcher(after).find()
                && (AND_BEFORE.matcher(gap.strip() + " ").find() || gap.contains(" and "))) {
            subject = previous.subject();
        } else if (gap.length() <= 80 && EARLIER_BEFORE.matcher(gap).find()) {
            subject = previous.subject();
        } else if (TO_BETWEEN.matcher(gap).matches() && FROM_BEFORE.matcher(
                body.substring(Math.max(0, previous.span().start() - 12), previous.span().start())).find()) {
            subject = previous.subject();
        } else if (gap.length() <= 80 && TOTAL_BEFORE.matcher(gap).find()) {
            subject = previous.kind() == ClaimKind.HOSTAGES ? "hostages" : "people " + previous.kind().label();
        } else if (gap.length() <= 120 && PART_OF_BEFORE.matcher(gap).find()) {
            subject = claim.subject() + " " + previous.kind().label();
        } else {
            return claim;
        }
        return withKind(claim, previous.kind(), subject);
    }

    /** "80 Israeli soldiers and some 45 civilians": the first figure's noun phrase, "and", the second's qualifier. */
    private static final Pattern AND_ANOTHER_FIGURE = Pattern.compile(
            "(?i)^\\s+(?:[\\p{L}'-]+\\s+){0,3}and\\s+(?:(?:at least|about|some|nearly|more than|over|around|almost|another)\\s+)?$");

    /**
     * "At least 80 Israeli soldiers and some 45 civilians have been killed": a count right before a casualty
     * figure it is coordinated with shares that figure's predicate, so its kind. Changes {@code claims} in place.
     */
    static void coordinated(String body, List<Claim> claims) {
        for (int i = claims.size() - 2; i >= 0; i--) {
            Claim claim = claims.get(i);
            Claim next = claims.get(i + 1);
            if (claim.kind() != ClaimKind.COUNT || !next.kind().isCasualty()
                    || !claim.sentence().equals(next.sentence())
                    || !AND_ANOTHER_FIGURE.matcher(body.substring(claim.span().end(), next.span().start())).matches()) {
                continue;
            }
            claims.set(i, withKind(claim, next.kind(), claim.subject() + " " + next.kind().label()));
        }
    }

    private static Claim withKind(Claim claim, ClaimKind kind, String subject) {
        return new Claim(claim.span(), claim.text(), kind, claim.quantity(), claim.date(), claim.qualifier(),
                claim.modality(), subject, claim.place(), claim.time(), claim.source(), claim.sentence(),
                claim.section());
    }
}
