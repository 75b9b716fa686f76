package org.parley.compensation.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parley.compensation.CatalogueItem;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureKind;
import org.parley.compensation.extension.AdviceRequest;
import org.parley.compensation.extension.AdvisorAnswer;
import org.parley.compensation.extension.AdvisorAnswer.Proposal;
import org.parley.compensation.extension.GestureAdvisor;

/**
 * Parley's advisor: a remedy depends on the cause. Items made for the case's root cause fit best, general items
 * next; before the cause is established every item fits a little. A client who keeps getting gestures while the
 * conflict goes on is told "no gesture — attention and a fix".
 */
@Component(service = GestureAdvisor.class)
public class RootCauseAdvisor implements GestureAdvisor {

    static final int MADE_FOR_CAUSE = 100;
    static final int GENERAL = 60;
    static final int CAUSE_UNKNOWN = 40;
    static final int NOTHING_TO_GIVE = 10;

    @Override
    public String id() {
        return PARLEY;
    }

    @Override
    public AdvisorAnswer advise(AdviceRequest r) {
        String noGesture = noGestureReason(r);
        List<Proposal> out = new ArrayList<>();
        for (CatalogueItem item : r.catalogue().items()) {
            if (!item.offerableOn(r.today())) {
                continue;
            }
            if (item.kind() == GestureKind.NO_GESTURE) {
                out.add(new Proposal(item.code(), noGesture != null ? MADE_FOR_CAUSE + 1 : NOTHING_TO_GIVE,
                        noGesture != null ? noGesture : CompensationText.get("advice.attention")));
            } else if (r.rootCause() == null) {
                out.add(new Proposal(item.code(), CAUSE_UNKNOWN, CompensationText.get("advice.causeUnknown")));
            } else if (item.rootCauses().contains(r.rootCause())) {
                out.add(new Proposal(item.code(), MADE_FOR_CAUSE,
                        CompensationText.get("advice.madeForCause", r.rootCause())));
            } else if (item.rootCauses().isEmpty()) {
                out.add(new Proposal(item.code(), GENERAL, CompensationText.get("advice.general")));
            }
        }
        return new AdvisorAnswer(out, noGesture);
    }

    /** Many spending gestures in the window, and the client still complaining after the latest of them. */
    static String noGestureReason(AdviceRequest r) {
        long spending = r.clientGestures().stream().map(Gesture::state).filter(s -> s.spends()).count();
        int threshold = r.catalogue().rules().noGestureAfter();
        boolean goesOn = r.clientCasesOpenedSinceLastGesture() > 0 || r.clientOpenCases() > 1;
        if (spending >= threshold && goesOn) {
            return CompensationText.get("advice.noGesture", r.clientName(), spending,
                    r.catalogue().rules().windowDays());
        }
        return null;
    }
}
