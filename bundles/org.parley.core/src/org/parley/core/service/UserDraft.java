package org.parley.core.service;

import org.parley.core.model.Role;

/** A user account as entered by an admin. */
public record UserDraft(String login, String displayName, Role role, int level, boolean trainedForConflicts,
        String team) {

    /** A user in no team. */
    public UserDraft(String login, String displayName, Role role, int level, boolean trainedForConflicts) {
        this(login, displayName, role, level, trainedForConflicts, "");
    }

    public UserDraft {
        login = Require.login("login", login);
        displayName = Require.text("displayName", displayName, 200);
        role = Require.present("role", role);
        level = Require.level("level", level);
        team = team == null || team.isBlank() ? "" : Require.text("team", team, 64);
    }
}
