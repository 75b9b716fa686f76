package org.parley.complaints;

/** A stored complaint that looks like the one being taken: same client and channel, similar words, recent. */
public record DuplicateCandidate(ComplaintRecord complaint, double similarity) {
}
