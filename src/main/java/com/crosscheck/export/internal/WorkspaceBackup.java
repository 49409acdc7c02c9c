package com.crosscheck.export.internal;

import com.crosscheck.accounts.UserAccount;
import com.crosscheck.annotation.AnnotationSnapshot;
import com.crosscheck.claims.ClaimExtraction;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.StoredArticle;

import java.time.Instant;
import java.util.List;

/** Everything a workspace holds, as written to and read from a backup file ({@link BackupJson}). */
public record WorkspaceBackup(Instant exportedAt, List<UserAccount> users, List<StoredArticle> articles,
        List<ClaimExtraction> extractions, List<StoredClaim> claims, AnnotationSnapshot annotations) {
}
