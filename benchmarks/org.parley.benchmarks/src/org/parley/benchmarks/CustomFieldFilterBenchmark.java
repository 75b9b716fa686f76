package org.parley.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.FieldTarget;
import org.parley.core.model.FieldType;
import org.parley.core.service.CaseQuery;
import org.parley.core.service.CaseService;
import org.parley.core.service.CustomField;
import org.parley.core.service.CustomFieldDraft;
import org.parley.core.service.CustomFields;
import org.parley.core.service.FieldCriterion;
import org.parley.core.service.Session;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;

/**
 * A harness, not a test (named to run after {@link NavigatorBenchmark}, which fills the database): defines a choice
 * and a number field on cases and a choice field on clients, gives every case the choice, three cases in ten a
 * number and every client the choice with one SQL statement each, then times what the case navigator asks for
 * when it is filtered by those fields (the count and the first page), alone and with the status and text filters,
 * through the same OSGi services the workbench uses. Results are appended to {@code target/benchmark-results.md}.
 */
class CustomFieldFilterBenchmark {

    private static final int PAGE = 200;

    /** The case choice field's values and their share in percent (they add up to 100). */
    private static final String[] CHANNELS = { "online", "store", "phone", "marketplace", "partner", "b2b", "legacy",
            "pilot" };
    private static final int[] CHANNEL_SHARE = { 30, 30, 20, 10, 5, 3, 1, 1 };
    private static final String[] SEGMENTS = { "consumer", "small business", "key account", "public sector" };
    private static final int[] SEGMENT_SHARE = { 75, 15, 5, 5 };

    @Test
    void navigatorFilteredByCustomFieldsOnAMillionCases() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(CustomFieldFilterBenchmark.class).getBundleContext();
        Store store = Measurements.service(context, Store.class);
        CaseService service = Measurements.service(context, CaseService.class);
        CustomFields fields = Measurements.service(context, CustomFields.class);
        Session session = Measurements.service(context, Session.class);
        store.migrate();
        // defining fields is an admin's: the demo data's admin, unless the harness's own user is one
        if (!Measurements.service(context, UserService.class).isAdmin(session.login())) {
            session.signIn("admin");
        }
        List<String> report = new ArrayList<>();
        report.add("");
        report.add("| custom fields measurement | cold | warm median | warm max |");
        report.add("|---|---|---|---|");
        CustomField channel = field(fields, new CustomFieldDraft(FieldTarget.CASE, "sales-channel", "Sales channel",
                FieldType.CHOICE, List.of(CHANNELS), false));
        CustomField amount = field(fields, new CustomFieldDraft(FieldTarget.CASE, "claim-amount", "Claimed amount",
                FieldType.NUMBER, List.of(), false));
        CustomField segment = field(fields, new CustomFieldDraft(FieldTarget.CLIENT, "segment", "Segment",
                FieldType.CHOICE, List.of(SEGMENTS), false));
        if (Measurements.count(store, "SELECT COUNT(*) FROM custom_field_value WHERE field_id = " + channel.id()) == 0) {
            long t0 = System.nanoTime();
            store.inTransaction(() -> store.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    // every case its channel, spread over the ids (and so over time) by a permutation of MOD 100
                    s.executeUpdate("INSERT INTO custom_field_value (field_id, owner_id, choice_value) SELECT "
                            + channel.id() + ", k.id, " + buckets("MOD(k.id * 7919, 100)", CHANNELS, CHANNEL_SHARE)
                            + " FROM conflict_case k");
                    // three cases in ten a claimed amount of 0.00 to 4,999.99
                    s.executeUpdate("INSERT INTO custom_field_value (field_id, owner_id, number_value) SELECT "
                            + amount.id() + ", k.id, MOD(k.id * 131, 500000) / 100.0 FROM conflict_case k"
                            + " WHERE MOD(k.id, 10) IN (1, 4, 7)");
                    // every client its segment
                    s.executeUpdate("INSERT INTO custom_field_value (field_id, owner_id, choice_value) SELECT "
                            + segment.id() + ", l.id, " + buckets("MOD(l.id * 7919, 100)", SEGMENTS, SEGMENT_SHARE)
                            + " FROM client l");
                }
                return null;
            }));
            report.add(String.format(Locale.ROOT, "| load: %,d values (SQL, once) | %.1f s | | |",
                    Measurements.count(store, "SELECT COUNT(*) FROM custom_field_value"), (System.nanoTime() - t0) / 1e9));
        }
        CaseQuery all = CaseQuery.all();
        Set<CaseStatus> open = Set.of(CaseStatus.NEW, CaseStatus.ACKNOWLEDGED);
        String[] words = { "delivery", "refund", "invoice", "rude", "broken", "late" };
        // warm runs alternate between two values of the same share, so that H2 does not answer a count from the
        // result it kept for the same statement
        filter(report, store, service, "case choice = a common value (30 %)",
                i -> all.withFields(List.of(choice(FieldTarget.CASE, "sales-channel", CHANNELS[i % 2]))));
        filter(report, store, service, "case choice = a rare value (1 %)",
                i -> all.withFields(List.of(choice(FieldTarget.CASE, "sales-channel", CHANNELS[6 + i % 2]))));
        filter(report, store, service, "case number in a range (3 % of cases)",
                i -> all.withFields(List.of(FieldCriterion.between(FieldTarget.CASE, "claim-amount",
                        Integer.toString(1000 + i), Integer.toString(1499 + i)))));
        filter(report, store, service, "client choice = a 5 % value",
                i -> all.withFields(List.of(choice(FieldTarget.CLIENT, "segment", SEGMENTS[2 + i % 2]))));
        filter(report, store, service, "status (NEW, ACKNOWLEDGED) and case choice (30 %)",
                i -> all.withStatuses(open).withFields(List.of(choice(FieldTarget.CASE, "sales-channel", CHANNELS[i % 2]))));
        filter(report, store, service, "status, case choice (30 %) and client choice (5 %)",
                i -> all.withStatuses(open).withFields(List.of(choice(FieldTarget.CASE, "sales-channel", CHANNELS[i % 2]),
                        choice(FieldTarget.CLIENT, "segment", SEGMENTS[2 + i % 2]))));
        filter(report, store, service, "text and case choice (30 %)",
                i -> all.withText(words[i % words.length]).withFields(List.of(choice(FieldTarget.CASE, "sales-channel",
                        CHANNELS[i % 2]))));
        filter(report, store, service, "text, status, case choice, number range and client choice",
                i -> all.withText(words[i % words.length]).withStatuses(open).withFields(List.of(
                        choice(FieldTarget.CASE, "sales-channel", CHANNELS[i % 2]),
                        FieldCriterion.between(FieldTarget.CASE, "claim-amount", "0", Integer.toString(2500 + i)),
                        choice(FieldTarget.CLIENT, "segment", SEGMENTS[i % 2]))));
        report.add("");
        report.add("Plans (H2 EXPLAIN of the SQL the store sends: count and first page, a rare case choice; count, a"
                + " client choice):");
        report.add("");
        String rare = "v.field_id = " + channel.id() + " AND v.choice_value = 'legacy'";
        report.add(plan(store, "SELECT COUNT(c.id) FROM conflict_case c WHERE c.id IN (SELECT v.owner_id FROM"
                + " custom_field_value v WHERE " + rare + ")"));
        report.add(plan(store, "SELECT c.id FROM conflict_case c WHERE EXISTS (SELECT v.owner_id FROM custom_field_value v"
                + " WHERE " + rare + " AND v.owner_id = c.id) ORDER BY c.opened_at DESC, c.id DESC LIMIT 200"));
        report.add(plan(store, "SELECT COUNT(c.id) FROM conflict_case c WHERE EXISTS (SELECT v.owner_id FROM"
                + " custom_field_value v WHERE v.field_id = " + segment.id() + " AND v.choice_value = 'key account'"
                + " AND v.owner_id = c.client_id)"));
        assertTrue(Measurements.count(store, "SELECT COUNT(*) FROM custom_field_value") > 0);
        Measurements.report(String.join("\n", report) + "\n", true);
    }

    /**
     * The count and the first page the navigator asks for, each cold and warm. Before each warm run one case's
     * version is bumped, so that H2 cannot answer a repeated count from the result it kept.
     */
    private static void filter(List<String> report, Store store, CaseService service, String what,
            IntFunction<CaseQuery> query) {
        Runnable touch = () -> store.inTransaction(() -> store.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("UPDATE conflict_case SET version = version + 1 WHERE id = (SELECT MIN(id) FROM conflict_case)");
            }
        }));
        long[] matches = new long[1];
        String row = Measurements.time(what + ": count", () -> (int) (matches[0] = service.count(query.apply(0))),
                i -> (int) service.count(query.apply(i)), touch);
        report.add(row.replace(what + ": count |", String.format(Locale.ROOT, "%s: count (%,d) |", what, matches[0])));
        report.add(Measurements.time(what + ": first page", () -> service.list(query.apply(0), 0, PAGE).size(),
                i -> service.list(query.apply(i), i * PAGE, PAGE).size(), touch));
    }

    private static FieldCriterion choice(FieldTarget target, String code, String value) {
        return FieldCriterion.matching(target, code, value);
    }

    private static CustomField field(CustomFields fields, CustomFieldDraft draft) {
        return fields.find(draft.target(), draft.code()).orElseGet(() -> fields.define(draft));
    }

    /** A SQL CASE giving {@code values[i]} to {@code share[i]} of the 100 buckets of {@code bucket}. */
    private static String buckets(String bucket, String[] values, int[] share) {
        StringBuilder sql = new StringBuilder("CASE");
        int upTo = 0;
        for (int i = 0; i < values.length; i++) {
            upTo += share[i];
            sql.append(" WHEN ").append(bucket).append(" < ").append(upTo).append(" THEN '").append(values[i]).append('\'');
        }
        return sql.append(" END").toString();
    }

    private static String plan(Store store, String sql) {
        return store.jdbc(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
                rs.next();
                return "    " + rs.getString(1).replace("\n", "\n    ") + "\n";
            }
        });
    }
}
