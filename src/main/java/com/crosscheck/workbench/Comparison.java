package com.crosscheck.workbench;

import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.Article;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.matching.ClaimGroup;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one comparison shows: its articles in column order (oldest first), their claims, and the claim groups
 * numbered in reading order. It knows nothing of components, so the view logic is testable without a browser.
 */
final class Comparison {

    private final List<Article> articles;
    private final Map<String, ShownClaim> claims = new LinkedHashMap<>();
    private final List<ShownGroup> groups = new ArrayList<>();
    private final Map<String, ShownGroup> groupOfClaim = new HashMap<>();
    private final Map<String, ShownGroup> groupById = new HashMap<>();
    private final AnalystLayer analysts;

    /** A comparison with its columns oldest first. */
    Comparison(List<Article> articles, List<StoredClaim> storedClaims, List<ClaimGroup> claimGroups) {
        this(articles, storedClaims, claimGroups, ColumnOrder.OLDEST_FIRST);
    }

    /** A comparison with its columns in {@code order} ({@link ColumnOrder#AS_CHOSEN}: as {@code articles} lists them). */
    Comparison(List<Article> articles, List<StoredClaim> storedClaims, List<ClaimGroup> claimGroups, ColumnOrder order) {
        this(articles, storedClaims, claimGroups, order, AnalystLayer.EMPTY);
    }

    /** A comparison with what analysts said about its claims and groups. */
    Comparison(List<Article> articles, List<StoredClaim> storedClaims, List<ClaimGroup> claimGroups, ColumnOrder order,
            AnalystLayer analysts) {
        this.analysts = analysts;
        this.articles = order.sort(articles, articles.stream().map(Article::id).toList());
        Map<ArticleId, Article> byId = new HashMap<>();
        this.articles.forEach(a -> byId.put(a.id(), a));
        storedClaims.stream()
                .filter(c -> byId.containsKey(c.article()))
                .sorted(Comparator.comparingInt((StoredClaim c) -> this.articles.indexOf(byId.get(c.article())))
                        .thenComparingInt(c -> c.claim().span().start()))
                .forEach(c -> claims.put(c.id().toString(), new ShownClaim(c, byId.get(c.article()))));
        number(claimGroups);
    }

    /** Numbers the groups by the position of their first claim in column-then-text order. */
    private void number(List<ClaimGroup> claimGroups) {
        List<String> order = List.copyOf(claims.keySet());
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        record Placed(ClaimGroup group, List<ShownClaim> members, int first) {
        }
        List<Placed> placed = new ArrayList<>();
        for (ClaimGroup group : claimGroups) {
            List<ShownClaim> members = group.claims().stream().map(claims::get)
                    .filter(java.util.Objects::nonNull)
                    .sorted(Comparator.comparingInt(c -> position.get(c.id())))
                    .toList();
            if (!members.isEmpty()) {
                placed.add(new Placed(group, members, position.get(members.getFirst().id())));
            }
        }
        placed.sort(Comparator.comparingInt(Placed::first));
        for (Placed p : placed) {
            var shown = new ShownGroup(groups.size() + 1, p.group(), p.members(), analysts.reviewOfGroup(p.group().id()));
            groups.add(shown);
            groupById.put(shown.id(), shown);
            p.members().forEach(m -> groupOfClaim.put(m.id(), shown));
        }
    }

    AnalystLayer analysts() {
        return analysts;
    }

    /** The articles in column order. */
    List<Article> articles() {
        return articles;
    }

    /** The claims of one article, in text order. */
    List<ShownClaim> claimsOf(Article article) {
        return claims.values().stream().filter(c -> c.article().id().equals(article.id())).toList();
    }

    List<ShownClaim> claims() {
        return List.copyOf(claims.values());
    }

    Optional<ShownClaim> claim(String id) {
        return Optional.ofNullable(claims.get(id));
    }

    /** The groups in reading order. */
    List<ShownGroup> groups() {
        return groups;
    }

    Optional<ShownGroup> group(String id) {
        return Optional.ofNullable(groupById.get(id));
    }

    /** The group a claim belongs to; empty for unmatched claims. */
    Optional<ShownGroup> groupOf(String claimId) {
        return Optional.ofNullable(groupOfClaim.get(claimId));
    }

    /** "conflict", "agree", "evolving", or "unmatched" for a claim in no group. */
    String verdictOf(String claimId) {
        @Nullable ShownGroup group = groupOfClaim.get(claimId);
        return group == null ? "unmatched" : group.verdict().label();
    }

    long conflictCount() {
        return groups.stream().filter(ShownGroup::isConflict).count();
    }
}
