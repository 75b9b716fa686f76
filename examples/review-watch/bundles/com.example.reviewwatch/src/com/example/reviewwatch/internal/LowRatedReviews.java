package com.example.reviewwatch.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.termination.Evidence;
import org.parley.termination.extension.ClientHistory;
import org.parley.termination.extension.ClientIndicator;

import com.example.reviewwatch.OnlineReview;
import com.example.reviewwatch.ReviewWatch;

/** A warning sign on a client's record: low-rated public reviews within the classification's window. */
@Component
public class LowRatedReviews implements ClientIndicator {

    @Reference
    ReviewWatch reviews;

    @Override
    public String id() {
        return "reviewwatch.low-rated";
    }

    @Override
    public String label(Locale locale) {
        return ReviewText.get("indicator.label");
    }

    @Override
    public int defaultThreshold() {
        return 2;
    }

    @Override
    public List<Evidence> measure(ClientHistory history) {
        return reviews.ofClient(history.clientId()).stream()
                .filter(OnlineReview::low)
                .filter(r -> {
                    var at = r.postedOn().atStartOfDay(ZoneId.systemDefault()).toInstant();
                    return !at.isBefore(history.from()) && !at.isAfter(history.to());
                })
                .map(r -> new Evidence(0, "R-" + r.id(), r.postedOn().atStartOfDay(ZoneId.systemDefault()).toInstant(),
                        ReviewText.get("indicator.evidence", r.rating(), r.source(), shorten(r.text()))))
                .toList();
    }

    static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
