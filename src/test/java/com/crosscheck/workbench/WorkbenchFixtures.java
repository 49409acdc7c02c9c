package com.crosscheck.workbench;

import com.crosscheck.base.TextSpan;
import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimId;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Modality;
import com.crosscheck.claims.Quantity;
import com.crosscheck.claims.Section;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.Article;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.Verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Articles, claims and groups built by hand, for the workbench's view logic without a database. */
final class WorkbenchFixtures {

    private WorkbenchFixtures() {
    }

    static Article article(long id, String outlet, LocalDate published, String body) {
        return new Article(new ArticleId(id), "Title " + id, outlet, null, published, Map.of(), body,
                body.split("\\s+").length, "hash" + id);
    }

    /** The claim on the first occurrence of {@code text} in the body. */
    static StoredClaim claim(long id, Article article, String text, ClaimKind kind, Quantity quantity) {
        return claim(id, article, text, kind, quantity, null, Section.BODY);
    }

    static StoredClaim claim(long id, Article article, String text, ClaimKind kind, Quantity quantity,
            String qualifier, Section section) {
        int start = article.body().indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException("\u201c" + text + "\u201d is not in article " + article.id());
        }
        var claim = new Claim(new TextSpan(start, start + text.length()), text, kind, quantity, null, qualifier,
                Modality.FACT, "people killed", null, null, null, new TextSpan(0, article.body().length()), section);
        return new StoredClaim(new ClaimId(id), article.id(), claim);
    }

    static ClaimGroup group(String id, Verdict verdict, StoredClaim... members) {
        return new ClaimGroup(id, members[0].claim().kind(), "group " + id, verdict,
                List.of(members).stream().map(m -> m.id().toString()).toList(), "explanation of " + id, List.of("evidence"));
    }
}
