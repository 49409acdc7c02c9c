package com.crosscheck.export;

import java.util.List;

/**
 * What a restore put back.
 *
 * @param skippedUsers users of the backup that exist here already and were left as they are
 */
public record RestoreReport(int users, List<String> skippedUsers, int articles, int claims, int claimAnnotations,
        int links, int groupNotes, int historyLines) {

    public RestoreReport {
        skippedUsers = List.copyOf(skippedUsers);
    }

    /** "5 articles, 212 claims, 3 annotations, 1 link, 1 group note, 9 history lines and 2 users restored". */
    public String summary() {
        return articles + " articles, " + claims + " claims, " + claimAnnotations + " claim annotations, " + links
                + " links, " + groupNotes + " group notes, " + historyLines + " history lines and " + users
                + " users restored" + (skippedUsers.isEmpty() ? "" : "; users already here kept as they are: "
                + String.join(", ", skippedUsers));
    }
}
