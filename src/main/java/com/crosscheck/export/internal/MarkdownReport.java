package com.crosscheck.export.internal;

import com.crosscheck.annotation.ClaimReview;
import com.crosscheck.claims.Claim;
import com.crosscheck.claims.Quantity;
import com.crosscheck.corpus.Article;
import com.crosscheck.export.ExportData;
import com.crosscheck.export.ExportData.ExportedClaim;
import com.crosscheck.export.ExportData.ExportedGroup;
import com.crosscheck.matching.Verdict;
import org.jspecify.annotations.Nullable;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static com.crosscheck.export.internal.MarkdownText.escape;

/**
 * The comparison notes as Markdown: the articles, each claim group with its values by source, verdict and
 * notes, the claims that matched nothing, and the orphaned annotations. Shared by the Markdown and PDF formats.
 */
final class MarkdownReport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ExportData data;
    private final StringBuilder md = new StringBuilder(8192);

    private MarkdownReport(ExportData data) {
        this.data = data;
    }

    static String of(ExportData data) {
        return new MarkdownReport(data).write();
    }

    private String write() {
        long conflicts = data.groups().stream().filter(g -> g.verdict() == Verdict.CONFLICT).count();
        line("# Comparison notes");
        line("");
        line("Exported by Crosscheck on " + STAMP.format(data.exportedAt()) + ": " + plural(data.articles().size(), "article")
                + ", " + plural(data.claims().size(), "claim") + ", " + plural(data.groups().size(), "claim group")
                + " (" + plural((int) conflicts, "conflict") + ").");
        line("");
        articles();
        groups();
        unmatched();
        orphans();
        return md.toString();
    }

    private void articles() {
        line("## Articles");
        line("");
        int n = 1;
        for (Article article : data.articles()) {
            var entry = new StringBuilder().append(n++).append(". ").append(heading(article));
            entry.append(" \u00b7 ").append(article.published() == null ? "undated" : article.published().toString());
            String url = article.linkableUrl();
            if (url != null && url.indexOf('<') < 0 && url.indexOf('>') < 0) {
                entry.append(" \u00b7 [").append(escape(url)).append("](<").append(url).append(">)");
            } else if (article.url() != null) {
                entry.append(" \u00b7 ").append(escape(article.url()));
            }
            entry.append(" (article ").append(article.id()).append(')');
            line(entry.toString());
        }
        line("");
    }

    /** "**Outlet**: Title", or the title alone when the outlet is not known (it would only repeat the title). */
    private static String heading(Article article) {
        boolean outletKnown = article.outlet() != null && !article.outlet().isBlank();
        return outletKnown ? "**" + escape(article.outlet()) + "**: " + escape(article.title()) : escape(article.title());
    }

    private void groups() {
        line("## Claim groups");
        line("");
        if (data.groups().isEmpty()) {
            line("No claims of these articles measure the same quantity.");
            line("");
            return;
        }
        int n = 1;
        for (ExportedGroup group : data.groups()) {
            line("### " + n++ + ". " + escape(group.group().label()));
            line("");
            String verdict = "Verdict: **" + group.verdict().label() + "**";
            if (group.review() != null && group.review().verdict() != null) {
                verdict += " (set by the analyst " + escape(group.review().updatedBy()) + "; automatic: "
                        + group.automaticVerdict().label() + ")";
            }
            line(verdict + " \u00b7 kind: " + group.group().kind().label());
            line("");
            line("Explanation: " + escape(group.group().explanation()));
            line("");
            line("| Source | Date | Claim | Value | Qualifier | Stated by | Review | Note |");
            line("|---|---|---|---|---|---|---|---|");
            for (ExportedClaim claim : data.claimsOf(group)) {
                Article article = data.article(claim.stored().article());
                line("| " + escape(ExportData.sourceName(article)) + " | " + (article.published() == null ? "" : article.published())
                        + " | " + escape(claim.claim().text()) + " | " + value(claim) + " | " + escape(claim.claim().qualifier())
                        + " | " + escape(claim.claim().source()) + " | " + claim.status().label() + " | " + escape(claim.note()) + " |");
            }
            line("");
            if (group.note() != null) {
                line("Group note (" + escape(group.review().updatedBy()) + "): " + escape(group.note()));
                line("");
            }
        }
    }

    private void unmatched() {
        line("## Unmatched claims");
        line("");
        boolean any = false;
        for (Article article : data.articles()) {
            List<ExportedClaim> alone = data.unmatchedClaimsOf(article);
            if (alone.isEmpty()) {
                continue;
            }
            any = true;
            line("### " + heading(article));
            line("");
            for (ExportedClaim claim : alone) {
                Claim c = claim.effective();
                var entry = new StringBuilder("- **").append(escape(c.text())).append("** (").append(c.kind().label())
                        .append(", ").append(value(claim)).append(") ").append(escape(c.subject()));
                if (c.qualifier() != null) {
                    entry.append(" \u00b7 qualifier: ").append(escape(c.qualifier()));
                }
                if (c.source() != null) {
                    entry.append(" \u00b7 stated by ").append(escape(c.source()));
                }
                if (claim.stored().isAnalystClaim()) {
                    entry.append(" \u00b7 added by ").append(escape(claim.stored().author()));
                }
                if (claim.review() != null) {
                    entry.append(" \u00b7 review: ").append(claim.status().label());
                }
                if (claim.note() != null) {
                    entry.append(" \u00b7 note: ").append(escape(claim.note()));
                }
                line(entry.toString());
            }
            line("");
        }
        if (!any) {
            line("Every claim is in a group.");
            line("");
        }
    }

    private void orphans() {
        if (data.orphans().isEmpty()) {
            return;
        }
        line("## Orphaned annotations");
        line("");
        line("Annotations whose claim was not found again after the articles' claims were extracted anew.");
        line("");
        for (ClaimReview orphan : data.orphans()) {
            Article article = data.article(orphan.article());
            var entry = new StringBuilder("- ").append(escape(ExportData.sourceName(article))).append(": \u201c")
                    .append(escape(orphan.anchor().exact())).append("\u201d at ").append(orphan.anchor().start()).append('\u2013')
                    .append(orphan.anchor().end()).append(" \u00b7 review: ").append(orphan.status().label());
            if (orphan.note() != null) {
                entry.append(" \u00b7 note: ").append(escape(orphan.note()));
            }
            if (orphan.orphanReason() != null) {
                entry.append(" \u00b7 ").append(escape(orphan.orphanReason()));
            }
            line(entry.toString());
        }
        line("");
    }

    /** "1300 (corrected from 1200)", "11 ordinal", "30 (30 to 40)". */
    private static String value(ExportedClaim claim) {
        String shown = figure(claim.effective().quantity());
        if (claim.corrected()) {
            String original = figure(claim.claim().quantity());
            return original.equals(shown) ? shown + " (corrected)" : shown + " (corrected from " + original + ")";
        }
        return shown;
    }

    private static String figure(Quantity q) {
        String text = (q.approx() ? "about " : "") + Figures.of(q.value()) + (q.unit().isEmpty() ? "" : " " + escape(q.unit()));
        boolean lowDiffers = q.low() != null && q.low() != q.value();
        boolean highDiffers = q.high() != null && q.high() != q.value();
        if (lowDiffers || highDiffers || (q.low() == null) != (q.high() == null)) {
            text += " (" + bound(q.low(), q.lowInclusive(), true) + " to " + bound(q.high(), q.highInclusive(), false) + ")";
        }
        return text;
    }

    private static String bound(@Nullable Double bound, boolean inclusive, boolean low) {
        if (bound == null) {
            return "open";
        }
        return (inclusive ? "" : low ? "above " : "below ") + Figures.of(bound);
    }

    private void line(String text) {
        md.append(text).append('\n');
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
