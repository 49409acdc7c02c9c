package com.crosscheck.annotation;

import com.crosscheck.matching.Verdict;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Every annotation of the workspace, for the backup: claim annotations (attached and orphaned), analysts' pair
 * decisions, group notes with the claim annotations they were written for, and the history. Ids are those of
 * the workspace it was taken from; links, group members and history refer to claim and group annotation ids.
 */
public record AnnotationSnapshot(List<ClaimReview> claimAnnotations, List<Link> links, List<GroupNote> groupNotes,
        List<History> history) {

    public AnnotationSnapshot {
        claimAnnotations = List.copyOf(claimAnnotations);
        links = List.copyOf(links);
        groupNotes = List.copyOf(groupNotes);
        history = List.copyOf(history);
    }

    /** An analyst's decision that two annotated claims are ({@code together}) or are not the same quantity. */
    public record Link(boolean together, long firstAnnotation, long secondAnnotation, String createdBy, Instant createdAt) {
    }

    /** A note and verdict override on a group, with the claim annotations of the group's claims. */
    public record GroupNote(long id, @Nullable String note, @Nullable Verdict verdict, Set<Long> members, String createdBy,
            Instant createdAt, String updatedBy, Instant updatedAt) {

        public GroupNote {
            members = Set.copyOf(members);
        }
    }

    /** One history line, of a claim annotation or of a group note. */
    public record History(@Nullable Long claimAnnotation, @Nullable Long groupNote, String author, Instant at, String change) {
    }
}
