package org.parley.termination.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.parley.complaints.ComplaintDraft;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.extension.ComplaintChannel;
import org.parley.complaints.internal.ComplaintEntities;
import org.parley.complaints.internal.ComplaintIntake;
import org.parley.complaints.internal.ContributedChannels;
import org.parley.complaints.internal.StandardChannels;
import org.parley.core.model.Direction;
import org.parley.core.model.Role;
import org.parley.core.model.Severity;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.InteractionDraft;
import org.parley.core.service.UserDraft;
import org.parley.store.standalone.StandaloneStore;
import org.parley.testing.MovableClock;
import org.parley.testing.TestDatabase;

/**
 * The problem-client services on a fresh real database, built as Declarative Services builds them, with Parley's
 * indicators and checklist. Users: an admin, an agent, a supervisor, the department head and a director.
 */
final class TerminationDesk implements AutoCloseable {

    final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
    volatile String login = "admin";
    final StandaloneStore s;
    final ComplaintIntake intake;
    final RecordClassifier classifier;
    final ClientTerminations terminations;
    final ExpectationsRegister expectations;
    final TerminationAlerts alerts;

    TerminationDesk(String kind) {
        s = TestDatabase.fresh(kind).open(clock, () -> login, new ComplaintEntities(), new TerminationEntities());
        ContributedChannels channels = new ContributedChannels();
        for (ComplaintChannel c : StandardChannels.all()) {
            channels.addChannel(c);
        }
        intake = new ComplaintIntake(s.store(), s.cases(), s.clients(), s.users(), channels, clock);
        classifier = new RecordClassifier(s.store(), s.clients(), s.users(), clock);
        for (var i : List.of(new Indicators.Complaints(), new Indicators.GesturesWithoutEnd(),
                new Indicators.RisingDemands(), new Indicators.PublicReviews(), new Indicators.LegalThreats(),
                new Indicators.AbusiveContacts())) {
            classifier.addIndicator(i);
        }
        terminations = new ClientTerminations(s.store(), s.clients(), s.users(), classifier, clock);
        for (var c : List.of(new Conditions.Attempts(classifier), new Conditions.RemedyOffered(s.store()),
                new Conditions.Obligations(s.store()), new Conditions.MoneySettled(), new Conditions.Letter(),
                new Conditions.SignOff())) {
            terminations.addCondition(c);
        }
        expectations = new ExpectationsRegister(s.store(), s.clients(), s.users(), clock);
        alerts = new TerminationAlerts(classifier);
        s.users().create(new UserDraft("admin", "Ada Admin", Role.ADMIN, 3, false));
        s.users().create(new UserDraft("agent", "Ana Agent", Role.AGENT, 0, false));
        s.users().create(new UserDraft("lead", "Lev Lead", Role.SUPERVISOR, 1, true));
        s.users().create(new UserDraft("head", "Hanna Head", Role.DEPARTMENT_HEAD, 2, true));
        s.users().create(new UserDraft("boss", "Boris Boss", Role.DIRECTOR, 3, true));
    }

    TerminationDesk as(String user) {
        login = user;
        return this;
    }

    long newClient(String name, String language) {
        return s.clients().create(new ClientDraft(name, language)).getId();
    }

    /** A complaint taken from the client a few days after the last one. */
    ComplaintRecord complaint(long clientId, String channel, String words) {
        clock.advance(Duration.ofDays(3));
        String was = login;
        as("agent");
        ComplaintRecord r = intake.take(new ComplaintDraft(clientId, null, channel, null, clock.now(), words,
                words.length() > 40 ? words.substring(0, 40) : words, Severity.NORMAL, 0));
        as(was);
        return r;
    }

    /** The agent calls the client back on the case: a documented attempt. */
    void callBack(long caseId, String summary) {
        s.cases().addInteraction(caseId, new InteractionDraft("phone", Direction.OUTBOUND, clock.now(), null,
                summary));
    }

    @Override
    public void close() {
        s.close();
    }
}
