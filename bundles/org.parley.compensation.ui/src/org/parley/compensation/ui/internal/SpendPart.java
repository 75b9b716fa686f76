package org.parley.compensation.ui.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.parley.compensation.CatalogueService;
import org.parley.compensation.ClientGestures;
import org.parley.compensation.GestureReports;
import org.parley.compensation.Labels;
import org.parley.compensation.SpendGrouping;
import org.parley.compensation.SpendLine;
import org.parley.ui.workbench.StoreCall;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Where the gesture money went: spend by team (against its budget), root cause, item or month over a period,
 * with what is still waiting for approval; and the clients who had the most gestures, flagged above the
 * department's count.
 */
public class SpendPart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.systemDefault());

    private final GestureReports reports;
    private final CatalogueService catalogue;

    DateTime from;
    DateTime to;
    Combo grouping;
    Label summary;
    Table spend;
    Table clients;

    @Inject
    public SpendPart(GestureReports reports, CatalogueService catalogue) {
        this.reports = reports;
        this.catalogue = catalogue;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(7, false));
        new Label(parent, SWT.NONE).setText(Messages.spend_from);
        from = new DateTime(parent, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        new Label(parent, SWT.NONE).setText(Messages.spend_to);
        to = new DateTime(parent, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        LocalDate first = LocalDate.now().withDayOfMonth(1);
        set(from, first);
        set(to, first.plusMonths(1).minusDays(1));
        new Label(parent, SWT.NONE).setText(Messages.spend_by);
        grouping = new Combo(parent, SWT.READ_ONLY);
        grouping.setItems(Messages.spend_byTeam, Messages.spend_byRootCause, Messages.spend_byItem,
                Messages.spend_byMonth);
        grouping.select(0);
        grouping.addListener(SWT.Selection, e -> refresh());
        Button show = new Button(parent, SWT.PUSH);
        show.setText(Messages.spend_show);
        show.addListener(SWT.Selection, e -> refresh());
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1));
        spend = table(parent, new String[] { Messages.spend_key, Messages.spend_gestures, Messages.spend_spent,
                Messages.spend_budget, Messages.spend_share, Messages.spend_awaiting }, new int[] { 220, 90, 110, 110,
                        90, 160 });
        Label clientTitle = new Label(parent, SWT.NONE);
        clientTitle.setText(Messages.spend_clients);
        clientTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1));
        clients = table(parent, new String[] { Messages.spend_client, Messages.spend_gestures, Messages.spend_spent,
                Messages.spend_last, Messages.spend_flag }, new int[] { 240, 90, 110, 120, 360 });
        refresh();
    }

    @Focus
    public void focus() {
        spend.setFocus();
    }

    private static void set(DateTime field, LocalDate day) {
        field.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    }

    private static LocalDate get(DateTime field) {
        return LocalDate.of(field.getYear(), field.getMonth() + 1, field.getDay());
    }

    private static Table table(Composite parent, String[] headers, int[] widths) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        GridData d = new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1);
        d.heightHint = 140;
        t.setLayoutData(d);
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(t, i == 0 || i == headers.length - 1 ? SWT.LEFT : SWT.RIGHT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        return t;
    }

    void refresh() {
        LocalDate f = get(from);
        LocalDate t = get(to);
        SpendGrouping by = SpendGrouping.values()[Math.max(0, grouping.getSelectionIndex())];
        record Report(String currency, int flagAbove, List<SpendLine> lines, List<ClientGestures> clients) {
        }
        StoreCall.run(spend, Messages.spend_loading, () -> {
            var rules = catalogue.current().rules();
            return new Report(rules.currency(), rules.flagAbove(), reports.spend(f, t, by), reports.perClient(f, t));
        }, r -> show(r.currency(), r.flagAbove(), by, r.lines(), r.clients()), e -> {
            summary.setText(e.getMessage());
            summary.setForeground(summary.getDisplay().getSystemColor(SWT.COLOR_RED));
        });
    }

    private void show(String currency, int flagAbove, SpendGrouping by, List<SpendLine> lines,
            List<ClientGestures> perClient) {
        spend.removeAll();
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        int count = 0;
        for (SpendLine l : lines) {
            total = total.add(l.spent());
            count += l.gestures();
            String key = by == SpendGrouping.TEAM ? Labels.team(l.key())
                    : l.key().isEmpty() ? Messages.spend_notEstablished : l.key();
            String share = l.budget() == null || l.budget().signum() == 0 ? ""
                    : Math.round(100 * l.spent().doubleValue() / l.budget().doubleValue()) + " %";
            TableItem row = new TableItem(spend, SWT.NONE);
            row.setText(new String[] { key, Integer.toString(l.gestures()), Amounts.money(l.spent(), currency),
                    l.budget() == null ? Messages.spend_noBudget : Amounts.money(l.budget(), currency), share,
                    l.awaitingCount() == 0 ? "" : NLS.bind(Messages.spend_awaitingValue, l.awaitingCount(),
                            Amounts.money(l.awaiting(), currency)) });
            if (l.overBudget()) {
                row.setForeground(spend.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        clients.removeAll();
        int flagged = 0;
        for (ClientGestures c : perClient) {
            TableItem row = new TableItem(clients, SWT.NONE);
            row.setText(new String[] { c.clientName(), Integer.toString(c.gestures()), Amounts.money(c.cost(), currency),
                    DAY.format(c.last()), c.flagged() ? NLS.bind(Messages.spend_flagged, flagAbove) : "" });
            if (c.flagged()) {
                flagged++;
                row.setForeground(clients.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        summary.setText(NLS.bind(Messages.spend_summary, new Object[] { count, Amounts.money(total, currency),
                flagged }));
        summary.setForeground(null);
        summary.getParent().layout(true);
    }
}
