package org.parley.termination.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.parley.termination.Evidence;
import org.parley.termination.Finding;

/** Findings with their evidence: one row per indicator, then one indented row per fact (case, date, what). */
final class EvidenceTable {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());
    private static final int SHOWN_PER_FINDING = 6;

    final Table table;

    EvidenceTable(Composite parent, int span, int height) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, span, 1);
        data.heightHint = height;
        table.setLayoutData(data);
        String[] headers = { Messages.ev_indicator, Messages.ev_count, Messages.ev_case, Messages.ev_date,
                Messages.ev_what };
        int[] widths = { 260, 110, 100, 100, 520 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
    }

    void show(List<Finding> findings) {
        table.removeAll();
        for (Finding f : findings) {
            TableItem head = new TableItem(table, SWT.NONE);
            head.setText(new String[] { (f.triggered() ? "\u25cf " : "\u25cb ") + f.label(),
                    f.threshold() == 0 ? f.count() + " (" + Messages.ev_off + ")" : f.count() + " / " + f.threshold(),
                    "", "", f.triggered() ? Messages.ev_reached : "" });
            if (f.triggered()) {
                head.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
            List<Evidence> shown = f.evidence().subList(Math.max(0, f.evidence().size() - SHOWN_PER_FINDING),
                    f.evidence().size());
            for (Evidence e : shown) {
                new TableItem(table, SWT.NONE).setText(new String[] { "", "", e.caseNumber(), DAY.format(e.at()),
                        e.what() });
            }
        }
    }
}
