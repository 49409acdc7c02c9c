package com.crosscheck.annotation;

import com.crosscheck.annotation.internal.ClaimAnnotationEntity;
import com.crosscheck.annotation.internal.ClaimAnnotationRepository;
import com.crosscheck.annotation.internal.ClaimLinkEntity;
import com.crosscheck.annotation.internal.ClaimLinkRepository;
import com.crosscheck.annotation.internal.GroupAnnotationEntity;
import com.crosscheck.annotation.internal.GroupAnnotationRepository;
import com.crosscheck.annotation.internal.HistoryEntity;
import com.crosscheck.annotation.internal.HistoryRepository;
import com.crosscheck.claims.ClaimId;
import com.crosscheck.corpus.ArticleId;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Takes every annotation out of the workspace and puts it back into another, for the workspace backup. The
 * caller (the export module's backup service) checks that only admins do this.
 */
@Service
@Transactional(readOnly = true)
public class AnnotationBackupService {

    private final ClaimAnnotationRepository annotations;
    private final ClaimLinkRepository links;
    private final GroupAnnotationRepository groups;
    private final HistoryRepository history;

    AnnotationBackupService(ClaimAnnotationRepository annotations, ClaimLinkRepository links, GroupAnnotationRepository groups,
            HistoryRepository history) {
        this.annotations = annotations;
        this.links = links;
        this.groups = groups;
        this.history = history;
    }

    /** Whether there is no annotation of any kind. */
    public boolean isEmpty() {
        return annotations.count() == 0 && groups.count() == 0 && links.count() == 0 && history.count() == 0;
    }

    public AnnotationSnapshot snapshot() {
        Sort byId = Sort.by("id");
        return new AnnotationSnapshot(
                annotations.findAll(byId).stream().map(ClaimAnnotationEntity::toReview).toList(),
                links.findAll(byId).stream().map(l -> new AnnotationSnapshot.Link(l.type() == ClaimLinkEntity.Type.TOGETHER,
                        l.firstId(), l.secondId(), l.createdBy(), l.createdAt())).toList(),
                groups.findAll(byId).stream().map(g -> new AnnotationSnapshot.GroupNote(g.id(), g.note(), g.verdictOverride(),
                        g.members(), g.createdBy(), g.createdAt(), g.updatedBy(), g.updatedAt())).toList(),
                history.findAll(byId).stream().map(h -> new AnnotationSnapshot.History(h.claimAnnotationId(),
                        h.groupAnnotationId(), h.toEntry().author(), h.toEntry().at(), h.toEntry().change())).toList());
    }

    /**
     * Stores a snapshot taken elsewhere, its article and claim ids translated through the maps (old id to new id);
     * annotation ids are given anew and every reference between annotations follows.
     *
     * @throws IllegalArgumentException when the snapshot refers to an article, claim or annotation it does not hold
     */
    @Transactional
    public void restore(AnnotationSnapshot snapshot, Map<Long, Long> articleIds, Map<Long, Long> claimIds) {
        Map<Long, Long> annotationIds = new HashMap<>();
        for (ClaimReview review : snapshot.claimAnnotations()) {
            Long article = required(articleIds, review.article().value(), "article");
            ClaimId claim = review.claim() == null ? null : new ClaimId(required(claimIds, review.claim().value(), "claim"));
            var saved = annotations.save(ClaimAnnotationEntity.restored(review, new ArticleId(article), claim));
            annotationIds.put(review.id(), saved.id());
        }
        for (AnnotationSnapshot.Link link : snapshot.links()) {
            links.save(new ClaimLinkEntity(link.together() ? ClaimLinkEntity.Type.TOGETHER : ClaimLinkEntity.Type.APART,
                    required(annotationIds, link.firstAnnotation(), "annotation"),
                    required(annotationIds, link.secondAnnotation(), "annotation"), link.createdBy(), link.createdAt()));
        }
        Map<Long, Long> groupIds = new HashMap<>();
        for (AnnotationSnapshot.GroupNote note : snapshot.groupNotes()) {
            Set<Long> members = new HashSet<>();
            note.members().forEach(m -> members.add(required(annotationIds, m, "annotation")));
            var entity = new GroupAnnotationEntity(note.createdBy(), note.createdAt());
            entity.change(note.note(), note.verdict(), members, note.updatedBy(), note.updatedAt());
            groupIds.put(note.id(), groups.save(entity).id());
        }
        for (AnnotationSnapshot.History line : snapshot.history()) {
            history.save(line.claimAnnotation() != null
                    ? HistoryEntity.ofClaim(required(annotationIds, line.claimAnnotation(), "annotation"), line.author(), line.at(), line.change())
                    : HistoryEntity.ofGroup(required(groupIds, line.groupNote(), "group note"), line.author(), line.at(), line.change()));
        }
        annotations.flush();
    }

    private static Long required(Map<Long, Long> ids, @org.jspecify.annotations.Nullable Long old, String what) {
        Long id = old == null ? null : ids.get(old);
        if (id == null) {
            throw new IllegalArgumentException("the backup refers to " + what + " " + old + ", which it does not hold");
        }
        return id;
    }
}
