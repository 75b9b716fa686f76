package com.example.reviewwatch;

/**
 * What an import of a review file stored.
 *
 * @param imported reviews stored
 * @param clients  distinct clients they belong to
 * @param known    reviews skipped because the same source and link were imported before
 */
public record ImportResult(int imported, int clients, int known) {
}
