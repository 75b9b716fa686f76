package com.example.reviewwatch.internal;

import java.time.Instant;
import java.time.LocalDate;

import com.example.reviewwatch.OnlineReview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A stored public review; linked to its client by id, never by changing Parley's own tables. */
@Entity(name = "ReviewWatchReview")
@Table(name = "reviewwatch_review")
class ReviewEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reviewwatch_review_seq")
    @SequenceGenerator(name = "reviewwatch_review_seq", sequenceName = "reviewwatch_review_seq", allocationSize = 50)
    long id;

    @Version
    long version;

    @Column(name = "client_id", nullable = false)
    long clientId;

    @Column(name = "source", nullable = false, length = 60)
    String source;

    @Column(name = "url", length = 1000)
    String url;

    @Column(name = "posted_on", nullable = false)
    LocalDate postedOn;

    @Column(name = "rating", nullable = false)
    int rating;

    @Column(name = "author", length = 200)
    String author;

    @Column(name = "text", nullable = false, length = 4000)
    String text;

    @Column(name = "answer", length = 4000)
    String answer;

    @Column(name = "answered_by", length = 100)
    String answeredBy;

    @Column(name = "answered_at")
    Instant answeredAt;

    @Column(name = "imported_at", nullable = false)
    Instant importedAt;

    OnlineReview toReview() {
        return new OnlineReview(id, clientId, source, url, postedOn, rating, author, text, answer, answeredBy,
                answeredAt);
    }
}
