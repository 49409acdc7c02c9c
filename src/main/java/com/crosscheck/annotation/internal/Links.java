package com.crosscheck.annotation.internal;

import org.springframework.stereotype.Component;

import java.time.Instant;

/** Writes pair decisions: one row per pair, the latest decision replacing an earlier opposite one. */
@Component
public class Links {

    private final ClaimLinkRepository links;
    private final HistoryRepository history;

    Links(ClaimLinkRepository links, HistoryRepository history) {
        this.links = links;
        this.history = history;
    }

    /** Records the decision for the pair and a history line on both claims; false when it was already so. */
    public boolean decide(ClaimLinkEntity.Type type, ClaimAnnotationEntity a, ClaimAnnotationEntity b, String author, Instant at) {
        long first = Math.min(a.id(), b.id());
        long second = Math.max(a.id(), b.id());
        var existing = links.findByFirstIdAndSecondId(first, second);
        if (existing.isPresent() && existing.get().type() == type) {
            return false;
        }
        existing.ifPresentOrElse(l -> l.retype(type, author, at),
                () -> links.save(new ClaimLinkEntity(type, first, second, author, at)));
        String what = type == ClaimLinkEntity.Type.APART ? "marked not the same quantity as" : "put in one group with";
        history.save(HistoryEntity.ofClaim(a.id(), author, at, what + " \u201c" + b.anchor().exact() + "\u201d"));
        history.save(HistoryEntity.ofClaim(b.id(), author, at, what + " \u201c" + a.anchor().exact() + "\u201d"));
        return true;
    }
}
