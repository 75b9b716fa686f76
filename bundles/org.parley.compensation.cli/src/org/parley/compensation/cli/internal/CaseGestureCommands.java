package org.parley.compensation.cli.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandInput;
import org.parley.compensation.Advice;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureAdvice;
import org.parley.compensation.GestureDraft;
import org.parley.compensation.GestureService;
import org.parley.compensation.Labels;
import org.parley.core.model.Case;

/** Gestures on a case: the advice, a proposal, the list; and the approval queue. */
final class CaseGestureCommands {

    private CaseGestureCommands() {
    }

    /** {@code parley-cli gesture advise CASE}: ranked alternatives, and whether no gesture is advised. */
    @Component(service = Command.class)
    public static final class Advise extends GestureCommand {

        public Advise() {
            super("gesture advise", "parley-cli gesture advise CASE", CommandText.advise_summary, 1, 1);
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            Case c = CommandInput.caseOf(this, arguments.positional().get(0), context.services().cases());
            Advice a = context.services().get(GestureAdvice.class).adviseFor(c.getId());
            context.out().println(a.rootCause() == null ? CommandText.bind(CommandText.advise_causeUnknown, c.getNumber())
                    : CommandText.bind(CommandText.advise_head, c.getNumber(), a.rootCause()));
            for (String reason : a.noGestureReasons()) {
                context.out().println(CommandText.bind(CommandText.advise_noGesture, reason));
            }
            int rank = 1;
            for (Advice.Alternative x : a.alternatives()) {
                context.out().println(CommandText.bind(CommandText.advise_line, new Object[] { rank++, x.fit(),
                        x.item().code(), x.item().name(userLanguage()), Labels.of(x.item().kind()),
                        x.cost().stripTrailingZeros().toPlainString(), String.join(" ", x.reasons()) }));
            }
        }
    }

    /** {@code parley-cli gesture propose CASE ITEM [--value V] [--date D] [--note TEXT]}. */
    @Component(service = Command.class)
    public static final class Propose extends GestureCommand {

        public Propose() {
            super("gesture propose", "parley-cli gesture propose CASE ITEM [--value V] [--date 2026-03-09] [--note TEXT]",
                    CommandText.propose_summary, 2, 2, "value", "date", "note");
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            Case c = CommandInput.caseOf(this, arguments.positional().get(0), context.services().cases());
            BigDecimal value = arguments.value("value").map(v -> amount("--value", v)).orElse(null);
            LocalDate date = arguments.value("date").map(v -> date("--date", v)).orElse(null);
            GestureService gestures = context.services().get(GestureService.class);
            GestureDraft draft = new GestureDraft(c.getId(), arguments.positional().get(1), value, date,
                    arguments.value("note").orElse(null));
            Gesture g = gestures.propose(draft);
            context.out().println(line(gestures, g));
        }
    }

    /** {@code parley-cli gesture list CASE}. */
    @Component(service = Command.class)
    public static final class ListOnCase extends GestureCommand {

        public ListOnCase() {
            super("gesture list", "parley-cli gesture list CASE", CommandText.list_summary, 1, 1);
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            Case c = CommandInput.caseOf(this, arguments.positional().get(0), context.services().cases());
            GestureService gestures = context.services().get(GestureService.class);
            List<Gesture> list = gestures.ofCase(c.getId());
            for (Gesture g : list) {
                context.out().println(line(gestures, g));
            }
            if (list.isEmpty()) {
                context.out().println(CommandText.bind(CommandText.list_none, c.getNumber()));
            }
        }
    }

    /** {@code parley-cli gesture awaiting}: what the user running the command may approve. */
    @Component(service = Command.class)
    public static final class Awaiting extends GestureCommand {

        public Awaiting() {
            super("gesture awaiting", "parley-cli gesture awaiting", CommandText.awaiting_summary, 0, 0);
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            GestureService gestures = context.services().get(GestureService.class);
            List<Gesture> waiting = gestures.awaitingApproval();
            for (Gesture g : waiting) {
                String number = context.services().cases().find(g.caseId()).map(Case::getNumber).orElse("");
                context.out().println(number + "  " + line(gestures, g));
            }
            if (waiting.isEmpty()) {
                context.out().println(CommandText.awaiting_none);
            }
        }
    }
}
