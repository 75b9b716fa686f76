package org.parley.compensation.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.compensation.Budget;
import org.parley.compensation.GestureBudgets;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;

/** Budgets per team and period; a team's periods never overlap, so a day has at most one budget per team. */
@Component(service = GestureBudgets.class)
public class TeamBudgets implements GestureBudgets {

    private final Store store;
    private final UserService users;

    @Activate
    public TeamBudgets(@Reference Store store, @Reference UserService users) {
        this.store = store;
        this.users = users;
    }

    @Override
    public List<Budget> list() {
        return store.read(em -> em.createQuery("SELECT b FROM GestureBudget b ORDER BY b.team, b.from",
                BudgetEntry.class).getResultList().stream().map(TeamBudgets::record).toList());
    }

    @Override
    public Optional<Budget> of(String team, LocalDate day) {
        return store.read(em -> em.createQuery(
                "SELECT b FROM GestureBudget b WHERE b.team = :t AND b.from <= :d AND b.to >= :d", BudgetEntry.class)
                .setParameter("t", team).setParameter("d", day).getResultList().stream().findFirst()
                .map(TeamBudgets::record));
    }

    @Override
    public Budget save(Budget b) {
        requireAdmin();
        if (b == null || b.team() == null || b.team().isBlank()) {
            throw new InvalidInputException("team", CompensationText.get("budget.teamMissing"));
        }
        String team = b.team().strip();
        if (team.length() > 64) {
            throw new InvalidInputException("team", CompensationText.get("budget.teamTooLong", 64));
        }
        if (b.from() == null || b.to() == null) {
            throw new InvalidInputException("from", CompensationText.get("budget.periodMissing"));
        }
        if (b.to().isBefore(b.from())) {
            throw new InvalidInputException("to", CompensationText.get("budget.badPeriod", b.from(), b.to()));
        }
        CatalogueRules.amount("budget", b.amount(), null);
        return store.inTransaction(() -> store.write(em -> {
            for (BudgetEntry other : em.createQuery("SELECT b FROM GestureBudget b WHERE b.team = :t AND b.id <> :id "
                    + "AND b.from <= :to AND b.to >= :from", BudgetEntry.class).setParameter("t", team)
                    .setParameter("id", b.id()).setParameter("from", b.from()).setParameter("to", b.to())
                    .getResultList()) {
                throw new InvalidInputException("from", CompensationText.get("budget.overlaps", team,
                        b.from(), b.to(), other.from, other.to));
            }
            BudgetEntry e;
            String before = null;
            if (b.id() == 0) {
                e = new BudgetEntry();
            } else {
                e = em.find(BudgetEntry.class, b.id());
                if (e == null) {
                    throw new NotFoundException("budget", CompensationText.get("budget.noSuch", b.id()));
                }
                store.expectVersion(CompensationText.get("budget.label"), e.id, b.version(), e.version);
                before = summary(e);
            }
            e.team = team;
            e.from = b.from();
            e.to = b.to();
            e.amount = b.amount();
            if (b.id() == 0) {
                em.persist(e);
            }
            em.flush();
            store.audit(b.id() == 0 ? "budget.create" : "budget.change", "gesture-budget", e.id, before, summary(e),
                    null);
            return record(e);
        }));
    }

    @Override
    public void remove(long id) {
        requireAdmin();
        store.inTransaction(() -> store.write(em -> {
            BudgetEntry e = em.find(BudgetEntry.class, id);
            if (e == null) {
                throw new NotFoundException("budget", CompensationText.get("budget.noSuch", id));
            }
            store.audit("budget.remove", "gesture-budget", id, summary(e), null, null);
            em.remove(e);
            return null;
        }));
    }

    @Override
    public BigDecimal spent(Budget b) {
        return spent(store, b.team(), b.from(), b.to(), 0);
    }

    /** What the team spent from {@code from} to {@code to} inclusive, leaving out gesture {@code except}. */
    static BigDecimal spent(Store store, String team, LocalDate from, LocalDate to, long except) {
        return store.jdbc(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(SUM(cost), 0) FROM gesture WHERE team = ? "
                    + "AND proposed_at >= ? AND proposed_at < ? AND state IN ('APPROVED', 'OFFERED', 'ACCEPTED', "
                    + "'FULFILLED') AND id <> ?")) {
                p.setString(1, team);
                p.setTimestamp(2, startOf(from));
                p.setTimestamp(3, startOf(to.plusDays(1)));
                p.setLong(4, except);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getBigDecimal(1);
                }
            }
        });
    }

    static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    static Date sqlDate(LocalDate day) {
        return Date.valueOf(day);
    }

    private void requireAdmin() {
        if (!users.isAdmin(store.actor())) {
            throw new InvalidInputException("role", CompensationText.get("admin.only", store.actor()));
        }
    }

    private static String summary(BudgetEntry e) {
        return e.team + " " + e.from + ".." + e.to + " " + CatalogueRules.plain(e.amount);
    }

    private static Budget record(BudgetEntry e) {
        return new Budget(e.id, e.version, e.team, e.from, e.to, e.amount);
    }
}
