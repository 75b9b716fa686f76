package com.example.reviewwatch;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A public review a client wrote about the company, and the company's public answer if one was given.
 *
 * @param id         the review's id
 * @param clientId   the Parley client who wrote it
 * @param source     where it was published (a review site, a social network)
 * @param url        the link to it, or null
 * @param postedOn   the day it was published
 * @param rating     1 (worst) to 5 (best)
 * @param author     the name it was signed with, or null
 * @param text       what the client wrote
 * @param answer     the company's public answer, or null while unanswered
 * @param answeredBy who recorded the answer, or null
 * @param answeredAt when the answer was recorded, or null
 */
public record OnlineReview(long id, long clientId, String source, String url, LocalDate postedOn, int rating,
        String author, String text, String answer, String answeredBy, Instant answeredAt) {

    /** Ratings up to this one count as low: the client is unhappy in public. */
    public static final int LOW_RATING = 2;

    /** @return whether the rating is low ({@value #LOW_RATING} of 5 or less) */
    public boolean low() {
        return rating <= LOW_RATING;
    }

    /** @return whether the company has answered it in public */
    public boolean answered() {
        return answer != null;
    }
}
