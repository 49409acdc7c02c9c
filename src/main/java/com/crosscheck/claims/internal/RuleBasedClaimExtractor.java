package com.crosscheck.claims.internal;

import com.crosscheck.base.TextSpan;
import com.crosscheck.claims.CalendarDate;
import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimExtractor;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Modality;
import com.crosscheck.claims.Quantity;
import com.crosscheck.nlp.Sentence;
import com.crosscheck.nlp.TextAnalyzer;
import com.crosscheck.nlp.Token;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The claim extractor: number expressions are found on the raw text; only the sentences that hold one are
 * part-of-speech tagged; then each expression is kept or dropped as a claim and given its kind, bounds,
 * subject, place, time, source and section.
 */
public final class RuleBasedClaimExtractor implements ClaimExtractor {

    private final TextAnalyzer analyzer;
    private final QuantityFinder finder = new QuantityFinder();

    public RuleBasedClaimExtractor(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Tokens this far from a number on either side are tagged; the rules look no further. */
    private static final int TAG_MARGIN = 6;
    /** Characters between two numbers beyond which each gets its own window. */
    private static final int CLUSTER_GAP = 120;

    @Override
    public List<Claim> extract(String body, @Nullable LocalDate published) {
        List<Mention> mentions = finder.find(body);
        if (mentions.isEmpty()) {
            return List.of();
        }
        var sections = new SectionMap(body);
        var claims = new ArrayList<Claim>();
        int next = 0;
        while (next < mentions.size()) {
            TextSpan line = lineAround(body, mentions.get(next).span().start());
            for (Sentence sentence : joinSplitMentions(analyzer.sentences(body, line), mentions)) {
                while (next < mentions.size() && mentions.get(next).span().start() < sentence.span().start()) {
                    next++;
                }
                int from = next;
                while (next < mentions.size() && mentions.get(next).span().end() <= sentence.span().end()) {
                    next++;
                }
                if (next > from) {
                    var facts = new SentenceFacts(body, sentence, mentions.subList(from, next), published);
                    for (List<Mention> cluster : clusters(facts.mentions())) {
                        var focus = new TextSpan(cluster.getFirst().span().start(), cluster.getLast().span().end());
                        List<Token> tokens = analyzer.tagAround(body, sentence, focus, TAG_MARGIN);
                        for (Mention mention : cluster) {
                            Claim claim = claim(body, published, facts, tokens, mention, sections);
                            if (claim != null) {
                                claims.add(KindSharing.continuing(body, claim, claims));
                            }
                        }
                    }
                }
            }
            while (next < mentions.size() && mentions.get(next).span().start() < line.end()) {
                next++;
            }
        }
        KindSharing.coordinated(body, claims);
        return claims;
    }

    /**
     * Where to read a number's qualifier: before the number itself, or, for a conversion in brackets right
     * after another figure ("about 58km (36 miles)"), before that figure.
     */
    private static int qualifiedFrom(String body, Mention mention, List<Mention> inSentence) {
        int start = mention.span().start();
        for (Mention other : inSentence) {
            if (other.span().end() <= start && start - other.span().end() <= 3
                    && body.substring(other.span().end(), start).strip().equals("(")) {
                return other.span().start();
            }
        }
        return start;
    }

    /** The place in the claim's sentence, else the last one named earlier in its paragraph. */
    private static @Nullable String place(TaggedMention m, String body, Sentence sentence) {
        String place = SubjectReader.place(m);
        if (place == null) {
            int paragraphStart = lineAround(body, sentence.span().start()).start();
            place = SubjectReader.lastPlaceIn(body.substring(paragraphStart, sentence.span().start()));
        }
        return place;
    }

    /** Numbers of a sentence close enough to share one tagged window. */
    private static List<List<Mention>> clusters(List<Mention> inSentence) {
        var clusters = new ArrayList<List<Mention>>();
        int from = 0;
        for (int i = 1; i <= inSentence.size(); i++) {
            if (i == inSentence.size() || inSentence.get(i).span().start() - inSentence.get(i - 1).span().end() > CLUSTER_GAP) {
                clusters.add(inSentence.subList(from, i));
                from = i;
            }
        }
        return clusters;
    }

    /** The line holding {@code offset}; only lines with a number are split into sentences. */
    private static TextSpan lineAround(String body, int offset) {
        int start = offset;
        while (start > 0 && body.charAt(start - 1) != '\n' && body.charAt(start - 1) != '\r') {
            start--;
        }
        int end = offset;
        while (end < body.length() && body.charAt(end) != '\n' && body.charAt(end) != '\r') {
            end++;
        }
        return new TextSpan(start, end);
    }

    /** Sentences split inside a number ("Nov. 10" after an abbreviation) are joined again. */
    private static List<Sentence> joinSplitMentions(List<Sentence> sentences, List<Mention> mentions) {
        var joined = new ArrayList<Sentence>(sentences.size());
        for (Sentence sentence : sentences) {
            if (!joined.isEmpty() && crossesInto(joined.getLast(), sentence, mentions)) {
                Sentence previous = joined.removeLast();
                joined.add(new Sentence(new TextSpan(previous.span().start(), sentence.span().end())));
            } else {
                joined.add(sentence);
            }
        }
        return joined;
    }

    private static boolean crossesInto(Sentence previous, Sentence next, List<Mention> mentions) {
        int boundary = next.span().start();
        for (Mention m : mentions) {
            if (m.span().start() < boundary && m.span().end() > previous.span().end()) {
                return true;
            }
        }
        return false;
    }

    private @Nullable Claim claim(String body, @Nullable LocalDate published, SentenceFacts facts, List<Token> tokens,
            Mention found, SectionMap sections) {
        Sentence sentence = facts.sentence();
        int sentenceStart = sentence.span().start();
        TaggedMention m = TaggedMention.of(MentionRereading.reread(found, tokens, sentenceStart), tokens, sentenceStart);
        if (!NotClaimRules.isClaim(m, body, sentenceStart)) {
            return null;
        }
        Mention mention = m.mention();
        ClaimKind kind = KindRules.kindOf(m);
        if (kind == ClaimKind.COUNT && mention.type() != Mention.Type.ORDINAL && !KindRules.countsThings(m)) {
            ClaimKind predicate = KindRules.predicateAfterApposition(
                    body.substring(mention.span().end(), sentence.span().end()));
            if (predicate == null) {
                predicate = KindRules.tollBefore(body.substring(sentenceStart, mention.span().start()));
            }
            kind = predicate != null ? predicate : kind;
        }
        Bounds bounds = QualifierReader.read(body, sentenceStart, qualifiedFrom(body, mention, facts.mentions()));
        Quantity quantity = QuantityBuilder.build(m, bounds, kind);
        CalendarDate date = mention.date() == null ? null : TimeReader.resolve(mention.date(), published);
        String time = kind == ClaimKind.DATE && date != null
                ? (date.resolved() != null ? date.resolved().toString() : date.iso())
                : facts.timeAround(mention.span().start());
        String qualifier = bounds.qualifier() != null ? bounds.qualifier()
                : mention.type() == Mention.Type.RANGE ? "range" : mention.type() == Mention.Type.VAGUE ? "vague" : null;
        Modality modality = bounds.modality() == Modality.FACT && quantity.approx() ? Modality.ESTIMATE : bounds.modality();
        return new Claim(mention.span(), mention.text(body), kind, quantity, date, qualifier, modality,
                SubjectReader.subject(m, kind, body), place(m, body, sentence), time, facts.sourceAt(mention.span().start()),
                sentence.span(), sections.sectionAt(mention.span().start()));
    }
}
