package com.example.reviewwatch.internal;

import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CommandFailure;
import org.parley.cli.command.DeclaredCommand;
import org.parley.cli.command.UsageException;
import org.parley.core.model.Client;

import com.example.reviewwatch.ImportResult;
import com.example.reviewwatch.OnlineReview;
import com.example.reviewwatch.ReviewWatch;

/** {@code parley-cli reviews import|list|answer}: the review watch from the command line. */
final class ReviewCommands {

    private ReviewCommands() {
    }

    /** {@code parley-cli reviews import FILE}. */
    @Component(service = Command.class)
    public static final class Import extends DeclaredCommand {
        public Import() {
            super("reviews import", "parley-cli reviews import FILE.csv", ReviewText.get("cmd.import.summary"), 1, 1);
        }

        @Override
        public String details() {
            return "Columns: " + String.join(",", ReviewFile.COLUMNS);
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            ImportResult r = context.services().get(ReviewWatch.class)
                    .importFile(Path.of(arguments.positional().get(0)));
            context.out().println(ReviewText.get("cmd.import.done", r.imported(), r.clients(), r.known()));
        }
    }

    /** {@code parley-cli reviews list CLIENT}. */
    @Component(service = Command.class)
    public static final class ListReviews extends DeclaredCommand {
        public ListReviews() {
            super("reviews list", "parley-cli reviews list CLIENT", ReviewText.get("cmd.list.summary"), 1, 1);
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            String reference = arguments.positional().get(0);
            List<Client> clients = ClientReference.matching(context.services().clients(), reference);
            if (clients.size() != 1) {
                throw new CommandFailure(clients.isEmpty() ? ReviewText.get("client.none", reference)
                        : ReviewText.get("client.ambiguous", clients.size(), reference));
            }
            List<OnlineReview> reviews = context.services().get(ReviewWatch.class).ofClient(clients.get(0).getId());
            if (reviews.isEmpty()) {
                context.out().println(ReviewText.get("cmd.list.none", clients.get(0).getName()));
            }
            for (OnlineReview r : reviews) {
                context.out().println("R-" + r.id() + "  " + r.postedOn() + "  " + r.rating() + "/5  " + r.source()
                        + "  " + LowRatedReviews.shorten(r.text()) + (r.answered() ? "  [answered]" : ""));
            }
        }
    }

    /** {@code parley-cli reviews answer REVIEW --text TEXT}. */
    @Component(service = Command.class)
    public static final class Answer extends DeclaredCommand {
        public Answer() {
            super("reviews answer", "parley-cli reviews answer R-ID --text TEXT", ReviewText.get("cmd.answer.summary"),
                    1, 1, "text");
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            String id = arguments.positional().get(0);
            String digits = id.regionMatches(true, 0, "R-", 0, 2) ? id.substring(2) : id;
            if (!digits.matches("[0-9]{1,18}")) {
                throw new UsageException(this, ReviewText.get("cmd.answer.badId", id));
            }
            OnlineReview r = context.services().get(ReviewWatch.class).answer(Long.parseLong(digits),
                    arguments.required("text"));
            context.out().println(ReviewText.get("cmd.answer.done", "R-" + r.id()));
        }
    }
}
