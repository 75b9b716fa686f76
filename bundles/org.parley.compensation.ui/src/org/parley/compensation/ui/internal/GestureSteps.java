package org.parley.compensation.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Control;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureService;
import org.parley.compensation.GestureState;
import org.parley.core.model.AuditEvent;
import org.parley.core.service.AuditService;
import org.parley.ui.workbench.StoreCall;

/**
 * The workflow's steps as the workbench asks for them: a reason where one is needed (a rejection, a decline, an
 * override), the step made in a job, and the gesture's audited history.
 */
final class GestureSteps {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final GestureService gestures;
    private final AuditService audit;

    GestureSteps(GestureService gestures, AuditService audit) {
        this.gestures = gestures;
        this.audit = audit;
    }

    /** Asks what the step needs and makes it; {@code done} gets the changed gesture. */
    void approve(Control owner, Gesture g, Consumer<Gesture> done) {
        String reason = null;
        if (g.overBudget() || g.overClientLimit()) {
            reason = ask(owner, Messages.step_overrideTitle, g.overBudget() ? Messages.step_overrideBudget
                    : Messages.step_overrideClient, true);
            if (reason == null) {
                return;
            }
        }
        String r = reason;
        StoreCall.run(owner, Messages.step_working, () -> gestures.approve(g.id(), g.version(), r), done);
    }

    void reject(Control owner, Gesture g, Consumer<Gesture> done) {
        String reason = ask(owner, Messages.step_rejectTitle, Messages.step_rejectReason, true);
        if (reason != null) {
            StoreCall.run(owner, Messages.step_working, () -> gestures.reject(g.id(), g.version(), reason), done);
        }
    }

    void offer(Control owner, Gesture g, Consumer<Gesture> done) {
        StoreCall.run(owner, Messages.step_working, () -> gestures.offer(g.id(), g.version()), done);
    }

    void answer(Control owner, Gesture g, boolean accepted, Consumer<Gesture> done) {
        String reason = accepted ? null : ask(owner, Messages.step_declineTitle, Messages.step_declineReason, true);
        if (accepted || reason != null) {
            StoreCall.run(owner, Messages.step_working, () -> gestures.answer(g.id(), g.version(), accepted, reason),
                    done);
        }
    }

    void fulfil(Control owner, Gesture g, Consumer<Gesture> done) {
        String note = ask(owner, Messages.step_fulfilTitle, Messages.step_fulfilNote, false);
        if (note != null) {
            StoreCall.run(owner, Messages.step_working, () -> gestures.fulfil(g.id(), g.version(), note), done);
        }
    }

    /** Who did what to the gesture and when, oldest first. */
    void history(Control owner, Gesture g) {
        StoreCall.run(owner, Messages.step_working, () -> audit.history(GestureService.AUDIT_TYPE, g.id()),
                events -> MessageDialog.openInformation(owner.getShell(), Messages.step_historyTitle, text(events)));
    }

    static String text(List<AuditEvent> events) {
        StringBuilder b = new StringBuilder();
        for (AuditEvent e : events) {
            b.append(WHEN.format(e.getAt())).append("  ").append(e.getActor()).append("  ")
                    .append(action(e.getAction()));
            if (e.getReason() != null && !e.getReason().isBlank()) {
                b.append(" \u2014 ").append(e.getReason());
            }
            b.append('\n');
        }
        return b.toString().strip();
    }

    private static String action(String audited) {
        return switch (audited) {
            case "gesture.propose" -> Messages.audit_propose;
            case "gesture.approve" -> Messages.audit_approve;
            case "gesture.override" -> Messages.audit_override;
            case "gesture.reject" -> Messages.audit_reject;
            case "gesture.offer" -> Messages.audit_offer;
            case "gesture.accept" -> Messages.audit_accept;
            case "gesture.decline" -> Messages.audit_decline;
            case "gesture.fulfil" -> Messages.audit_fulfil;
            default -> audited;
        };
    }

    /** Which steps a gesture allows now. */
    static boolean allows(Gesture g, GestureState next) {
        return g != null && g.state().next().contains(next);
    }

    /** The user's text, null when cancelled; a required text may not be blank. */
    private static String ask(Control owner, String title, String message, boolean required) {
        InputDialog d = new InputDialog(owner.getShell(), title, message, "",
                required ? s -> s.isBlank() ? Messages.step_required : null : null);
        if (d.open() != Window.OK) {
            return null;
        }
        return d.getValue() == null ? "" : d.getValue().strip();
    }
}
