package org.parley.complaints.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.complaints.ChannelRegistry;
import org.parley.complaints.extension.ComplaintChannel;
import org.parley.core.extension.Report;
import org.parley.core.service.Store;

/**
 * Where complaints came from in a period, and how far their cases got: complaints received per channel, the cases
 * they belong to, and how many of those are closed or still open. One grouped query on the indexed receipt time.
 */
@Component(service = Report.class)
public class ComplaintsByChannelReport implements Report {

    static final String ID = "complaints-by-channel";

    private final Store store;
    private final ChannelRegistry channels;

    @Activate
    public ComplaintsByChannelReport(@Reference Store store, @Reference ChannelRegistry channels) {
        this.store = store;
        this.channels = channels;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label(Locale locale) {
        return ComplaintText.in(locale, "report.channels.label");
    }

    @Override
    public List<String> columns(Locale locale) {
        return List.of(ComplaintText.in(locale, "report.channels.channel"),
                ComplaintText.in(locale, "report.channels.complaints"), ComplaintText.in(locale, "report.channels.cases"),
                ComplaintText.in(locale, "report.channels.closed"), ComplaintText.in(locale, "report.channels.open"));
    }

    @Override
    public List<List<String>> rows(LocalDate from, LocalDate to, Locale locale) {
        Report.checkPeriod(from, to);
        ZoneId zone = ZoneId.systemDefault();
        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        List<long[]> counts = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        store.jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT q.channel, COUNT(*), COUNT(DISTINCT q.case_id), "
                    + "COUNT(DISTINCT CASE WHEN k.status = 'CLOSED' THEN k.id END) FROM complaint q "
                    + "JOIN conflict_case k ON k.id = q.case_id WHERE q.received_at >= ? AND q.received_at < ? "
                    + "GROUP BY q.channel ORDER BY COUNT(*) DESC, q.channel")) {
                s.setTimestamp(1, start);
                s.setTimestamp(2, end);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        codes.add(r.getString(1));
                        counts.add(new long[] { r.getLong(2), r.getLong(3), r.getLong(4) });
                    }
                }
            }
            return null;
        });
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            long[] n = counts.get(i);
            String code = codes.get(i);
            // a channel whose bundle is gone keeps its code
            String label = channels.find(code).map((ComplaintChannel ch) -> ch.label(locale)).orElse(code);
            rows.add(List.of(label, Long.toString(n[0]), Long.toString(n[1]), Long.toString(n[2]),
                    Long.toString(n[1] - n[2])));
        }
        return rows;
    }
}
