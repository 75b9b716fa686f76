package org.parley.compensation.extension;

import java.time.LocalDate;
import java.util.List;

import org.parley.compensation.Catalogue;
import org.parley.compensation.Gesture;
import org.parley.core.model.Language;

/**
 * What an advisor knows about the case.
 *
 * @param rootCause the established root cause, or null while the case is not investigated
 * @param clientGestures the client's gestures over the rules' window, newest first
 * @param clientCasesOpenedSinceLastGesture cases the client opened after their latest spending gesture: a sign
 *        that gestures are not ending the conflict
 * @param clientOpenCases the client's cases still open, this one included
 * @param language the signed-in user's language, for reasons
 */
public record AdviceRequest(long caseId, long clientId, String clientName, String rootCause, Catalogue catalogue,
        LocalDate today, List<Gesture> clientGestures, int clientCasesOpenedSinceLastGesture, int clientOpenCases,
        Language language) {
}
