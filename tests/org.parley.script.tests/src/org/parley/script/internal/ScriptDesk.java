package org.parley.script.internal;

import java.time.Instant;

import org.parley.core.model.Role;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.UserDraft;
import org.parley.store.standalone.StandaloneStore;
import org.parley.testing.MovableClock;
import org.parley.testing.TestDatabase;

/** The script services on a fresh real database, built as DS builds them, with an admin and two agents. */
final class ScriptDesk implements AutoCloseable {

    final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
    volatile String login = "admin";
    final StandaloneStore s;
    final SoundScripts rules = new SoundScripts();
    final DepartmentScripts library;
    final ScriptRuns runs;

    ScriptDesk(String kind) {
        s = TestDatabase.fresh(kind).open(clock, () -> login, new ScriptEntities());
        library = new DepartmentScripts(s.store(), s.users(), rules, clock);
        runs = new ScriptRuns(s.store(), s.cases(), library, clock);
        s.users().create(new UserDraft("admin", "Ada Admin", Role.ADMIN, 3, false));
        s.users().create(new UserDraft("agent", "Ana Agent", Role.AGENT, 0, false));
        s.users().create(new UserDraft("other", "Oleg Other", Role.AGENT, 0, false));
    }

    ScriptDesk as(String user) {
        login = user;
        return this;
    }

    long newCase(String client, String language) {
        long clientId = s.clients().create(new ClientDraft(client, language)).getId();
        return s.cases().open(new CaseDraft(clientId, "Late delivery", "phone")).getId();
    }

    long count(String table) {
        return s.store().jdbc(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void close() {
        s.close();
    }
}
