package org.parley.termination.cli.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandInput;
import org.parley.cli.command.UsageException;
import org.parley.core.model.Client;
import org.parley.termination.ChecklistItem;
import org.parley.termination.Classification;
import org.parley.termination.ClientClassifier;
import org.parley.termination.ClientKind;
import org.parley.termination.Evidence;
import org.parley.termination.Expectations;
import org.parley.termination.ExpectationsDraft;
import org.parley.termination.Finding;
import org.parley.termination.PreContractService;
import org.parley.termination.TerminatedClient;
import org.parley.termination.Termination;
import org.parley.termination.TerminationService;

/** parley-cli commands of the problem-client capability: classification, expectations, the termination checklist. */
final class ProblemClientCommands {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private ProblemClientCommands() {
    }

    static String kind(ClientKind k) {
        return switch (k) {
            case PROBLEM_CLIENT -> CommandText.kind_problem;
            case CLIENT_WITH_A_PROBLEM -> CommandText.kind_withProblem;
            case NO_COMPLAINTS -> CommandText.kind_none;
        };
    }

    static void print(CommandContext context, Termination t) {
        context.out().println(CommandText.bind(CommandText.termination_state, new Object[] { t.state().name(),
                t.startedBy(), DAY.format(t.startedAt()), t.reason() }));
    }

    /** {@code parley-cli client classify CLIENT}: the classification and every finding with its evidence. */
    @Component(service = Command.class)
    public static final class Classify extends ClientCommand {
        public Classify() {
            super("client classify", "parley-cli client classify CLIENT", CommandText.classify_summary, 1, 1);
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            Client c = client(context, arguments.positional().get(0));
            Classification k = context.services().get(ClientClassifier.class).classify(c.getId());
            context.out().println(CommandText.bind(CommandText.classify_head, new Object[] { k.clientName(),
                    kind(k.kind()), k.triggeredCount(), k.problemAt(), DAY.format(k.from()), DAY.format(k.to()) }));
            for (Finding f : k.findings()) {
                context.out().println(CommandText.bind(CommandText.classify_finding, new Object[] {
                        f.triggered() ? "*" : " ", f.label(), f.count(), f.threshold() }));
                for (Evidence e : f.evidence()) {
                    context.out().println("      " + e.caseNumber() + "  " + DAY.format(e.at()) + "  " + e.what());
                }
            }
            k.termination().ifPresent(t -> print(context, t));
        }
    }

    /** {@code parley-cli termination start CLIENT --reason TEXT}. */
    @Component(service = Command.class)
    public static final class Start extends ClientCommand {
        public Start() {
            super("termination start", "parley-cli termination start CLIENT --reason TEXT",
                    CommandText.start_summary, 1, 1, "reason");
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            Client c = client(context, arguments.positional().get(0));
            print(context, context.services().get(TerminationService.class).start(c.getId(),
                    arguments.required("reason")));
        }
    }

    /** {@code parley-cli termination checklist CLIENT}: every item, what it rests on and what blocks it. */
    @Component(service = Command.class)
    public static final class Checklist extends ClientCommand {
        public Checklist() {
            super("termination checklist", "parley-cli termination checklist CLIENT", CommandText.checklist_summary,
                    1, 1);
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            Client c = client(context, arguments.positional().get(0));
            TerminationService terminations = context.services().get(TerminationService.class);
            terminations.current(c.getId()).ifPresent(t -> print(context, t));
            for (ChecklistItem i : terminations.checklist(c.getId())) {
                context.out().println(CommandText.bind(CommandText.checklist_item, new Object[] {
                        i.satisfied() ? "[x]" : "[ ]", i.label(), i.conditionId(),
                        i.mandatory() ? "" : CommandText.checklist_optional, i.details() }));
                for (String open : i.open()) {
                    context.out().println("      - " + open);
                }
            }
        }
    }

    /** {@code parley-cli termination confirm CLIENT ITEM [--note TEXT]}. */
    @Component(service = Command.class)
    public static final class Confirm extends ClientCommand {
        public Confirm() {
            super("termination confirm", "parley-cli termination confirm CLIENT ITEM [--note TEXT]",
                    CommandText.confirm_summary, 2, 2, "note");
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            Client c = client(context, arguments.positional().get(0));
            print(context, context.services().get(TerminationService.class).confirm(c.getId(),
                    arguments.positional().get(1), arguments.value("note").orElse(null)));
        }
    }

    /** {@code parley-cli termination letter CLIENT [--file F]}: the draft from the template. */
    @Component(service = Command.class)
    public static final class Letter extends ClientCommand {
        public Letter() {
            super("termination letter", "parley-cli termination letter CLIENT [--file FILE]",
                    CommandText.letter_summary, 1, 1, "file");
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            Client c = client(context, arguments.positional().get(0));
            CommandInput.deliver(this, arguments, context,
                    context.services().get(TerminationService.class).draftLetter(c.getId()) + System.lineSeparator());
        }
    }

    /** {@code parley-cli termination save-letter CLIENT FILE}: the letter as edited. */
    @Component(service = Command.class)
    public static final class SaveLetter extends ClientCommand {
        public SaveLetter() {
            super("termination save-letter", "parley-cli termination save-letter CLIENT FILE",
                    CommandText.saveLetter_summary, 2, 2);
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            Client c = client(context, arguments.positional().get(0));
            String text = CommandInput.textFile(this, arguments.positional().get(1));
            print(context, context.services().get(TerminationService.class).saveLetter(c.getId(), text));
        }
    }

    /** {@code parley-cli termination end CLIENT}: refused, naming each open item, until the checklist holds. */
    @Component(service = Command.class)
    public static final class End extends ClientCommand {
        public End() {
            super("termination end", "parley-cli termination end CLIENT", CommandText.end_summary, 1, 1);
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            Client c = client(context, arguments.positional().get(0));
            print(context, context.services().get(TerminationService.class).terminate(c.getId()));
        }
    }

    /** {@code parley-cli termination override|reverse|cancel CLIENT --reason TEXT}. */
    abstract static class WithReason extends ClientCommand {
        WithReason(String verb, String summary) {
            super("termination " + verb, "parley-cli termination " + verb + " CLIENT --reason TEXT", summary, 1, 1,
                    "reason");
        }

        @Override
        public final void run(Arguments arguments, CommandContext context) {
            Client c = client(context, arguments.positional().get(0));
            print(context, step(context.services().get(TerminationService.class), c.getId(),
                    arguments.required("reason")));
        }

        abstract Termination step(TerminationService terminations, long clientId, String reason);
    }

    @Component(service = Command.class)
    public static final class OverrideChecklist extends WithReason {
        public OverrideChecklist() {
            super("override", CommandText.override_summary);
        }

        @Override
        Termination step(TerminationService terminations, long clientId, String reason) {
            return terminations.override(clientId, reason);
        }
    }

    @Component(service = Command.class)
    public static final class Reverse extends WithReason {
        public Reverse() {
            super("reverse", CommandText.reverse_summary);
        }

        @Override
        Termination step(TerminationService terminations, long clientId, String reason) {
            return terminations.reverse(clientId, reason);
        }
    }

    @Component(service = Command.class)
    public static final class Cancel extends WithReason {
        public Cancel() {
            super("cancel", CommandText.cancel_summary);
        }

        @Override
        Termination step(TerminationService terminations, long clientId, String reason) {
            return terminations.cancel(clientId, reason);
        }
    }

    /** {@code parley-cli termination report}: ended relationships with their evidence. */
    @Component(service = Command.class)
    public static final class Report extends ClientCommand {
        public Report() {
            super("termination report", "parley-cli termination report", CommandText.report_summary, 0, 0);
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            List<TerminatedClient> ended = context.services().get(TerminationService.class).terminated();
            for (TerminatedClient t : ended) {
                context.out().println(CommandText.bind(CommandText.report_line, new Object[] { t.clientName(),
                        DAY.format(t.endedAt()), t.endedBy(), t.reason(), t.overrideReason() == null ? ""
                                : CommandText.bind(CommandText.report_override, t.overrideReason()) }));
                for (Finding f : t.evidence()) {
                    context.out().println("      " + f.label() + ": " + f.count());
                }
            }
            if (ended.isEmpty()) {
                context.out().println(CommandText.report_none);
            }
        }
    }

    /**
     * {@code parley-cli expectations record CLIENT --deadline D --scope S --price P --contact NAME --number N
     * [--confirmed yes|no] [--flags a,b] [--note T]}.
     */
    @Component(service = Command.class)
    public static final class RecordExpectations extends ClientCommand {
        public RecordExpectations() {
            super("expectations record", "parley-cli expectations record CLIENT --deadline 2026-12-31 --scope TEXT "
                    + "--price TEXT --contact NAME --number PHONE [--confirmed yes|no] [--flags haggles,vague-scope] "
                    + "[--note TEXT]", CommandText.expectations_summary, 1, 1, "deadline", "scope", "price", "contact",
                    "number", "confirmed", "flags", "note");
        }

        @Override
        public String details() {
            return CommandText.bind(CommandText.expectations_details, "haggles, vague-scope, unrealistic-deadline, "
                    + "blames-previous, no-contact, early-threats, nothing-in-writing");
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            Client c = client(context, arguments.positional().get(0));
            LocalDate deadline;
            try {
                deadline = LocalDate.parse(arguments.required("deadline").strip());
            } catch (DateTimeParseException e) {
                throw new UsageException(this, CommandText.bind(CommandText.input_date, arguments.required("deadline")));
            }
            List<String> flags = arguments.value("flags").map(f -> Arrays.stream(f.split("[,\\s]+"))
                    .filter(s -> !s.isBlank()).toList()).orElse(List.of());
            boolean confirmed = arguments.choice("confirmed", "no", List.of("yes", "no")).equals("yes");
            Expectations e = context.services().get(PreContractService.class).record(new ExpectationsDraft(c.getId(),
                    deadline, arguments.required("scope"), arguments.required("price"), arguments.required("contact"),
                    arguments.required("number"), confirmed, flags, arguments.value("note").orElse(null)));
            context.out().println(CommandText.bind(CommandText.expectations_done, new Object[] { c.getName(),
                    e.deadline(), e.price(), e.redFlags().isEmpty() ? "-" : String.join(", ", e.redFlags()) }));
        }
    }

    /** {@code parley-cli expectations refusal CLIENT [--file F]}: the polite refusal in the client's language. */
    @Component(service = Command.class)
    public static final class Refusal extends ClientCommand {
        public Refusal() {
            super("expectations refusal", "parley-cli expectations refusal CLIENT [--file FILE]",
                    CommandText.refusal_summary, 1, 1, "file");
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            Client c = client(context, arguments.positional().get(0));
            CommandInput.deliver(this, arguments, context,
                    context.services().get(PreContractService.class).refusalLetter(c.getId()) + System.lineSeparator());
        }
    }
}
