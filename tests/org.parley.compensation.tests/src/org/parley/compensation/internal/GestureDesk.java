package org.parley.compensation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.parley.compensation.Budget;
import org.parley.compensation.Gesture;
import org.parley.compensation.GestureDraft;
import org.parley.complaints.InvestigationDraft;
import org.parley.complaints.internal.CaseInvestigations;
import org.parley.complaints.internal.ComplaintEntities;
import org.parley.core.model.Role;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.UserDraft;
import org.parley.store.standalone.StandaloneStore;
import org.parley.testing.MovableClock;
import org.parley.testing.TestDatabase;

/**
 * The compensation services on a fresh real database, built as Declarative Services builds them. Users: an admin,
 * two agents of team north, an agent of team south, a supervisor and a department head.
 */
final class GestureDesk implements AutoCloseable {

    final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
    volatile String login = "admin";
    final StandaloneStore s;
    final CaseInvestigations investigations;
    final DepartmentCatalogue catalogue;
    final TeamBudgets budgets;
    final GestureWorkflow gestures;
    final Advisors advice;
    final SpendReports reports;

    GestureDesk(String kind) {
        s = TestDatabase.fresh(kind).open(clock, () -> login, new ComplaintEntities(), new CompensationEntities());
        investigations = new CaseInvestigations(s.store(), s.cases(), s.users(), clock);
        catalogue = new DepartmentCatalogue(s.store(), s.users(), investigations, clock);
        budgets = new TeamBudgets(s.store(), s.users());
        gestures = new GestureWorkflow(s.store(), s.cases(), s.users(), catalogue, budgets, investigations, clock);
        advice = new Advisors(s.store(), s.cases(), catalogue, gestures, investigations, clock);
        advice.addAdvisor(new RootCauseAdvisor());
        reports = new SpendReports(s.store(), budgets, catalogue);
        s.users().create(new UserDraft("admin", "Ada Admin", Role.ADMIN, 3, false));
        s.users().create(new UserDraft("agent", "Ana Agent", Role.AGENT, 0, false, "north"));
        s.users().create(new UserDraft("other", "Oleg Other", Role.AGENT, 0, false, "north"));
        s.users().create(new UserDraft("south", "Sam South", Role.AGENT, 0, false, "south"));
        s.users().create(new UserDraft("lead", "Lev Lead", Role.SUPERVISOR, 1, true, "north"));
        s.users().create(new UserDraft("head", "Hanna Head", Role.DEPARTMENT_HEAD, 2, true));
    }

    GestureDesk as(String user) {
        login = user;
        return this;
    }

    long newClient(String name, String language) {
        return s.clients().create(new ClientDraft(name, language)).getId();
    }

    long newCase(long clientId) {
        return s.cases().open(new CaseDraft(clientId, "Late delivery", "phone")).getId();
    }

    long newCase(String client, String language) {
        return newCase(newClient(client, language));
    }

    /** Establishes the case's root cause as an investigator would. */
    void rootCause(long caseId, String cause) {
        String was = login;
        as("lead");
        investigations.save(caseId, investigations.of(caseId).map(i -> i.version()).orElse(0L),
                new InvestigationDraft("Parcel left the warehouse late", null, cause, null));
        as(was);
    }

    Gesture propose(long caseId, String item, String value) {
        return gestures.propose(new GestureDraft(caseId, item, value == null ? null : new BigDecimal(value), null,
                null));
    }

    Budget budget(String team, String amount) {
        String was = login;
        as("admin");
        Budget b = budgets.save(new Budget(0, 0, team, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                new BigDecimal(amount)));
        as(was);
        return b;
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
