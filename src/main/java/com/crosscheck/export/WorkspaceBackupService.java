package com.crosscheck.export;

import com.crosscheck.accounts.UserAccount;
import com.crosscheck.accounts.UserService;
import com.crosscheck.annotation.AnnotationBackupService;
import com.crosscheck.base.DomainException;
import com.crosscheck.claims.ClaimExtraction;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.Article;
import com.crosscheck.corpus.ArticleDraft;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import com.crosscheck.corpus.StoredArticle;
import com.crosscheck.export.internal.BackupJson;
import com.crosscheck.export.internal.WorkspaceBackup;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole workspace in one JSON file and back: users (without passwords), articles, claims, extraction
 * records and every annotation (reviews, notes, corrections, links, group notes, history). Restoring needs an
 * empty workspace (no articles, no annotations); ids are given anew and every reference follows. Restored
 * users are <b>disabled, with a random password</b> nobody knows: an admin enables them and sets a password
 * under Users. A user who exists already (such as the admin restoring) is kept as is. Admins only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class WorkspaceBackupService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserService users;
    private final CorpusService corpus;
    private final ClaimService claims;
    private final AnnotationBackupService annotations;
    private final Clock clock;

    WorkspaceBackupService(UserService users, CorpusService corpus, ClaimService claims, AnnotationBackupService annotations,
            Clock clock) {
        this.users = users;
        this.corpus = corpus;
        this.claims = claims;
        this.annotations = annotations;
        this.clock = clock;
    }

    /** Writes the backup; does not close the stream. */
    public void write(OutputStream out) {
        BackupJson.write(new WorkspaceBackup(clock.instant(), users.list(), corpus.allArticles(), claims.extractions(),
                claims.allClaims(), annotations.snapshot()), out);
    }

    /** The backup's file name, with today's date. */
    public String fileName() {
        return "crosscheck-workspace-" + java.time.LocalDate.now(clock) + ".json";
    }

    /**
     * Restores a backup into this workspace, which must be empty.
     *
     * @throws DomainException CONFLICT when the workspace holds articles or annotations, INVALID when the file is
     *                         not a readable backup
     */
    @Transactional
    public RestoreReport restore(InputStream in) {
        long stored = corpus.count();
        if (stored > 0 || !annotations.isEmpty()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "This workspace already holds " + stored + " articles"
                    + " or annotations; a backup is restored only into an empty workspace. Start a new instance on an empty "
                    + "data folder with crosscheck.corpus.import-on-start=false, then restore.");
        }
        WorkspaceBackup backup;
        try {
            backup = BackupJson.read(in);
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.INVALID, e.getMessage());
        }
        try {
            return restore(backup);
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.INVALID, "The backup could not be restored: " + e.getMessage());
        }
    }

    private RestoreReport restore(WorkspaceBackup backup) {
        int restoredUsers = 0;
        var skipped = new ArrayList<String>();
        for (UserAccount user : backup.users()) {
            if (users.find(user.username()).isPresent()) {
                skipped.add(user.username());
                continue;
            }
            users.create(user.username(), randomPassword(), user.role());
            users.setEnabled(user.username(), false);
            restoredUsers++;
        }
        Map<Long, ClaimExtraction> extractions = new HashMap<>();
        backup.extractions().forEach(e -> extractions.put(e.article().value(), e));
        Map<Long, List<StoredClaim>> claimsByArticle = new LinkedHashMap<>();
        backup.claims().forEach(c -> claimsByArticle.computeIfAbsent(c.article().value(), k -> new ArrayList<>()).add(c));
        Map<Long, Long> articleIds = new HashMap<>();
        Map<Long, Long> claimIds = new HashMap<>();
        for (StoredArticle stored : backup.articles()) {
            Article a = stored.article();
            ArticleId id = corpus.restoreArticle(new ArticleDraft(stored.sourceName(), a.title(), a.outlet(), a.url(),
                    a.published(), a.metadata(), a.body()), stored.importedAt());
            articleIds.put(a.id().value(), id.value());
            List<StoredClaim> old = claimsByArticle.getOrDefault(a.id().value(), List.of());
            ClaimExtraction extraction = extractions.getOrDefault(a.id().value(), new ClaimExtraction(a.id(), 0, stored.importedAt()));
            List<StoredClaim> saved = claims.restoreClaims(id, old, extraction);
            for (int i = 0; i < old.size(); i++) {
                claimIds.put(old.get(i).id().value(), saved.get(i).id().value());
            }
        }
        if (claimIds.size() != backup.claims().size()) {
            throw new IllegalArgumentException("some claims belong to articles the backup does not hold");
        }
        annotations.restore(backup.annotations(), articleIds, claimIds);
        var a = backup.annotations();
        return new RestoreReport(restoredUsers, skipped, articleIds.size(), claimIds.size(), a.claimAnnotations().size(),
                a.links().size(), a.groupNotes().size(), a.history().size());
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
