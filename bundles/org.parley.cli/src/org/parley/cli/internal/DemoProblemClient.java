package org.parley.cli.internal;

import java.time.Duration;
import java.time.Instant;

import org.parley.core.model.Case;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.Direction;
import org.parley.core.model.Severity;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.CaseService;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.CommitmentDraft;
import org.parley.core.service.InteractionDraft;
import org.parley.cli.command.CoreServices;

/**
 * One problem client in the demo data, written through the services so that the problem-client capability has a
 * record to show: five cases in a few weeks, two public reviews, a threat of court, insults, two calls back from the
 * company and a promise still open.
 */
final class DemoProblemClient {

    static final String NAME = "Victor Grant";

    private DemoProblemClient() {
    }

    /** @return the client's id */
    static long write(CoreServices services, Instant now) {
        CaseService cases = services.cases();
        long client = services.clients().create(new ClientDraft(NAME, "en")).getId();
        String[][] record = {
            { "Parcel late for the third time", "phone", "Where is my parcel? This is the third time it is late." },
            { "One-star review: never again", "public-review", "One star. Slow, rude, never again." },
            { "Demands 500 EUR for the delay", "email",
                "You are idiots. Pay me 500 euros or I will take you to court." },
            { "Review: liars", "public-review", "Liars and idiots, do not buy anything here." },
            { "Threatens police and a lawyer", "phone", "I am calling the police and my lawyer today." } };
        Case first = null;
        for (int i = 0; i < record.length; i++) {
            Case c = cases.open(new CaseDraft(client, record[i][0], null, record[i][1], Severity.HIGH, 0, null));
            Instant at = now.minus(Duration.ofDays(30L - 6L * i));
            cases.addInteraction(c.getId(), new InteractionDraft(record[i][1], Direction.INBOUND, at, record[i][2],
                    null));
            if (i == 0) {
                first = c;
            }
            if (i == 0 || i == 2) {
                cases.addInteraction(c.getId(), new InteractionDraft("phone", Direction.OUTBOUND, at.plus(
                        Duration.ofHours(3)), null, "Called back: apologised, explained what happens next"));
            }
        }
        cases.addCommitment(first.getId(), new CommitmentDraft(CommitmentKind.CALL_BACK,
                "Call back with the courier's answer", now.plus(Duration.ofDays(1)), null));
        return client;
    }
}
