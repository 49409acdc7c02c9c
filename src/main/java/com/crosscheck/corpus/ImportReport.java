package com.crosscheck.corpus;

import java.util.List;

/** The results of importing several files, one per file, in the order they were read. */
public record ImportReport(List<ImportResult> results) {

    public ImportReport {
        results = List.copyOf(results);
    }

    public long count(ImportResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    public List<ImportResult> failures() {
        return results.stream().filter(r -> r.outcome() == ImportResult.Outcome.FAILED).toList();
    }

    /** One line for logs and the command line. */
    public String summary() {
        return "%d imported, %d already present, %d failed".formatted(
                count(ImportResult.Outcome.IMPORTED), count(ImportResult.Outcome.DUPLICATE),
                count(ImportResult.Outcome.FAILED));
    }
}
