package org.parley.compensation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.compensation.Budget;
import org.parley.compensation.CatalogueService;
import org.parley.compensation.ClientGestures;
import org.parley.compensation.GestureBudgets;
import org.parley.compensation.GestureReports;
import org.parley.compensation.SpendGrouping;
import org.parley.compensation.SpendLine;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.Store;

/** Spend and gestures per client, added up in the database over the indexed proposal time. */
@Component(service = GestureReports.class)
public class SpendReports implements GestureReports {

    private static final int MAX_DAYS = 3660;

    private final Store store;
    private final GestureBudgets budgets;
    private final CatalogueService catalogue;

    @Activate
    public SpendReports(@Reference Store store, @Reference GestureBudgets budgets,
            @Reference CatalogueService catalogue) {
        this.store = store;
        this.budgets = budgets;
        this.catalogue = catalogue;
    }

    @Override
    public List<SpendLine> spend(LocalDate from, LocalDate to, SpendGrouping by) {
        period(from, to);
        // added up in the database: a year is a quarter of a million rows at a million cases
        String key = switch (by) {
            case TEAM -> "team";
            case ROOT_CAUSE -> "COALESCE(root_cause, '')";
            case ITEM -> "item_code";
            case MONTH -> "EXTRACT(YEAR FROM proposed_at) * 100 + EXTRACT(MONTH FROM proposed_at)";
        };
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        store.jdbc(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + key + " AS k, CASE WHEN state = 'PROPOSED' THEN 1"
                    + " ELSE 0 END AS waiting, COUNT(*), SUM(cost) FROM gesture WHERE proposed_at >= ? AND proposed_at < ?"
                    + " AND state NOT IN ('REJECTED', 'DECLINED') GROUP BY " + key + ", CASE WHEN state = 'PROPOSED'"
                    + " THEN 1 ELSE 0 END")) {
                p.setTimestamp(1, TeamBudgets.startOf(from));
                p.setTimestamp(2, TeamBudgets.startOf(to.plusDays(1)));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String k = by == SpendGrouping.MONTH ? month(rs.getLong(1)) : rs.getString(1);
                        // spent count, spent sum, awaiting count, awaiting sum
                        BigDecimal[] s = sums.computeIfAbsent(k, x -> new BigDecimal[] { BigDecimal.ZERO,
                                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
                        int at = rs.getInt(2) == 1 ? 2 : 0;
                        s[at] = s[at].add(BigDecimal.valueOf(rs.getLong(3)));
                        s[at + 1] = s[at + 1].add(rs.getBigDecimal(4));
                    }
                }
            }
            return null;
        });
        // budgets only matter by team, and are read once for all lines
        List<Budget> inPeriod = by != SpendGrouping.TEAM ? List.of() : budgets.list().stream()
                .filter(b -> !b.to().isBefore(from) && !b.from().isAfter(to)).toList();
        if (by == SpendGrouping.TEAM) {
            for (Budget b : inPeriod) {
                sums.computeIfAbsent(b.team(), x -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO });
            }
        }
        List<SpendLine> lines = new ArrayList<>();
        for (Map.Entry<String, BigDecimal[]> e : sums.entrySet()) {
            BigDecimal[] s = e.getValue();
            lines.add(new SpendLine(e.getKey(), s[0].intValue(), s[1],
                    by == SpendGrouping.TEAM ? budgetShare(inPeriod, e.getKey(), from, to) : null, s[2].intValue(), s[3]));
        }
        lines.sort(by == SpendGrouping.MONTH ? Comparator.comparing(SpendLine::key)
                : Comparator.comparing(SpendLine::spent).reversed().thenComparing(SpendLine::key));
        return lines;
    }

    /** The team's budgets' share of the period, pro rata by day; null when no budget touches it. */
    private static BigDecimal budgetShare(List<Budget> inPeriod, String team, LocalDate from, LocalDate to) {
        BigDecimal share = null;
        for (Budget b : inPeriod) {
            if (!b.team().equals(team)) {
                continue;
            }
            LocalDate start = b.from().isAfter(from) ? b.from() : from;
            LocalDate end = b.to().isBefore(to) ? b.to() : to;
            long days = ChronoUnit.DAYS.between(b.from(), b.to()) + 1;
            long inside = ChronoUnit.DAYS.between(start, end) + 1;
            BigDecimal part = b.amount().multiply(BigDecimal.valueOf(inside)).divide(BigDecimal.valueOf(days), 2,
                    RoundingMode.HALF_UP);
            share = share == null ? part : share.add(part);
        }
        return share;
    }

    @Override
    public List<ClientGestures> perClient(LocalDate from, LocalDate to) {
        period(from, to);
        int flagAbove = catalogue.current().rules().flagAbove();
        return store.jdbc(c -> {
            List<ClientGestures> out = new ArrayList<>();
            // the period's gestures are added up first (by the proposal-time index), then named
            try (PreparedStatement p = c.prepareStatement("SELECT a.client_id, cl.name, a.n, a.spent, a.last FROM ("
                    + "SELECT client_id, COUNT(*) AS n, SUM(cost) AS spent, MAX(proposed_at) AS last FROM gesture "
                    + "WHERE proposed_at >= ? AND proposed_at < ? AND state IN ('APPROVED', 'OFFERED', 'ACCEPTED', "
                    + "'FULFILLED') GROUP BY client_id) a JOIN client cl ON cl.id = a.client_id "
                    + "ORDER BY a.n DESC, a.spent DESC, a.client_id")) {
                p.setTimestamp(1, TeamBudgets.startOf(from));
                p.setTimestamp(2, TeamBudgets.startOf(to.plusDays(1)));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        int n = rs.getInt(3);
                        out.add(new ClientGestures(rs.getLong(1), rs.getString(2), n, rs.getBigDecimal(4),
                                rs.getTimestamp(5).toInstant(), n > flagAbove));
                    }
                }
            }
            return out;
        });
    }

    /** 202603 is "2026-03". */
    private static String month(long yearMonth) {
        return String.format(java.util.Locale.ROOT, "%04d-%02d", yearMonth / 100, yearMonth % 100);
    }

    private static void period(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", CompensationText.get("report.badPeriod"));
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new InvalidInputException("to", CompensationText.get("report.periodTooLong", MAX_DAYS / 365));
        }
    }
}
