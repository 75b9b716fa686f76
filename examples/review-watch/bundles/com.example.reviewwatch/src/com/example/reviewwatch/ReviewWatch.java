package com.example.reviewwatch;

import java.nio.file.Path;
import java.util.List;

/**
 * The plug-in's service: imports public reviews from a CSV file, lists a client's reviews and records the
 * company's public answers. Every change is audited in Parley's audit trail.
 *
 * <p>The file has a header line and the columns {@code client,source,url,posted,rating,author,text}: the client
 * as a Parley id ({@code C-12}), an e-mail or phone of one of the client's contact points, or the client's exact
 * name; {@code posted} as {@code YYYY-MM-DD}; {@code rating} 1 to 5. The whole file is checked first: one bad
 * line refuses it with the line named, and nothing is stored.
 */
public interface ReviewWatch {

    /**
     * Imports a review file; reviews already imported (same source and link) are skipped.
     *
     * @throws org.parley.core.service.InvalidInputException naming the first bad line; nothing is stored
     */
    ImportResult importFile(Path file);

    /** @return the client's reviews, newest first */
    List<OnlineReview> ofClient(long clientId);

    /** @return the most recent reviews of all clients, newest first, at most {@code limit} */
    List<OnlineReview> latest(int limit);

    /**
     * Records the public answer given to a review.
     *
     * @throws org.parley.core.service.InvalidInputException if the answer is empty or too long
     * @throws org.parley.core.service.NotFoundException if there is no such review
     */
    OnlineReview answer(long reviewId, String answer);
}
