package org.parley.script.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parley.core.service.InvalidInputException;
import org.parley.script.Script;
import org.parley.script.ScriptRules;
import org.parley.script.Step;
import org.parley.script.StepKinds;
import org.parley.script.extension.StepKind;

/** The rules every script follows, with the step kinds of Parley and of the plug-ins installed now. */
@Component(service = ScriptRules.class)
public class SoundScripts implements ScriptRules {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final int PROMPT_MAX = 4000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    private final List<StepKind> kinds = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addKind(StepKind kind) {
        kinds.add(kind);
    }

    public void removeKind(StepKind kind) {
        kinds.remove(kind);
    }

    @Override
    public List<String> kinds() {
        Set<String> known = new HashSet<>(StepKinds.BUILT_IN);
        kinds.forEach(k -> known.add(k.code()));
        return known.stream().sorted().toList();
    }

    @Override
    public void requireSound(Script script) {
        List<String> problems = problems(script);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("script", String.join(" ", problems));
        }
    }

    @Override
    public List<String> problems(Script script) {
        List<String> problems = new ArrayList<>();
        if (script == null) {
            return List.of(ScriptText.get("script.missing"));
        }
        if (script.code() == null || !CODE.matcher(script.code()).matches()) {
            problems.add(ScriptText.get("script.badCode", script.code()));
        }
        if (script.title() == null || script.title().isBlank()) {
            problems.add(ScriptText.get("script.noTitle"));
        }
        if (script.language() == null) {
            problems.add(ScriptText.get("script.noLanguage"));
        }
        if (script.steps().isEmpty()) {
            problems.add(ScriptText.get("script.noSteps"));
            return problems;
        }
        Map<String, Step> byId = new HashMap<>();
        Set<String> known = new HashSet<>(kinds());
        for (int i = 0; i < script.steps().size(); i++) {
            Step s = script.steps().get(i);
            String name = s.id() == null || s.id().isBlank() ? "#" + (i + 1) : s.id();
            if (s.id() == null || s.id().isBlank()) {
                problems.add(ScriptText.get("step.noId", i + 1));
            } else if (byId.put(s.id(), s) != null) {
                problems.add(ScriptText.get("step.twice", s.id()));
            }
            if (s.prompt() == null || s.prompt().isBlank()) {
                problems.add(ScriptText.get("step.noPrompt", name));
            } else if (s.prompt().length() > PROMPT_MAX) {
                problems.add(ScriptText.get("step.promptTooLong", name, PROMPT_MAX));
            } else {
                var m = PLACEHOLDER.matcher(s.prompt());
                while (m.find()) {
                    if (!Script.PLACEHOLDERS.contains(m.group(1))) {
                        problems.add(ScriptText.get("step.unknownPlaceholder", name, m.group(),
                                String.join(", ", Script.PLACEHOLDERS.stream().map(p -> "{" + p + "}").toList())));
                    }
                }
            }
            if (s.kind() == null || !known.contains(s.kind())) {
                problems.add(ScriptText.get("step.unknownKind", name, s.kind(), String.join(", ", kinds())));
            }
            if (StepKinds.BRANCH.equals(s.kind()) && s.branches().size() < 2) {
                problems.add(ScriptText.get("step.branchNeedsTwo", name));
            }
            if (!StepKinds.BRANCH.equals(s.kind()) && !s.branches().isEmpty()) {
                problems.add(ScriptText.get("step.branchesOnlyOnBranch", name));
            }
            if (StepKinds.PROMISE.equals(s.kind()) && s.capture() != Step.Capture.PROMISE) {
                problems.add(ScriptText.get("step.promiseCaptures", name));
            }
        }
        for (Step s : script.steps()) {
            for (String target : targets(s)) {
                if (!byId.containsKey(target)) {
                    problems.add(ScriptText.get("step.missingTarget", s.id(), target));
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        List<String> cycle = cycleFrom(script.steps().get(0).id(), byId);
        if (!cycle.isEmpty()) {
            problems.add(ScriptText.get("script.cycle", String.join(" \u2192 ", cycle)));
            return problems;
        }
        Set<String> reached = new LinkedHashSet<>();
        reach(script.steps().get(0).id(), byId, reached);
        for (Step s : script.steps()) {
            if (!reached.contains(s.id())) {
                problems.add(ScriptText.get("step.unreachable", s.id()));
            }
        }
        return problems;
    }

    private static List<String> targets(Step s) {
        List<String> t = new ArrayList<>();
        if (s.next() != null && !s.next().isBlank()) {
            t.add(s.next());
        }
        s.branches().forEach(b -> t.add(b.target()));
        return t;
    }

    /** The first circle the call could go round, as the steps on it, or empty. Depth-first, iterative state. */
    private static List<String> cycleFrom(String start, Map<String, Step> byId) {
        Map<String, Integer> state = new HashMap<>();
        List<String> path = new ArrayList<>();
        return visit(start, byId, state, path);
    }

    private static List<String> visit(String id, Map<String, Step> byId, Map<String, Integer> state, List<String> path) {
        state.put(id, 1);
        path.add(id);
        for (String next : targets(byId.get(id))) {
            Integer s = state.get(next);
            if (s != null && s == 1) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                cycle.add(next);
                return cycle;
            }
            if (s == null) {
                List<String> found = visit(next, byId, state, path);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        state.put(id, 2);
        path.remove(path.size() - 1);
        return List.of();
    }

    private static void reach(String id, Map<String, Step> byId, Set<String> reached) {
        if (!reached.add(id)) {
            return;
        }
        targets(byId.get(id)).forEach(t -> reach(t, byId, reached));
    }
}
