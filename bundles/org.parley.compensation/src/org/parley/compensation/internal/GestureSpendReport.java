package org.parley.compensation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.compensation.CatalogueService;
import org.parley.compensation.GestureReports;
import org.parley.compensation.SpendGrouping;
import org.parley.compensation.SpendLine;
import org.parley.core.extension.Report;

/**
 * The gesture spend by team, offered as a {@link Report} in the workbench's Reports view and by
 * {@code parley-cli report}: the rows of {@link GestureReports#spend} grouped by team, with the catalogue's
 * currency.
 */
@Component(service = Report.class)
public class GestureSpendReport implements Report {

    static final String ID = "gesture-spend-by-team";

    private final GestureReports reports;
    private final CatalogueService catalogue;

    @Activate
    public GestureSpendReport(@Reference GestureReports reports, @Reference CatalogueService catalogue) {
        this.reports = reports;
        this.catalogue = catalogue;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label(Locale locale) {
        return text(locale, "report.spend.label");
    }

    @Override
    public List<String> columns(Locale locale) {
        return List.of(text(locale, "report.spend.team"), text(locale, "report.spend.gestures"),
                text(locale, "report.spend.spent"), text(locale, "report.spend.budget"),
                text(locale, "report.spend.awaitingCount"), text(locale, "report.spend.awaiting"),
                text(locale, "report.spend.currency"));
    }

    @Override
    public List<List<String>> rows(LocalDate from, LocalDate to, Locale locale) {
        Report.checkPeriod(from, to);
        List<SpendLine> lines = reports.spend(from, to, SpendGrouping.TEAM);
        String currency = catalogue.current().rules().currency();
        String noTeam = text(locale, "team.none");
        return lines.stream().map(l -> List.of(l.key() == null || l.key().isEmpty() ? noTeam : l.key(),
                Integer.toString(l.gestures()), plain(l.spent()), plain(l.budget()),
                Integer.toString(l.awaitingCount()), plain(l.awaiting()), currency)).toList();
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    private static String text(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle("OSGI-INF.l10n.bundle", locale, GestureSpendReport.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
