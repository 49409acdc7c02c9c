package com.crosscheck.claims.internal;

import com.crosscheck.base.TextSpan;
import com.crosscheck.claims.CalendarDate;
import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimId;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Modality;
import com.crosscheck.claims.Quantity;
import com.crosscheck.claims.Section;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.ArticleId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** The row behind a {@link StoredClaim}; see {@code V2__claims.sql}. */
@Entity
@Table(name = "claim")
public class ClaimEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "article_id", nullable = false)
    private long articleId;
    @Column(name = "start_offset", nullable = false)
    private int startOffset;
    @Column(name = "end_offset", nullable = false)
    private int endOffset;
    @Column(name = "claim_text", nullable = false)
    private String text = "";
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimKind kind = ClaimKind.OTHER;
    @Column(name = "claim_value", nullable = false)
    private double value;
    @Column(nullable = false)
    private String unit = "";
    private @Nullable Double low;
    @Column(name = "low_inclusive", nullable = false)
    private boolean lowInclusive;
    private @Nullable Double high;
    @Column(name = "high_inclusive", nullable = false)
    private boolean highInclusive;
    private boolean approx;
    @Column(name = "date_iso")
    private @Nullable String dateIso;
    @Column(name = "date_resolved")
    private @Nullable LocalDate dateResolved;
    private @Nullable String qualifier;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Modality modality = Modality.FACT;
    @Column(nullable = false)
    private String subject = "";
    private @Nullable String place;
    @Column(name = "time_ref")
    private @Nullable String time;
    private @Nullable String source;
    @Column(name = "sentence_start", nullable = false)
    private int sentenceStart;
    @Column(name = "sentence_end", nullable = false)
    private int sentenceEnd;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Section section = Section.BODY;
    private @Nullable String author;

    protected ClaimEntity() {
    }

    public static ClaimEntity of(ArticleId article, Claim c) {
        var e = new ClaimEntity();
        e.articleId = article.value();
        e.startOffset = c.span().start();
        e.endOffset = c.span().end();
        e.text = truncate(c.text(), 500);
        e.kind = c.kind();
        Quantity q = c.quantity();
        e.value = q.value();
        e.unit = truncate(q.unit(), 40);
        e.low = q.low();
        e.lowInclusive = q.lowInclusive();
        e.high = q.high();
        e.highInclusive = q.highInclusive();
        e.approx = q.approx();
        e.dateIso = c.date() == null ? null : c.date().iso();
        e.dateResolved = c.date() == null ? null : c.date().resolved();
        e.qualifier = c.qualifier() == null ? null : truncate(c.qualifier(), 100);
        e.modality = c.modality();
        e.subject = truncate(c.subject(), 500);
        e.place = c.place() == null ? null : truncate(c.place(), 200);
        e.time = c.time() == null ? null : truncate(c.time(), 60);
        e.source = c.source() == null ? null : truncate(c.source(), 300);
        e.sentenceStart = c.sentence().start();
        e.sentenceEnd = c.sentence().end();
        e.section = c.section();
        return e;
    }

    /** A claim an analyst added by hand. */
    public static ClaimEntity byAnalyst(ArticleId article, Claim c, String author) {
        ClaimEntity e = of(article, c);
        e.author = author;
        return e;
    }

    public StoredClaim toStoredClaim() {
        if (id == null) {
            throw new IllegalStateException("claim \u201c" + text + "\u201d has not been saved yet");
        }
        var quantity = new Quantity(value, low, lowInclusive, high, highInclusive, approx, unit);
        var date = dateIso == null ? null : new CalendarDate(dateIso, dateResolved);
        var claim = new Claim(new TextSpan(startOffset, endOffset), text, kind, quantity, date, qualifier, modality,
                subject, place, time, source, new TextSpan(sentenceStart, sentenceEnd), section);
        return new StoredClaim(new ClaimId(id), new ArticleId(articleId), claim, author);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
