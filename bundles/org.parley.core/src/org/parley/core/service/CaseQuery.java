package org.parley.core.service;

import java.util.List;
import java.util.Set;

import org.parley.core.model.CaseStatus;
import org.parley.core.model.Severity;

/**
 * A filter and sort order over cases, evaluated in the database so that a million cases never travel to the
 * client. Null or empty parts do not filter.
 *
 * @param text   matches the case number, the title or the client's name, ignoring case
 * @param fields conditions on custom field values of the case or its client; all must hold
 */
public record CaseQuery(String text, Set<CaseStatus> statuses, Severity severity, String ownerLogin, Long clientId,
        CaseSort sort, boolean descending, List<FieldCriterion> fields) {

    public CaseQuery {
        text = Require.optionalText("filter", text, 200);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? CaseSort.OPENED : sort;
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** A query without conditions on custom fields. */
    public CaseQuery(String text, Set<CaseStatus> statuses, Severity severity, String ownerLogin, Long clientId,
            CaseSort sort, boolean descending) {
        this(text, statuses, severity, ownerLogin, clientId, sort, descending, List.of());
    }

    /** Every case, newest first. */
    public static CaseQuery all() {
        return new CaseQuery(null, Set.of(), null, null, null, CaseSort.OPENED, true);
    }

    public CaseQuery withText(String t) {
        return new CaseQuery(t, statuses, severity, ownerLogin, clientId, sort, descending, fields);
    }

    public CaseQuery withStatuses(Set<CaseStatus> s) {
        return new CaseQuery(text, s, severity, ownerLogin, clientId, sort, descending, fields);
    }

    public CaseQuery sortedBy(CaseSort s, boolean desc) {
        return new CaseQuery(text, statuses, severity, ownerLogin, clientId, s, desc, fields);
    }

    public CaseQuery forClient(Long id) {
        return new CaseQuery(text, statuses, severity, ownerLogin, id, sort, descending, fields);
    }

    /** This query with conditions on custom field values (replacing any it had). */
    public CaseQuery withFields(List<FieldCriterion> f) {
        return new CaseQuery(text, statuses, severity, ownerLogin, clientId, sort, descending, f);
    }
}
