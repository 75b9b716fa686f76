package org.parley.app.tests;

import org.parley.core.model.Case;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.Severity;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.CaseService;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.ClientService;

/** The cases a department has open on an ordinary day, so that screenshots show what users see. */
final class DepartmentDay {

    private record Complaint(String client, String language, String title, String channel, Severity severity,
            int levelArisen, CaseStatus status, boolean mine) {
    }

    private static final Complaint[] COMPLAINTS = {
        new Complaint("Marek Nowak", "pl", "Washing machine replaced twice, still leaking", "phone", Severity.HIGH, 0,
                CaseStatus.INVESTIGATING, true),
        new Complaint("Olga Sidorova", "ru", "Complaint book entry: rude cashier at the Central store",
                "complaint-book", Severity.NORMAL, 0, CaseStatus.ACKNOWLEDGED, true),
        new Complaint("Andrei Popescu", "ro", "One-star review about the missed installation date", "public-review",
                Severity.CRITICAL, 1, CaseStatus.NEW, false),
        new Complaint("Anna Kowalska", "pl", "Refund for a cancelled order not received", "email", Severity.HIGH, 0,
                CaseStatus.WAITING_FOR_CLIENT, true),
        new Complaint("Dmitri Volkov", "ru", "Wrong colour of the kitchen fronts", "whatsapp", Severity.NORMAL, 0,
                CaseStatus.INVESTIGATING, false),
        new Complaint("Ion Rusu", "ro", "Weekly letter about parking noise behind the warehouse", "letter",
                Severity.LOW, 0, CaseStatus.NEW, false),
        new Complaint("Katarzyna Zielinska", "pl", "Courier left the parcel outside in the rain", "sms",
                Severity.NORMAL, 0, CaseStatus.ACKNOWLEDGED, true),
        new Complaint("Sergei Ivanov", "ru", "Charged for express delivery, got standard", "telegram",
                Severity.NORMAL, 0, CaseStatus.NEW, false),
        new Complaint("Maria Ionescu", "ro", "Shop assistant refused to take back a faulty kettle", "in-person",
                Severity.HIGH, 0, CaseStatus.ACKNOWLEDGED, true),
    };

    private DepartmentDay() {
    }

    static void seed(CaseService cases, ClientService clients, String login) {
        for (Complaint c : COMPLAINTS) {
            long clientId = clients.create(new ClientDraft(c.client(), c.language())).getId();
            Case opened = cases.open(new CaseDraft(clientId, c.title(), null, c.channel(), c.severity(),
                    c.levelArisen(), c.mine() ? login : null));
            if (c.status() != CaseStatus.NEW) {
                if (c.status() != CaseStatus.ACKNOWLEDGED) {
                    opened = cases.changeStatus(opened.getId(), opened.getVersion(), CaseStatus.ACKNOWLEDGED, null);
                }
                cases.changeStatus(opened.getId(), opened.getVersion(), c.status(), null);
            }
        }
    }
}
