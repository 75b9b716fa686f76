package org.parley.script;

import java.util.List;

/**
 * One step of a script: its kind (see {@link StepKinds}; plug-ins add kinds), what the agent says or asks, what
 * to do and what not to do, what the step captures, and where the call goes next: {@code next} (null at the end)
 * or, for a branch, one of {@code branches}.
 */
public record Step(String id, String kind, String prompt, String doHint, String dontHint, Capture capture,
        List<Branch> branches, String next) {

    public Step {
        branches = branches == null ? List.of() : List.copyOf(branches);
        capture = capture == null ? Capture.NOTHING : capture;
    }

    /** What a step records during a run. */
    public enum Capture {
        NOTHING,
        /** The client's answer, kept as case data. */
        ANSWER,
        /** A promise with its due time, which becomes a commitment on the case. */
        PROMISE
    }

    /** One way a branch step goes on: the answer or situation, and the step it leads to. */
    public record Branch(String label, String target) {
    }
}
