package org.parley.complaints.cli.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.complaints.InvestigationService;
import org.parley.core.model.Case;

/**
 * {@code parley-cli complaint judge CASE}: the verdict on a staff member involved, refused until the
 * investigation is closed with evidence.
 */
@Component(service = Command.class)
public final class JudgeCommand extends ComplaintCommand {

    public JudgeCommand() {
        super("complaint judge", "parley-cli complaint judge CASE --staff POSITION --at-fault yes|no [--note TEXT]",
                CommandText.judge_summary, 1, "staff", "at-fault", "note");
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        Case c = caseOf(arguments.positional().get(0), context);
        int position = (int) arguments.number("staff", -1, 0, 10_000);
        if (position < 0) {
            arguments.required("staff");
        }
        String verdict = arguments.choice("at-fault", null, List.of("yes", "no"));
        if (verdict == null) {
            arguments.required("at-fault");
        }
        boolean atFault = verdict.equals("yes");
        context.services().get(InvestigationService.class).judge(c.getId(), position, atFault,
                arguments.value("note").orElse(null));
        context.out().println(CommandText.bind(CommandText.judge_done, c.getNumber(), position));
    }
}
