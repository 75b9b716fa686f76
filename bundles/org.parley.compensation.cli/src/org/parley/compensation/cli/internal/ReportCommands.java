package org.parley.compensation.cli.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandInput;
import org.parley.compensation.CatalogueService;
import org.parley.compensation.ClientGestures;
import org.parley.compensation.GestureReports;
import org.parley.compensation.Labels;
import org.parley.compensation.SpendGrouping;
import org.parley.compensation.SpendLine;
import org.parley.format.CsvWriter;

/** The spend report and gestures per client, as text or CSV. */
final class ReportCommands {

    private ReportCommands() {
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    /** {@code parley-cli gesture report spend --from D --to D [--by team|root-cause|item|month] [--format text|csv]}. */
    @Component(service = Command.class)
    public static final class Spend extends GestureCommand {

        public Spend() {
            super("gesture report spend", "parley-cli gesture report spend --from 2026-03-01 --to 2026-03-31 "
                    + "[--by team|root-cause|item|month] [--format text|csv] [--file FILE]",
                    CommandText.spend_summary, 0, 0, "from", "to", "by", "format", "file");
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            LocalDate from = date(arguments, "from");
            LocalDate to = date(arguments, "to");
            String by = arguments.choice("by", "team", List.of("team", "root-cause", "item", "month"));
            boolean csv = arguments.choice("format", "text", List.of("text", "csv")).equals("csv");
            SpendGrouping grouping = SpendGrouping.valueOf(by.replace('-', '_').toUpperCase(Locale.ROOT));
            List<SpendLine> lines = context.services().get(GestureReports.class).spend(from, to, grouping);
            String currency = context.services().get(CatalogueService.class).current().rules().currency();
            StringWriter out = new StringWriter();
            try {
                if (csv) {
                    CsvWriter w = new CsvWriter(out);
                    w.row(List.of(by, "gestures", "spent", "budget", "awaiting_count", "awaiting", "currency"));
                    for (SpendLine l : lines) {
                        w.row(List.of(l.key(), "" + l.gestures(), plain(l.spent()), plain(l.budget()),
                                "" + l.awaitingCount(), plain(l.awaiting()), currency));
                    }
                } else {
                    out.write(CommandText.bind(CommandText.spend_head, new Object[] { from, to, by, currency })
                            + System.lineSeparator());
                    for (SpendLine l : lines) {
                        String key = grouping == SpendGrouping.TEAM ? Labels.team(l.key())
                                : l.key().isEmpty() ? "-" : l.key();
                        out.write(CommandText.bind(CommandText.spend_line, new Object[] { key, l.gestures(),
                                plain(l.spent()), l.budget() == null ? CommandText.spend_noBudget : plain(l.budget()),
                                l.overBudget() ? CommandText.spend_over : "", l.awaitingCount(), plain(l.awaiting()) })
                                + System.lineSeparator());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CommandInput.deliver(this, arguments, context, out.toString());
        }
    }

    /** {@code parley-cli gesture report clients --from D --to D [--format text|csv]}: flagged clients marked. */
    @Component(service = Command.class)
    public static final class Clients extends GestureCommand {

        public Clients() {
            super("gesture report clients", "parley-cli gesture report clients --from 2026-01-01 --to 2026-12-31 "
                    + "[--format text|csv] [--file FILE]", CommandText.clients_summary, 0, 0, "from", "to", "format",
                    "file");
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            LocalDate from = date(arguments, "from");
            LocalDate to = date(arguments, "to");
            boolean csv = arguments.choice("format", "text", List.of("text", "csv")).equals("csv");
            List<ClientGestures> clients = context.services().get(GestureReports.class).perClient(from, to);
            StringWriter out = new StringWriter();
            try {
                if (csv) {
                    CsvWriter w = new CsvWriter(out);
                    w.row(List.of("client", "gestures", "cost", "last", "flagged"));
                    for (ClientGestures c : clients) {
                        w.row(List.of(c.clientName(), "" + c.gestures(), plain(c.cost()), c.last().toString(),
                                "" + c.flagged()));
                    }
                } else {
                    for (ClientGestures c : clients) {
                        out.write(CommandText.bind(CommandText.clients_line, new Object[] { c.clientName(), c.gestures(),
                                plain(c.cost()), CommandInput.shown(c.last()), c.flagged() ? CommandText.clients_flag
                                        : "" }) + System.lineSeparator());
                    }
                    if (clients.isEmpty()) {
                        out.write(CommandText.clients_none + System.lineSeparator());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CommandInput.deliver(this, arguments, context, out.toString());
        }
    }
}
