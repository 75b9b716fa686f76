package org.parley.complaints;

import java.time.Instant;

/** A piece of evidence: what it shows and where it is (a document number, a file path, a recording id). */
public record Evidence(String description, String reference, String addedBy, Instant addedAt) {
}
