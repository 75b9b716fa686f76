package org.parley.cli.internal;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandFailure;
import org.parley.cli.command.CommandInput;
import org.parley.cli.command.CoreServices;
import org.parley.cli.command.UsageException;
import org.parley.core.extension.Report;
import org.parley.format.CsvWriter;

/**
 * {@code parley-cli report list} and {@code parley-cli report run ID --from D --to D}: the reports bundles
 * register as {@link Report} services, as on the workbench's Reports view.
 */
final class ReportCommands {

    /** How long the registered reports must stay unchanged before the list is taken as complete. */
    private static final long SETTLE_MS = Long.getLong("parley.cli.settleMillis", 400);

    private ReportCommands() {
    }

    /**
     * The reports registered once the store is up and no new one appeared for a moment (Declarative Services
     * may still be starting the bundles that contribute them), ordered by id.
     */
    static List<Report> reports(CoreServices services) {
        services.store();
        List<Report> found = services.all(Report.class);
        long settleUntil = System.currentTimeMillis() + SETTLE_MS;
        while (System.currentTimeMillis() < settleUntil) {
            try {
                Thread.sleep(SETTLE_MS / 5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            List<Report> again = services.all(Report.class);
            if (again.size() != found.size()) {
                found = again;
                settleUntil = System.currentTimeMillis() + SETTLE_MS;
            }
        }
        return found.stream().distinct().sorted(Comparator.comparing(Report::id)).toList();
    }

    /** {@code parley-cli report list}: each report's id and name. */
    @Component(service = Command.class)
    public static final class ListReports implements Command {

        @Override
        public List<String> words() {
            return List.of("report", "list");
        }

        @Override
        public String usage() {
            return "parley-cli report list";
        }

        @Override
        public String summary() {
            return CliText.report_listSummary;
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            List<Report> reports = reports(context.services());
            if (reports.isEmpty()) {
                context.out().println(CliText.report_none);
                return;
            }
            int width = reports.stream().mapToInt(r -> r.id().length()).max().orElse(0);
            for (Report r : reports) {
                context.out().println(pad(r.id(), width) + "  " + r.label(Locale.getDefault()));
            }
        }
    }

    /** {@code parley-cli report run ID --from D --to D [--format text|csv] [--out FILE]}. */
    @Component(service = Command.class)
    public static final class RunReport implements Command {

        @Override
        public List<String> words() {
            return List.of("report", "run");
        }

        @Override
        public List<String> valueFlags() {
            return List.of("from", "to", "format", "out");
        }

        @Override
        public int minPositional() {
            return 1;
        }

        @Override
        public int maxPositional() {
            return 1;
        }

        @Override
        public String usage() {
            return "parley-cli report run ID --from YYYY-MM-DD --to YYYY-MM-DD [--format text|csv] [--out FILE]";
        }

        @Override
        public String summary() {
            return CliText.report_runSummary;
        }

        @Override
        public String details() {
            return CliText.report_runDetails;
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            String id = arguments.positional().get(0).strip();
            LocalDate from = date(arguments, "from");
            LocalDate to = date(arguments, "to");
            if (to.isBefore(from)) {
                throw new UsageException(this, CliText.bind(CliText.report_backwards, from, to));
            }
            boolean csv = arguments.choice("format", "text", List.of("text", "csv")).equals("csv");
            List<Report> reports = reports(context.services());
            Report report = reports.stream().filter(r -> r.id().equals(id)).findFirst()
                    .orElseThrow(() -> new UsageException(this, CliText.bind(CliText.report_unknown, id,
                            reports.isEmpty() ? "-" : String.join(", ", reports.stream().map(Report::id).toList()))));
            Locale locale = Locale.getDefault();
            List<String> columns = report.columns(locale);
            List<List<String>> rows = report.rows(from, to, locale);
            String text = csv ? CsvWriter.table(columns, rows)
                    : CliText.bind(CliText.report_head, report.label(locale), from, to) + System.lineSeparator()
                            + table(columns, rows);
            var out = arguments.value("out");
            if (out.isEmpty()) {
                context.out().print(text);
                return;
            }
            var target = CommandInput.path(this, out.get());
            try {
                CommandInput.writeFile(target, text);
            } catch (IOException e) {
                throw new CommandFailure(CliText.bind(CliText.output_failed, target, CommandFailure.reason(e)), e);
            }
            context.out().println(CliText.bind(CliText.report_written, rows.size(), target));
        }

        private LocalDate date(Arguments arguments, String flag) {
            String value = arguments.required(flag);
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeException e) {
                throw new UsageException(this, CliText.bind(CliText.report_notADate, "--" + flag, value));
            }
        }
    }

    /** The rows under their headings, each column as wide as its widest cell. */
    static String table(List<String> columns, List<List<String>> rows) {
        int[] width = new int[columns.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(columns);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < width.length && i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i) == null ? 0 : row.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                line.append(pad(i < row.size() && row.get(i) != null ? row.get(i) : "", width[i])).append("  ");
            }
            b.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        if (rows.isEmpty()) {
            b.append(CliText.report_empty).append(System.lineSeparator());
        }
        return b.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
