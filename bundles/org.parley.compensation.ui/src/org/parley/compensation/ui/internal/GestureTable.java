package org.parley.compensation.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.parley.compensation.Gesture;
import org.parley.compensation.Labels;

/** Gestures in a table, the same on the case page and in the approvals view. */
final class GestureTable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    final Table table;
    private List<Gesture> rows = List.of();
    private final boolean withCase;

    GestureTable(Composite parent, boolean withCase, int span) {
        this.withCase = withCase;
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, span, 1);
        data.heightHint = 120;
        table.setLayoutData(data);
        if (withCase) {
            column(Messages.list_case, 100);
            column(Messages.list_client, 160);
        }
        column(Messages.list_gesture, 240);
        column(Messages.list_value, 90);
        column(Messages.list_cost, 80);
        column(Messages.list_state, 100);
        column(Messages.list_needs, 130);
        column(Messages.list_proposed, 260);
        column(Messages.list_decided, 200);
        column(Messages.list_notes, 320);
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(title);
        c.setWidth(width);
    }

    /**
     * @param names item name per gesture id (from its pinned catalogue version)
     * @param cases case number and client per case id, for the approvals view
     */
    void show(List<Gesture> gestures, Map<Long, String> names, Map<Long, String[]> cases) {
        long selected = selected() == null ? -1 : selected().id();
        rows = gestures;
        table.removeAll();
        for (Gesture g : gestures) {
            TableItem row = new TableItem(table, SWT.NONE);
            String[] c = cases.getOrDefault(g.caseId(), new String[] { "", "" });
            String value = g.value() == null ? (g.promisedDate() == null ? "" : g.promisedDate().toString())
                    : Amounts.plain(g.value()) + (g.currency() == null ? " %" : " " + g.currency());
            String needs = g.state().name().equals("PROPOSED") ? Labels.of(g.approvalRole())
                    + (g.overBudget() ? " \u00b7 " + Messages.list_overBudget : "")
                    + (g.overClientLimit() ? " \u00b7 " + Messages.list_overLimit : "") : "";
            String decided = g.decidedBy() == null ? "" : g.decidedBy() + ", " + WHEN.format(g.decidedAt());
            StringBuilder notes = new StringBuilder();
            for (String n : new String[] { g.note(), g.overrideReason(), g.reason() }) {
                if (n != null && !n.isBlank()) {
                    notes.append(notes.length() == 0 ? "" : " \u00b7 ").append(n.replace('\n', ' '));
                }
            }
            String[] cells = { names.getOrDefault(g.id(), g.itemCode()), value, Amounts.plain(g.cost()),
                    Labels.of(g.state()), needs, g.proposedBy() + ", " + WHEN.format(g.proposedAt()) + " ("
                            + Labels.team(g.team()) + ")", decided, notes.toString() };
            row.setText(withCase ? concat(c, cells) : cells);
            if (g.overBudget() || g.overClientLimit()) {
                row.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
            if (g.id() == selected) {
                table.setSelection(row);
            }
        }
    }

    Gesture selected() {
        int i = table.getSelectionIndex();
        return i >= 0 && i < rows.size() ? rows.get(i) : null;
    }

    List<Gesture> rows() {
        return rows;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
