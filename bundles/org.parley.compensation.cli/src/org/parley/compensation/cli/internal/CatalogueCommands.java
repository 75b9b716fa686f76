package org.parley.compensation.cli.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandInput;
import org.parley.cli.command.UsageException;
import org.parley.compensation.Catalogue;
import org.parley.compensation.CatalogueFormat;
import org.parley.compensation.CatalogueItem;
import org.parley.compensation.CatalogueService;
import org.parley.compensation.GestureRules;
import org.parley.compensation.Labels;

/** The catalogue commands: list, export and import. */
final class CatalogueCommands {

    private CatalogueCommands() {
    }

    static Catalogue version(GestureCommand command, Arguments arguments, CatalogueService catalogue) {
        if (arguments.value("version").isEmpty()) {
            return catalogue.current();
        }
        return catalogue.version((int) arguments.number("version", 0, 1, Integer.MAX_VALUE));
    }

    /** {@code parley-cli gesture catalogue list [--version N]}. */
    @Component(service = Command.class)
    public static final class ListCatalogue extends GestureCommand {

        public ListCatalogue() {
            super("gesture catalogue list", "parley-cli gesture catalogue list [--version N]",
                    CommandText.catalogueList_summary, 0, 0, "version");
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            Catalogue c = version(this, arguments, context.services().get(CatalogueService.class));
            GestureRules r = c.rules();
            context.out().println(CommandText.bind(CommandText.catalogueList_head, new Object[] { c.version(),
                    c.savedBy(), CommandInput.shown(c.savedAt()) }));
            context.out().println(CommandText.bind(CommandText.catalogueList_rules, new Object[] { r.currency(),
                    r.agentLimit().toPlainString(), r.supervisorLimit().toPlainString(), r.noGestureAfter(),
                    r.windowDays(), r.flagAbove() }));
            for (CatalogueItem i : c.items()) {
                String range = i.valueFrom() == null ? "" : " " + i.valueFrom().stripTrailingZeros().toPlainString()
                        + "\u2013" + i.valueTo().stripTrailingZeros().toPlainString()
                        + (i.currency() == null ? " %" : " " + i.currency());
                context.out().println(CommandText.bind(CommandText.catalogueList_item, new Object[] { i.code(),
                        i.name(userLanguage()), Labels.of(i.kind()) + range, i.cost().stripTrailingZeros().toPlainString(),
                        i.rootCauses().isEmpty() ? "*" : String.join(",", i.rootCauses()),
                        i.active() ? "" : CommandText.catalogueList_retired }));
            }
        }
    }

    /** {@code parley-cli gesture catalogue export [--format json|csv] [--version N] [--file F]}. */
    @Component(service = Command.class)
    public static final class ExportCatalogue extends GestureCommand {

        public ExportCatalogue() {
            super("gesture catalogue export",
                    "parley-cli gesture catalogue export [--format json|csv] [--version N] [--file FILE]",
                    CommandText.catalogueExport_summary, 0, 0, "format", "version", "file");
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            CatalogueService catalogue = context.services().get(CatalogueService.class);
            String fallback = arguments.value("file").map(f -> f.toLowerCase().endsWith(".csv") ? "csv" : "json")
                    .orElse("json");
            CatalogueFormat format = CatalogueFormat.valueOf(arguments.choice("format", fallback, List.of("json",
                    "csv")).toUpperCase());
            StringWriter out = new StringWriter();
            try {
                catalogue.export(version(this, arguments, catalogue), out, format);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CommandInput.deliver(this, arguments, context, out.toString());
        }
    }

    /** {@code parley-cli gesture catalogue import FILE}: the next version, all or nothing. */
    @Component(service = Command.class)
    public static final class ImportCatalogue extends GestureCommand {

        public ImportCatalogue() {
            super("gesture catalogue import", "parley-cli gesture catalogue import FILE.json|FILE.csv",
                    CommandText.catalogueImport_summary, 1, 1);
        }

        @Override
        public String details() {
            return CommandText.catalogueImport_details;
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            String file = arguments.positional().get(0);
            CatalogueFormat format = CatalogueFormat.ofFileName(file);
            if (format == null) {
                throw new UsageException(this, CommandText.bind(CommandText.catalogueImport_format, file));
            }
            String text = CommandInput.textFile(this, file);
            Catalogue saved;
            try {
                saved = context.services().get(CatalogueService.class).importFile(new StringReader(text), format);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.out().println(CommandText.bind(CommandText.catalogueImport_done, saved.version(),
                    saved.items().size()));
        }
    }
}
