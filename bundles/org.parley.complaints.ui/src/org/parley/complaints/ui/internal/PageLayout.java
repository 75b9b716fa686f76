package org.parley.complaints.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** The building blocks the complaint log's case editor pages share: headings and tables. */
public final class PageLayout {

    private PageLayout() {
    }

    public static Composite page(Composite parent, int columns) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 10;
        layout.marginHeight = 8;
        layout.verticalSpacing = 6;
        page.setLayout(layout);
        return page;
    }

    public static Label heading(Composite parent, String text, int span) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        l.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
        data.verticalIndent = 6;
        l.setLayoutData(data);
        return l;
    }

    public static Table table(Composite parent, int span, int rows, String[] headers, int[] widths) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, rows == 0, span, 1);
        if (rows > 0) {
            data.heightHint = t.getItemHeight() * rows + t.getHeaderHeight() + 4;
        }
        t.setLayoutData(data);
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(t, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        return t;
    }
}
