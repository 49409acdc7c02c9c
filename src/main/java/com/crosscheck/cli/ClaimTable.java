package com.crosscheck.cli;

import com.crosscheck.claims.Claim;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The {@code --format table} output: one aligned line per claim, for reading in a terminal. */
final class ClaimTable {

    private ClaimTable() {
    }

    static void print(PrintStream out, String doc, List<Claim> claims) {
        out.println("== " + doc + " (" + claims.size() + " claims)");
        out.printf(Locale.ROOT, "%-11s %-24s %-10s %-14s %-18s %-8s %s%n",
                "offsets", "text", "kind", "value", "bounds", "section", "subject");
        for (Claim c : claims) {
            out.printf(Locale.ROOT, "%-11s %-24s %-10s %-14s %-18s %-8s %s%n",
                    c.span().start() + "-" + c.span().end(), cut(c.text(), 24), c.kind().label(),
                    cut(String.valueOf(ClaimJson.value(c)), 14), bounds(c), c.section().label(), c.subject());
        }
    }

    private static String bounds(Claim c) {
        if (c.date() != null) {
            return "";
        }
        var q = c.quantity();
        String low = q.low() == null ? "" : (q.lowInclusive() ? "\u2265" : ">") + number(q.low());
        String high = q.high() == null ? "" : (q.highInclusive() ? "\u2264" : "<") + number(q.high());
        String bounds = q.low() != null && q.low().equals(q.high()) ? "=" + number(q.low()) : (low + " " + high).strip();
        return q.approx() ? "\u2248 " + bounds : bounds;
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%,d", (long) d) : Double.toString(d);
    }

    private static String cut(String s, int width) {
        String oneLine = s.replace('\n', ' ');
        return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 1) + "\u2026";
    }
}
