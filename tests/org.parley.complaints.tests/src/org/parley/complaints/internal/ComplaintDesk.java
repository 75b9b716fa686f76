package org.parley.complaints.internal;

import java.time.Instant;

import org.parley.complaints.extension.ComplaintChannel;
import org.parley.core.model.Role;
import org.parley.core.service.UserDraft;
import org.parley.store.standalone.StandaloneStore;
import org.parley.testing.MovableClock;
import org.parley.testing.TestDatabase;

/**
 * The complaint log's services on a fresh real database, built as Declarative Services would build them, with a
 * clock the test moves and a signed-in user the test switches. Users: an admin, a front-line agent, a team lead
 * trained for conflicts and one who is not, a department head.
 */
final class ComplaintDesk implements AutoCloseable {

    final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
    volatile String login = "admin";
    final StandaloneStore s;
    final ContributedChannels channels = new ContributedChannels();
    final ComplaintIntake intake;
    final Escalation escalation;
    final CaseDeadlines deadlines;
    final CaseInvestigations investigations;
    final LessonRegister lessons;
    final CaseResolutions resolutions;
    final Book book;

    ComplaintDesk(String kind) {
        s = TestDatabase.fresh(kind).open(clock, () -> login, new ComplaintEntities());
        for (ComplaintChannel c : StandardChannels.all()) {
            channels.addChannel(c);
        }
        intake = new ComplaintIntake(s.store(), s.cases(), s.clients(), s.users(), channels, clock);
        escalation = new Escalation(s.store(), s.cases(), s.users(), clock);
        deadlines = new CaseDeadlines(s.store(), s.cases(), s.users(), escalation, clock);
        investigations = new CaseInvestigations(s.store(), s.cases(), s.users(), clock);
        lessons = new LessonRegister(s.store(), s.cases(), s.users(), investigations, clock);
        resolutions = new CaseResolutions(s.store(), s.cases(), s.users(), investigations, lessons, clock);
        book = new Book(s.store(), clock);
        s.users().create(new UserDraft("admin", "Ada Admin", Role.ADMIN, 3, false));
        s.users().create(new UserDraft("agent", "Ana Agent", Role.AGENT, 0, false));
        s.users().create(new UserDraft("lead", "Lev Lead", Role.SUPERVISOR, 1, true));
        s.users().create(new UserDraft("rookie", "Radu Rookie", Role.AGENT, 0, false));
        s.users().create(new UserDraft("trained", "Tanya Trained", Role.AGENT, 0, true));
        s.users().create(new UserDraft("head", "Hanna Head", Role.DEPARTMENT_HEAD, 2, true));
    }

    ComplaintDesk as(String user) {
        this.login = user;
        return this;
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
