package org.parley.complaints.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.UsageException;
import org.parley.complaints.Investigation;
import org.parley.complaints.InvestigationDraft;
import org.parley.complaints.InvestigationService;
import org.parley.core.model.Case;

/**
 * {@code parley-cli complaint investigate CASE}: writes the investigation (facts apart from the client's
 * emotions), adds evidence and staff involved, and closes it - all given flags in one transaction. Fields not
 * given keep what was written before.
 */
@Component(service = Command.class)
public final class InvestigateCommand extends ComplaintCommand {

    public InvestigateCommand() {
        super("complaint investigate",
                "parley-cli complaint investigate CASE [--facts TEXT] [--emotions TEXT] [--root-cause CODE] "
                        + "[--steps TEXT] [--evidence TEXT [--evidence-reference REF]] [--involve LOGIN [--step TEXT]] "
                        + "[--conclude TEXT]",
                CommandText.investigate_summary, 1, "facts", "emotions", "root-cause", "steps", "evidence",
                "evidence-reference", "involve", "step", "conclude");
    }

    @Override
    public String details() {
        return CommandText.investigate_details;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        Case c = caseOf(arguments.positional().get(0), context);
        if (arguments.value("evidence-reference").isPresent() && arguments.value("evidence").isEmpty()) {
            throw new UsageException(this, CommandText.investigate_referenceWithoutEvidence);
        }
        if (arguments.value("step").isPresent() && arguments.value("involve").isEmpty()) {
            throw new UsageException(this, CommandText.investigate_stepWithoutInvolve);
        }
        InvestigationService investigations = context.services().get(InvestigationService.class);
        Investigation done = context.services().store().inTransaction(() -> {
            Investigation current = investigations.of(c.getId()).orElse(null);
            boolean write = current == null || arguments.value("facts").isPresent()
                    || arguments.value("emotions").isPresent() || arguments.value("root-cause").isPresent()
                    || arguments.value("steps").isPresent();
            Investigation i = current;
            if (write) {
                i = investigations.save(c.getId(), current == null ? 0 : current.version(), new InvestigationDraft(
                        arguments.value("facts").orElse(current == null ? null : current.facts()),
                        arguments.value("emotions").orElse(current == null ? null : current.clientEmotions()),
                        arguments.value("root-cause").orElse(current == null ? null : current.rootCause()),
                        arguments.value("steps").orElse(current == null ? null : current.processSteps())));
            }
            if (arguments.value("evidence").isPresent()) {
                i = investigations.addEvidence(c.getId(), arguments.required("evidence"),
                        arguments.value("evidence-reference").orElse(null));
            }
            if (arguments.value("involve").isPresent()) {
                i = investigations.involve(c.getId(), arguments.required("involve"), arguments.value("step").orElse(null));
            }
            if (arguments.value("conclude").isPresent()) {
                i = investigations.close(c.getId(), i.version(), arguments.required("conclude"));
            }
            return i;
        });
        context.out().println(CommandText.bind(done.isClosed() ? CommandText.investigate_closed : CommandText.investigate_saved,
                c.getNumber(), done.evidence().size(), done.staff().size()));
    }
}
