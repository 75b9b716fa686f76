package org.parley.script.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parley.core.model.Language;
import org.parley.script.Script;
import org.parley.script.Step;
import org.parley.script.Step.Branch;
import org.parley.script.Step.Capture;

/**
 * The text form of a script, as shipped and as an admin edits it in any text editor:
 *
 * <pre>
 * code = listening-call
 * language = en
 * version = 1
 * title = The listening call
 *
 * [listen] listen
 * prompt = Let the client tell the whole story without interrupting.
 * do = Note the client's own words.
 * dont = Interrupt, justify the company, argue.
 * next = apologise
 *
 * [right] branch
 * prompt = Is the client right about the facts?
 * branch = Yes, or not sure yet -&gt; defer
 * branch = No, and I am certain -&gt; explain
 * </pre>
 *
 * A step starts with {@code [id] kind}; {@code capture} is {@code answer} or {@code promise}. Lines starting with
 * {@code #} are comments. Whether the script is sound is {@link SoundScripts}' business; this class only reads.
 */
final class ScriptFile {

    private ScriptFile() {
    }

    /** @throws IllegalArgumentException naming {@code source} and the line of the first malformed line */
    static Script parse(String source, String text) {
        String code = null;
        String title = null;
        Language language = null;
        int version = 1;
        List<Step> steps = new ArrayList<>();
        StepBuilder step = null;
        int number = 0;
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
                number++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    int close = line.indexOf(']');
                    if (close < 2) {
                        throw bad(source, number, "a step starts with [id] kind");
                    }
                    if (step != null) {
                        steps.add(step.build());
                    }
                    step = new StepBuilder(line.substring(1, close).strip(), line.substring(close + 1).strip());
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq < 1) {
                    throw bad(source, number, "expected key = value");
                }
                String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(eq + 1).strip();
                if (step == null) {
                    switch (key) {
                        case "code" -> code = value;
                        case "title" -> title = value;
                        case "language" -> {
                            language = Language.ofCode(value);
                            if (language == null) {
                                throw bad(source, number, "unknown language " + value);
                            }
                        }
                        case "version" -> {
                            try {
                                version = Integer.parseInt(value);
                            } catch (NumberFormatException e) {
                                throw bad(source, number, "the version must be a whole number");
                            }
                        }
                        default -> throw bad(source, number, "unknown script key " + key);
                    }
                } else {
                    step.set(key, value, source, number);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (step != null) {
            steps.add(step.build());
        }
        return new Script(code, language, version, title, steps);
    }

    /** The text form of {@code script}, which {@link #parse} reads back to an equal script. */
    static String write(Script script) {
        StringBuilder out = new StringBuilder();
        line(out, "code", script.code());
        line(out, "language", script.language() == null ? null : script.language().code());
        line(out, "version", Integer.toString(script.version()));
        line(out, "title", script.title());
        for (Step step : script.steps()) {
            out.append('\n').append('[').append(step.id()).append("] ").append(step.kind()).append('\n');
            line(out, "prompt", step.prompt());
            line(out, "do", step.doHint());
            line(out, "dont", step.dontHint());
            if (step.capture() != Capture.NOTHING) {
                line(out, "capture", step.capture().name().toLowerCase(Locale.ROOT));
            }
            for (Branch b : step.branches()) {
                line(out, "branch", b.label().replace('\n', ' ') + " -> " + b.target());
            }
            line(out, "next", step.next());
        }
        return out.toString();
    }

    /** A multi-line value is written as one line per line of text, which {@link #parse} joins again. */
    private static void line(StringBuilder out, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        for (String part : value.strip().split("\\R")) {
            if (!part.isBlank()) {
                out.append(key).append(" = ").append(part.strip()).append('\n');
            }
        }
    }

    private static IllegalArgumentException bad(String source, int line, String what) {
        return new IllegalArgumentException(source + " line " + line + ": " + what);
    }

    /** A step as its lines are read. */
    private static final class StepBuilder {
        final String id;
        final String kind;
        String prompt;
        String doHint;
        String dontHint;
        Capture capture = Capture.NOTHING;
        String next;
        final List<Branch> branches = new ArrayList<>();

        StepBuilder(String id, String kind) {
            this.id = id;
            this.kind = kind.toLowerCase(Locale.ROOT);
        }

        void set(String key, String value, String source, int number) {
            switch (key) {
                case "prompt" -> prompt = prompt == null ? value : prompt + "\n" + value;
                case "do" -> doHint = doHint == null ? value : doHint + "\n" + value;
                case "dont" -> dontHint = dontHint == null ? value : dontHint + "\n" + value;
                case "next" -> next = value;
                case "capture" -> {
                    try {
                        capture = Capture.valueOf(value.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw bad(source, number, "capture is nothing, answer or promise");
                    }
                }
                case "branch" -> {
                    int arrow = value.lastIndexOf("->");
                    if (arrow < 1) {
                        throw bad(source, number, "a branch is written: what happens -> step id");
                    }
                    branches.add(new Branch(value.substring(0, arrow).strip(), value.substring(arrow + 2).strip()));
                }
                default -> throw bad(source, number, "unknown step key " + key);
            }
        }

        Step build() {
            return new Step(id, kind, prompt, doHint, dontHint, capture, branches, next);
        }
    }
}
