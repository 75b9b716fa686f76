package org.parley.complaints.cli.internal;

import java.io.PrintStream;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.complaints.CaseDeadline;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.ComplaintService;
import org.parley.complaints.DeadlineService;
import org.parley.complaints.EscalationService;
import org.parley.complaints.Evidence;
import org.parley.complaints.InvestigationService;
import org.parley.complaints.ResolutionService;
import org.parley.complaints.StaffInvolvement;
import org.parley.complaints.Transfer;
import org.parley.core.model.Case;
import org.parley.core.model.Commitment;

/** {@code parley-cli complaint show CASE}: everything the complaint log knows about a case, for a terminal. */
@Component(service = Command.class)
public final class ShowComplaintCaseCommand extends ComplaintCommand {

    public ShowComplaintCaseCommand() {
        super("complaint show", "parley-cli complaint show CASE", CommandText.show_summary, 1);
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        Case c = caseOf(arguments.positional().get(0), context);
        PrintStream out = context.out();
        EscalationService escalation = context.services().get(EscalationService.class);
        out.println(CommandText.bind(CommandText.show_case, c.getNumber(), c.getTitle(), c.getStatus(),
                c.getClientName(), c.getSeverity()));
        out.println(CommandText.bind(CommandText.show_levels, escalation.levelName(c.getLevelArisen()),
                escalation.levelName(c.getLevelHandling()),
                c.getOwner() == null ? CommandText.show_unassigned : c.getOwner().getLogin()));
        out.println(CommandText.show_complaints);
        for (ComplaintRecord r : context.services().get(ComplaintService.class).complaintsOf(c.getId())) {
            out.println(CommandText.bind(CommandText.show_complaint, shown(r.receivedAt()), r.channel(),
                    r.channelReference() == null ? "-" : r.channelReference()));
            r.clientWords().lines().forEach(l -> out.println("      " + l));
        }
        out.println(CommandText.show_deadlines);
        for (CaseDeadline d : context.services().get(DeadlineService.class).deadlinesOf(c.getId())) {
            String state = d.metAt() != null ? CommandText.bind(CommandText.show_met, shown(d.metAt()))
                    : d.paused() ? CommandText.show_paused
                    : d.breachedAt() != null ? CommandText.bind(CommandText.show_breached, shown(d.breachedAt()))
                    : CommandText.show_running;
            out.println(CommandText.bind(CommandText.show_deadline, d.kind(), shown(d.dueAt()), state));
        }
        out.println(CommandText.show_commitments);
        for (Commitment k : context.services().cases().commitments(c.getId())) {
            out.println(CommandText.bind(CommandText.show_commitment, k.getId(), k.getKind(), shown(k.getDueAt()),
                    k.getState(), k.getOwner(), firstWords(k.getDescription(), 70)));
        }
        var transfers = escalation.transfers(c.getId());
        if (!transfers.isEmpty()) {
            out.println(CommandText.show_transfers);
            for (Transfer t : transfers) {
                out.println(CommandText.bind(CommandText.show_transfer, shown(t.at()), escalation.levelName(t.fromLevel()),
                        escalation.levelName(t.toLevel()), t.toOwner() == null ? "-" : t.toOwner(),
                        t.automatic() ? CommandText.show_automatic : t.actor(), t.reason()));
            }
        }
        context.services().get(InvestigationService.class).of(c.getId()).ifPresent(i -> {
            out.println(i.isClosed() ? CommandText.bind(CommandText.show_investigationClosed, shown(i.closedAt()), i.closedBy())
                    : CommandText.show_investigationOpen);
            out.println(CommandText.bind(CommandText.show_facts, i.facts() == null ? "-" : i.facts()));
            out.println(CommandText.bind(CommandText.show_emotions, i.clientEmotions() == null ? "-" : i.clientEmotions()));
            out.println(CommandText.bind(CommandText.show_rootCause, i.rootCause() == null ? "-" : i.rootCause()));
            for (Evidence e : i.evidence()) {
                out.println(CommandText.bind(CommandText.show_evidence, e.description(),
                        e.reference() == null ? "" : e.reference()));
            }
            for (StaffInvolvement s : i.staff()) {
                out.println(CommandText.bind(CommandText.show_staff, s.position(), s.staffLogin(),
                        s.processStep() == null ? "-" : s.processStep(),
                        s.atFault() ? CommandText.show_atFault : ""));
            }
        });
        context.services().get(ResolutionService.class).of(c.getId()).ifPresent(r -> {
            out.println(CommandText.bind(CommandText.show_resolution, r.outcome(), shown(r.resolvedAt()), r.resolvedBy()));
            r.closingMessage().lines().forEach(l -> out.println("      " + l));
        });
    }
}
