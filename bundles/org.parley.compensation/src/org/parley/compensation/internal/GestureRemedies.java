package org.parley.compensation.internal;

import java.util.Comparator;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.compensation.CatalogueItem;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureKind;
import org.parley.compensation.GestureService;
import org.parley.compensation.GestureState;
import org.parley.complaints.extension.RemedySource;
import org.parley.core.model.Language;

/**
 * The closing message's remedy: the newest gesture the client accepted (or was given) on the case, named and
 * explained in the client's language from the catalogue version it was offered from.
 */
@Component(service = RemedySource.class)
public class GestureRemedies implements RemedySource {

    private final GestureService gestures;

    @Activate
    public GestureRemedies(@Reference GestureService gestures) {
        this.gestures = gestures;
    }

    @Override
    public Optional<Remedy> remedyFor(long caseId, Language language) {
        return gestures.ofCase(caseId).stream()
                .filter(g -> g.state() == GestureState.ACCEPTED || g.state() == GestureState.FULFILLED)
                .filter(g -> g.kind() != GestureKind.NO_GESTURE)
                .max(Comparator.comparing(Gesture::updatedAt).thenComparing(Gesture::id))
                .map(g -> remedy(g, gestures.itemOf(g), language));
    }

    static Remedy remedy(Gesture g, CatalogueItem item, Language language) {
        StringBuilder what = new StringBuilder(item.name(language));
        if (g.value() != null) {
            what.append(" (").append(CatalogueRules.plain(g.value()))
                    .append(g.kind() == GestureKind.DISCOUNT_PERCENT ? " %" : " " + g.currency()).append(')');
        }
        if (g.promisedDate() != null) {
            what.append(": ").append(g.promisedDate());
        }
        String use = item.redemption(language);
        return new Remedy(what.toString(), use.isBlank() ? item.description(language) : use);
    }
}
