/**
 * Exports of a comparison (or the whole corpus) in several formats, and the workspace backup.
 *
 * <p>{@link com.crosscheck.export.ExportService} gathers a comparison's data once ({@link com.crosscheck.export.ExportData})
 * and hands it to the {@link com.crosscheck.export.ExportFormat} bean with the requested id; new formats are new beans
 * (the formats themselves live in {@code internal}). {@link com.crosscheck.export.WorkspaceBackupService} writes and
 * restores everything the workspace holds.
 */
@NullMarked
package com.crosscheck.export;

import org.jspecify.annotations.NullMarked;
