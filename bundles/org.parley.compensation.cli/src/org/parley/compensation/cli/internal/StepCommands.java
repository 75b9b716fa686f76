package org.parley.compensation.cli.internal;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureService;

/** The workflow's steps on one gesture, each a command: approve, reject, offer, accept, decline, fulfil. */
final class StepCommands {

    private StepCommands() {
    }

    /** One step: the gesture by id, at the version just read (the command is the user's fresh look at it). */
    abstract static class Step extends GestureCommand {

        Step(String words, String usage, String summary, String... flags) {
            super(words, usage, summary, 1, 1, flags);
        }

        @Override
        public final void run(Arguments arguments, CommandContext context) {
            GestureService gestures = context.services().get(GestureService.class);
            Gesture g = gesture(context, arguments.positional().get(0));
            context.out().println(line(gestures, step(gestures, g, arguments)));
        }

        abstract Gesture step(GestureService gestures, Gesture g, Arguments arguments);
    }

    /** {@code parley-cli gesture approve ID [--override REASON]}. */
    @Component(service = Command.class)
    public static final class Approve extends Step {
        public Approve() {
            super("gesture approve", "parley-cli gesture approve ID [--override REASON]", CommandText.approve_summary,
                    "override");
        }

        @Override
        Gesture step(GestureService gestures, Gesture g, Arguments arguments) {
            return gestures.approve(g.id(), g.version(), arguments.value("override").orElse(null));
        }
    }

    /** {@code parley-cli gesture reject ID --reason TEXT}. */
    @Component(service = Command.class)
    public static final class Reject extends Step {
        public Reject() {
            super("gesture reject", "parley-cli gesture reject ID --reason TEXT", CommandText.reject_summary, "reason");
        }

        @Override
        Gesture step(GestureService gestures, Gesture g, Arguments arguments) {
            return gestures.reject(g.id(), g.version(), arguments.required("reason"));
        }
    }

    /** {@code parley-cli gesture offer ID}. */
    @Component(service = Command.class)
    public static final class Offer extends Step {
        public Offer() {
            super("gesture offer", "parley-cli gesture offer ID", CommandText.offer_summary);
        }

        @Override
        Gesture step(GestureService gestures, Gesture g, Arguments arguments) {
            return gestures.offer(g.id(), g.version());
        }
    }

    /** {@code parley-cli gesture accept ID}. */
    @Component(service = Command.class)
    public static final class Accept extends Step {
        public Accept() {
            super("gesture accept", "parley-cli gesture accept ID", CommandText.accept_summary);
        }

        @Override
        Gesture step(GestureService gestures, Gesture g, Arguments arguments) {
            return gestures.answer(g.id(), g.version(), true, null);
        }
    }

    /** {@code parley-cli gesture decline ID --reason TEXT}. */
    @Component(service = Command.class)
    public static final class Decline extends Step {
        public Decline() {
            super("gesture decline", "parley-cli gesture decline ID --reason TEXT", CommandText.decline_summary,
                    "reason");
        }

        @Override
        Gesture step(GestureService gestures, Gesture g, Arguments arguments) {
            return gestures.answer(g.id(), g.version(), false, arguments.required("reason"));
        }
    }

    /** {@code parley-cli gesture fulfil ID [--note TEXT]}. */
    @Component(service = Command.class)
    public static final class Fulfil extends Step {
        public Fulfil() {
            super("gesture fulfil", "parley-cli gesture fulfil ID [--note TEXT]", CommandText.fulfil_summary, "note");
        }

        @Override
        Gesture step(GestureService gestures, Gesture g, Arguments arguments) {
            return gestures.fulfil(g.id(), g.version(), arguments.value("note").orElse(null));
        }
    }
}
