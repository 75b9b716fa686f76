package org.parley.script.cli.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.format.CsvWriter;
import org.parley.script.CoachingFigures;
import org.parley.script.ScriptRunService;

/** {@code parley-cli script coaching [--days N] [--format text|csv] [--file F]}: figures per agent and script. */
@Component(service = Command.class)
public final class CoachingCommand extends ScriptCommand {

    public CoachingCommand() {
        super("script coaching", "parley-cli script coaching [--days 30] [--format text|csv] [--file FILE]",
                CommandText.coaching_summary, 0, 0, "days", "format", "file");
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        long days = arguments.number("days", 30, 1, 3660);
        String format = arguments.choice("format", "text", List.of("text", "csv"));
        Instant to = context.services().clock().now();
        List<CoachingFigures> figures = context.services().get(ScriptRunService.class)
                .coaching(to.minus(Duration.ofDays(days)), to);
        StringWriter out = new StringWriter();
        try {
            if (format.equals("csv")) {
                CsvWriter csv = new CsvWriter(out);
                csv.row(List.of("agent", "script", "title", "runs", "completed", "steps_skipped", "steps_failed",
                        "promises", "promises_kept_on_time", "cases_escalated_after"));
                for (CoachingFigures f : figures) {
                    csv.row(List.of(f.agent(), f.scriptCode(), f.title(), "" + f.runs(), "" + f.completedRuns(),
                            "" + f.stepsSkipped(), "" + f.stepsFailed(), "" + f.promises(), "" + f.promisesKeptOnTime(),
                            "" + f.casesEscalatedAfter()));
                }
            } else {
                out.write(CommandText.bind(CommandText.coaching_head, days) + System.lineSeparator());
                for (CoachingFigures f : figures) {
                    out.write(CommandText.bind(CommandText.coaching_line, new Object[] { f.agent(), f.title(), f.runs(),
                            f.completedRuns(), f.stepsSkipped(), f.stepsFailed(), f.promises(), f.promisesKeptOnTime(),
                            f.casesEscalatedAfter() }) + System.lineSeparator());
                }
                if (figures.isEmpty()) {
                    out.write(CommandText.coaching_none + System.lineSeparator());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deliver(arguments, context, out.toString());
    }
}
