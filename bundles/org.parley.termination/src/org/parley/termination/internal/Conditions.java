package org.parley.termination.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.core.model.Role;
import org.parley.core.service.Store;
import org.parley.termination.ClientClassifier;
import org.parley.termination.Termination;
import org.parley.termination.extension.ClientHistory;
import org.parley.termination.extension.ClientHistory.GestureLine;
import org.parley.termination.extension.TerminationCondition;

/** Parley's termination checklist: every measure tried, every obligation fulfilled, the letter, the sign-off. */
final class Conditions {

    private Conditions() {
    }

    /** What shipped conditions share: an id, a rank and a label key. */
    abstract static class Shipped implements TerminationCondition {
        private final String id;
        private final int rank;

        Shipped(String id, int rank) {
            this.id = id;
            this.rank = rank;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public int rank() {
            return rank;
        }

        @Override
        public String label(Locale locale) {
            return TerminationText.get("condition." + id);
        }
    }

    /** The configured minimum of documented attempts: the company's own contacts to the client on their cases. */
    @Component(service = TerminationCondition.class)
    public static final class Attempts extends Shipped {
        private final ClientClassifier classifier;

        @Activate
        public Attempts(@Reference ClientClassifier classifier) {
            super("attempts", 100);
            this.classifier = classifier;
        }

        @Override
        public Check check(Termination t, ClientHistory h) {
            int minimum = classifier.rules().minimumAttempts();
            List<String> made = new ArrayList<>();
            for (ClientHistory.ContactLine c : h.contacts()) {
                if ("OUTBOUND".equals(c.direction())) {
                    made.add(c.caseNumber() + " " + ClientTerminations.day(c.at()));
                }
            }
            boolean ok = made.size() >= minimum;
            return new Check(ok, TerminationText.get("condition.attempts.details", made.size(), minimum,
                    String.join(", ", made.subList(Math.max(0, made.size() - 5), made.size()))),
                    ok ? List.of() : List.of(TerminationText.get("condition.attempts.missing", minimum - made.size())));
        }
    }

    /** At least one remedy was put to the client: a gesture offered, or a case closed as remedied. */
    @Component(service = TerminationCondition.class)
    public static final class RemedyOffered extends Shipped {
        private final Store store;

        @Activate
        public RemedyOffered(@Reference Store store) {
            super("remedy", 200);
            this.store = store;
        }

        @Override
        public Check check(Termination t, ClientHistory h) {
            List<String> offered = new ArrayList<>();
            for (GestureLine g : h.gestures()) {
                if (g.offered()) {
                    offered.add(g.caseNumber() + " " + g.item());
                }
            }
            offered.addAll(store.jdbc(c -> {
                List<String> remedied = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT k.case_number, r.remedy FROM case_resolution r "
                        + "JOIN conflict_case k ON k.id = r.case_id WHERE k.client_id = ? AND r.outcome = 'REMEDIED'")) {
                    p.setLong(1, t.clientId());
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            remedied.add(rs.getString(1) + " " + rs.getString(2));
                        }
                    }
                }
                return remedied;
            }));
            return new Check(!offered.isEmpty(), offered.isEmpty() ? TerminationText.get("condition.remedy.none")
                    : String.join("; ", offered), offered.isEmpty()
                            ? List.of(TerminationText.get("condition.remedy.missing")) : List.of());
        }
    }

    /** Every obligation kept or settled: promises, gestures approved but not given, cases still open. */
    @Component(service = TerminationCondition.class)
    public static final class Obligations extends Shipped {
        private final Store store;
        private final HistoryReader history;

        @Activate
        public Obligations(@Reference Store store) {
            super("obligations", 300);
            this.store = store;
            this.history = new HistoryReader(store);
        }

        @Override
        public Check check(Termination t, ClientHistory h) {
            List<String> open = new ArrayList<>(store.jdbc(c -> {
                List<String> lines = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT k.case_number, m.description, m.due_at FROM "
                        + "commitment m JOIN conflict_case k ON k.id = m.case_id WHERE k.client_id = ? AND "
                        + "m.state = 'OPEN' ORDER BY m.due_at")) {
                    p.setLong(1, t.clientId());
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            lines.add(TerminationText.get("condition.obligations.promise", rs.getString(1),
                                    rs.getString(2), ClientTerminations.day(rs.getTimestamp(3).toInstant())));
                        }
                    }
                }
                return lines;
            }));
            // open cases are in the record the checklist read already
            for (ClientHistory.CaseLine k : h.cases()) {
                if (!k.status().equals("RESOLVED") && !k.status().equals("CLOSED")) {
                    open.add(TerminationText.get("condition.obligations.case", k.number(), k.title()));
                }
            }
            for (String[] g : history.unfulfilledGestures(t.clientId())) {
                open.add(TerminationText.get("condition.obligations.gesture", g[0], g[1], g[2].toLowerCase(Locale.ROOT)));
            }
            return new Check(open.isEmpty(), open.isEmpty() ? TerminationText.get("condition.obligations.none")
                    : TerminationText.get("condition.obligations.count", open.size()), open);
        }
    }

    /** Money between the company and the client is settled: confirmed by a supervisor with a note. */
    @Component(service = TerminationCondition.class)
    public static final class MoneySettled extends Shipped {
        public MoneySettled() {
            super("money", 400);
        }

        @Override
        public Role confirmRole() {
            return Role.SUPERVISOR;
        }

        @Override
        public Check check(Termination t, ClientHistory h) {
            return ClientTerminations.confirmed(t, id(), confirmRole());
        }
    }

    /** The letter to the client is drafted in the client's language. */
    @Component(service = TerminationCondition.class)
    public static final class Letter extends Shipped {
        public Letter() {
            super("letter", 500);
        }

        @Override
        public Check check(Termination t, ClientHistory h) {
            boolean ok = t.letter() != null && !t.letter().isBlank();
            return new Check(ok, ok ? TerminationText.get("condition.letter.drafted", t.letterLanguage())
                    : TerminationText.get("condition.letter.missing"), ok ? List.of()
                            : List.of(TerminationText.get("condition.letter.missing")));
        }
    }

    /** The department head signs the decision off. */
    @Component(service = TerminationCondition.class)
    public static final class SignOff extends Shipped {
        public SignOff() {
            super("signoff", 600);
        }

        @Override
        public Role confirmRole() {
            return Role.DEPARTMENT_HEAD;
        }

        @Override
        public Check check(Termination t, ClientHistory h) {
            return ClientTerminations.confirmed(t, id(), confirmRole());
        }
    }
}
