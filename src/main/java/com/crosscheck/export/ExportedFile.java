package com.crosscheck.export;

/** A written export, ready to be sent or saved. */
public record ExportedFile(String fileName, String contentType, byte[] content) {
}
