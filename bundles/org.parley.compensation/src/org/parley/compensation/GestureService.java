package org.parley.compensation;

import java.util.List;
import java.util.Optional;

import org.parley.core.model.Role;

/**
 * Gestures on cases and their workflow. Every step is audited with who and when (entity type
 * {@link #AUDIT_TYPE}). Role limits come from the current catalogue's {@link GestureRules}.
 */
public interface GestureService {

    String AUDIT_TYPE = "gesture";

    /** The EventAdmin topic posted after a gesture changed (properties id, caseId, state, actor). */
    String TOPIC = "org/parley/gesture/changed";

    /** What proposing this draft would need, without storing anything. */
    GestureCheck check(GestureDraft draft);

    /**
     * Proposes a gesture. Within the proposer's own limit, the team's budget and the item's per-client limit it is
     * approved at once (audited as such); otherwise it waits for the role the check names.
     *
     * @throws org.parley.core.service.InvalidInputException for a closed case, a retired or out-of-validity
     *         item, a value outside the item's range or a missing or past promised date
     */
    Gesture propose(GestureDraft draft);

    /**
     * Approves a proposed gesture. The approver's role must cover its cost; beyond budget or the per-client limit
     * an {@code overrideReason} is required from the role that may override, and is audited.
     *
     * @throws org.parley.core.service.InvalidInputException when the user may not approve it, naming who may
     */
    Gesture approve(long id, long expectedVersion, String overrideReason);

    /** Rejects a proposed gesture; the reason is required and goes to the proposer. */
    Gesture reject(long id, long expectedVersion, String reason);

    /** Records that an approved gesture was offered to the client. */
    Gesture offer(long id, long expectedVersion);

    /** Records the client's answer; a decline needs the client's reason. */
    Gesture answer(long id, long expectedVersion, boolean accepted, String reason);

    /** Records that an accepted gesture was given to the client. */
    Gesture fulfil(long id, long expectedVersion, String note);

    Optional<Gesture> find(long id);

    /** The case's gestures, oldest first. */
    List<Gesture> ofCase(long caseId);

    /** The client's gestures, newest first. */
    List<Gesture> ofClient(long clientId);

    /** Whether the signed-in user's role may approve or reject this proposed gesture (overrides included). */
    boolean mayDecide(Gesture gesture);

    /** Proposed gestures the signed-in user may approve, oldest first. */
    List<Gesture> awaitingApproval();

    /** The catalogue item a gesture came from, read from its pinned version (retired items included). */
    CatalogueItem itemOf(Gesture gesture);

    /** The highest cost {@code role} approves alone under the current rules; null means no limit. */
    java.math.BigDecimal limitOf(Role role);
}
