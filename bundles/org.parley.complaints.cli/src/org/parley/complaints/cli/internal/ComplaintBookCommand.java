package org.parley.complaints.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandFailure;
import org.parley.complaints.BookQuery;
import org.parley.complaints.ComplaintBook;
import org.parley.core.model.CaseStatus;

/**
 * {@code parley-cli complaint book}: the complaint book, filtered, as CSV or printable HTML. The file is
 * written next to its final name and moved into place, so a failed export never leaves half a file.
 */
@Component(service = Command.class)
public final class ComplaintBookCommand extends ComplaintCommand {

    public ComplaintBookCommand() {
        super("complaint book",
                "parley-cli complaint book --output PATH|- [--format csv|html] [--from WHEN] [--to WHEN] [--channel C] "
                        + "[--status STATUS] [--level N] [--root-cause CODE]",
                CommandText.book_summary, 0, "output", "format", "from", "to", "channel", "status", "level", "root-cause");
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        String output = arguments.required("output");
        String format = arguments.choice("format", output.toLowerCase(Locale.ROOT).endsWith(".html")
                || output.toLowerCase(Locale.ROOT).endsWith(".htm") ? "html" : "csv", List.of("csv", "html"));
        List<String> statuses = java.util.Arrays.stream(CaseStatus.values())
                .map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        String status = arguments.choice("status", null, statuses);
        long level = arguments.number("level", -1, 0, 20);
        BookQuery query = new BookQuery(arguments.value("from").map(v -> instant("from", v)).orElse(null),
                arguments.value("to").map(v -> instant("to", v)).orElse(null), arguments.value("channel").orElse(null),
                status == null ? null : CaseStatus.valueOf(status.toUpperCase(Locale.ROOT).replace('-', '_')),
                level < 0 ? null : (int) level, arguments.value("root-cause").orElse(null));
        ComplaintBook book = context.services().get(ComplaintBook.class);
        long count = book.count(query);
        try {
            if (output.equals("-")) {
                Writer w = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
                write(book, query, format, w);
                w.flush();
                return;
            }
            Path target = path(output).toAbsolutePath();
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                write(book, query, format, w);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            context.out().println(CommandText.bind(CommandText.book_done, count, target));
        } catch (IOException e) {
            throw new CommandFailure(CommandText.bind(CommandText.book_failed, output, CommandFailure.reason(e)), e);
        }
    }

    private static void write(ComplaintBook book, BookQuery query, String format, Writer w) throws IOException {
        if (format.equals("html")) {
            book.exportHtml(query, Locale.getDefault(), w);
        } else {
            book.exportCsv(query, w);
        }
    }
}
