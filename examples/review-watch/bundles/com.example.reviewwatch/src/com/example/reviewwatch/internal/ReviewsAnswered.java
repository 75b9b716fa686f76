package com.example.reviewwatch.internal;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.termination.Termination;
import org.parley.termination.extension.ClientHistory;
import org.parley.termination.extension.TerminationCondition;

import com.example.reviewwatch.OnlineReview;
import com.example.reviewwatch.ReviewWatch;

/**
 * An item of the termination checklist: before the relationship ends, every low-rated public review of the
 * client has a public answer, so that readers see the company's side too.
 */
@Component
public class ReviewsAnswered implements TerminationCondition {

    @Reference
    ReviewWatch reviews;

    @Override
    public String id() {
        return "reviewwatch.answered";
    }

    @Override
    public String label(Locale locale) {
        return ReviewText.get("condition.label");
    }

    @Override
    public int rank() {
        return 450;
    }

    @Override
    public Check check(Termination termination, ClientHistory history) {
        List<OnlineReview> low = reviews.ofClient(history.clientId()).stream().filter(OnlineReview::low).toList();
        List<String> open = low.stream().filter(r -> !r.answered())
                .map(r -> ReviewText.get("condition.open", "R-" + r.id(), r.source(), r.postedOn(), r.rating()))
                .toList();
        return new Check(open.isEmpty(),
                ReviewText.get("condition.details", low.size(), low.size() - open.size()), open);
    }
}
