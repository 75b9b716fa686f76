package org.parley.compensation;

import org.parley.core.l10n.Texts;
import org.parley.core.model.Role;

/** Names of kinds, states and roles in the user's language, the same in the workbench and the command line. */
public final class Labels {

    private static final Texts TEXTS = new Texts(Labels.class);

    private Labels() {
    }

    public static String of(GestureKind kind) {
        return TEXTS.get("kind." + kind.name());
    }

    public static String of(GestureState state) {
        return TEXTS.get("state." + state.name());
    }

    public static String of(Role role) {
        return TEXTS.get("role." + role.name());
    }

    /** A team's name, or "(no team)". */
    public static String team(String team) {
        return team == null || team.isEmpty() ? TEXTS.get("team.none") : team;
    }
}
