package org.parley.compensation.cli.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandFailure;
import org.parley.cli.command.CommandInput;
import org.parley.cli.command.DeclaredCommand;
import org.parley.cli.command.UsageException;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureService;
import org.parley.compensation.Labels;
import org.parley.core.model.Language;

/** What the gesture commands share: reading dates, amounts and gesture ids, and printing a gesture on one line. */
abstract class GestureCommand extends DeclaredCommand {

    GestureCommand(String words, String usage, String summary, int min, int max, String... flags) {
        super(words, usage, summary, min, max, flags);
    }

    static Language userLanguage() {
        return Language.ofCode(Locale.getDefault().getLanguage());
    }

    LocalDate date(String flag, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(this, CommandText.bind(CommandText.input_date, flag, value));
        }
    }

    LocalDate date(Arguments arguments, String flag) {
        return date("--" + flag, arguments.required(flag));
    }

    BigDecimal amount(String what, String value) {
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new UsageException(this, CommandText.bind(CommandText.input_amount, what, value));
        }
    }

    Gesture gesture(CommandContext context, String id) {
        long n = CommandInput.number(this, "gesture", id);
        return context.services().get(GestureService.class).find(n)
                .orElseThrow(() -> new CommandFailure(CommandText.bind(CommandText.input_noGesture, id)));
    }

    /** "#12 Goodwill credit 40 EUR · cost 40 · approved · proposed by agent 2026-03-02 08:00". */
    static String line(GestureService gestures, Gesture g) {
        String value = g.value() == null ? (g.promisedDate() == null ? "" : " " + g.promisedDate())
                : " " + g.value().stripTrailingZeros().toPlainString() + (g.currency() == null ? " %" : " " + g.currency());
        StringBuilder b = new StringBuilder(CommandText.bind(CommandText.gesture_line, new Object[] { g.id(),
                gestures.itemOf(g).name(userLanguage()) + value, g.cost().stripTrailingZeros().toPlainString(),
                Labels.of(g.state()), g.proposedBy(), CommandInput.shown(g.proposedAt()) }));
        if (g.state().name().equals("PROPOSED")) {
            b.append(CommandText.bind(CommandText.gesture_waits, Labels.of(g.approvalRole())));
            if (g.overBudget()) {
                b.append(CommandText.gesture_overBudget);
            }
            if (g.overClientLimit()) {
                b.append(CommandText.gesture_overLimit);
            }
        }
        for (String extra : new String[] { g.overrideReason(), g.reason() }) {
            if (extra != null) {
                b.append(" \u00b7 ").append(extra);
            }
        }
        return b.toString();
    }
}
