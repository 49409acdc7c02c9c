package com.crosscheck.matching.internal;

import com.crosscheck.claims.ClaimKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Figures named together in one sentence as parts of a whole ("killing 12 soldiers and 3 civilians", "shot to
 * death one person and injured two others"), and the kind of that whole: parts of one kind make a whole of that
 * kind, the killed and the injured make the people hit (a count). Counted things must be one thing (bombs and
 * bombs, not helicopters and trucks); ages, measures, durations and ranks are never parts.
 */
record PartSet(List<ClaimFeatures> claims, ClaimKind totalKind) {

    /** What joins parts: a comma, "and", "while", "plus" or a semicolon, in a short stretch without a full stop. */
    private static final Pattern CONNECTOR = Pattern.compile("(?i)^[^.]{0,60}?(,|;|\\band\\b|\\bwhile\\b|\\bplus\\b)[^.]{0,60}$");
    private static final Set<ClaimKind> PART_KINDS = Set.of(ClaimKind.KILLED, ClaimKind.INJURED, ClaimKind.MISSING,
            ClaimKind.HOSTAGES, ClaimKind.DISPLACED, ClaimKind.COUNT, ClaimKind.MONEY);
    private static final Set<ClaimKind> HARMED = Set.of(ClaimKind.KILLED, ClaimKind.INJURED);
    private static final int FOLLOWING_WORDS = 4;
    private static final Set<String> CONNECTORS = Set.of("and", "or", "while", "plus", "but");
    private static final Set<String> TRAILING = Set.of("and", "or", "the", "a", "an", "of", "in", "to", "at", "on",
            "while", "plus", "with", "for", "by", "were", "was", "are", "is", "have", "had", "been", "around", "about");

    ValueRange sum() {
        double low = 0;
        double high = 0;
        for (ClaimFeatures c : claims) {
            low += c.range().low();
            high += c.range().high();
        }
        return new ValueRange(low, high);
    }

    double largest() {
        return claims.stream().mapToDouble(c -> c.compared().claim().quantity().value()).max().orElse(0);
    }

    double statedSum() {
        return claims.stream().mapToDouble(c -> c.compared().claim().quantity().value()).sum();
    }

    /** The sum as the parts state it: "15", "190,000 to 269,999" (tens of thousands), "15 or more". */
    String writtenSum() {
        double low = 0;
        double high = 0;
        for (ClaimFeatures c : claims) {
            var q = c.compared().claim().quantity();
            low += q.low() != null ? q.low() : q.value();
            high += q.high() != null ? q.high() : q.low() != null ? Double.POSITIVE_INFINITY : q.value();
        }
        return low == high ? format(low) : Double.isInfinite(high) ? format(low) + " or more"
                : format(low) + " to " + format(high);
    }

    /** The parts as written: "one person + two others", "170,000 people in the province + tens of thousands more". */
    String written() {
        var written = new ArrayList<String>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimFeatures c = claims.get(i);
            int next = i + 1 < claims.size() ? claims.get(i + 1).compared().claim().span().start() : Integer.MAX_VALUE;
            written.add(phrase(c, next));
        }
        return String.join(" + ", written);
    }

    ClaimFeatures first() {
        return claims.getFirst();
    }

    /** The part sets among a comparison's claims, sentence by sentence. */
    static List<PartSet> find(List<ClaimFeatures> claims) {
        Map<String, List<ClaimFeatures>> sentences = new LinkedHashMap<>();
        claims.forEach(c -> sentences.computeIfAbsent(c.compared().article() + "@" + c.compared().claim().sentence().start(),
                k -> new ArrayList<>()).add(c));
        var found = new ArrayList<PartSet>();
        for (List<ClaimFeatures> sentence : sentences.values()) {
            List<ClaimFeatures> ordered = sentence.stream()
                    .sorted(Comparator.comparingInt(c -> c.compared().claim().span().start())).toList();
            var run = new ArrayList<ClaimFeatures>();
            for (ClaimFeatures claim : ordered) {
                if (!run.isEmpty() && !joined(run.getLast(), claim)) {
                    addRun(run, found);
                    run = new ArrayList<>();
                }
                if (PART_KINDS.contains(claim.kind())) {
                    run.add(claim);
                } else {
                    addRun(run, found);
                    run = new ArrayList<>();
                }
            }
            addRun(run, found);
        }
        return found;
    }

    private static void addRun(List<ClaimFeatures> run, List<PartSet> found) {
        if (run.size() >= 2) {
            boolean oneKind = run.stream().map(ClaimFeatures::kind).distinct().count() == 1;
            found.add(new PartSet(List.copyOf(run), oneKind ? run.getFirst().kind() : ClaimKind.COUNT));
        }
    }

    /** Whether two figures of a sentence are named together as parts of one whole. */
    private static boolean joined(ClaimFeatures a, ClaimFeatures b) {
        String sentence = a.compared().sentence();
        int start = a.compared().claim().sentence().start();
        int from = a.compared().claim().span().end() - start;
        int to = b.compared().claim().span().start() - start;
        if (from < 0 || to > sentence.length() || from >= to || !CONNECTOR.matcher(sentence.substring(from, to)).matches()) {
            return false;
        }
        if (a.kind() == b.kind()) {
            // counted things must be the same thing: bombs and bombs, not helicopters and trucks
            return a.kind() != ClaimKind.COUNT && a.kind() != ClaimKind.MONEY
                    || PairRules.mainHead(a).equals(PairRules.mainHead(b)) && !PairRules.mainHead(a).isEmpty();
        }
        return HARMED.contains(a.kind()) && HARMED.contains(b.kind());
    }

    /**
     * A part's figure with the few words that follow it, up to the next part, a punctuation mark or a name:
     * "170,000 people in the province", "two others".
     */
    private static String phrase(ClaimFeatures c, int nextStart) {
        var claim = c.compared().claim();
        String sentence = c.compared().sentence();
        int from = claim.span().end() - claim.sentence().start();
        int to = Math.min(sentence.length(), nextStart - claim.sentence().start());
        var words = new ArrayList<String>();
        for (String word : sentence.substring(Math.max(0, Math.min(from, to)), Math.max(from, to)).trim().split("\\s+")) {
            if (word.isEmpty() || words.size() == FOLLOWING_WORDS || Character.isUpperCase(word.charAt(0))
                    || word.matches("[,;:.()\"]+.*") || CONNECTORS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                break;
            }
            boolean ends = word.matches(".*[,;:.)\"]$");
            words.add(word.replaceAll("[,;:.)\"]+$", ""));
            if (ends) {
                break;
            }
        }
        while (!words.isEmpty() && TRAILING.contains(words.getLast().toLowerCase(java.util.Locale.ROOT))) {
            words.removeLast();
        }
        return (claim.text() + " " + String.join(" ", words)).strip();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.format(java.util.Locale.ROOT, "%,d", (long) value) : Double.toString(value);
    }
}
