package org.parley.ui.workbench;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;

/** A date and a time of day in the user's time zone, entered side by side. */
public final class MomentField {

    private final Composite row;
    private final DateTime date;
    private final DateTime time;

    /** Creates the date and time fields side by side in one row, a child of {@code parent}. */
    public MomentField(Composite parent) {
        row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        date = new DateTime(row, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
        time = new DateTime(row, SWT.TIME | SWT.SHORT | SWT.BORDER);
    }

    /** The row holding both fields, to lay out in the parent. */
    public Composite control() {
        return row;
    }

    /** The date field. */
    public DateTime dateControl() {
        return date;
    }

    /** The time-of-day field. */
    public DateTime timeControl() {
        return time;
    }

    /** The moment entered, in the user's time zone. */
    public Instant value() {
        LocalDateTime local = LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(),
                time.getMinutes());
        return local.atZone(ZoneId.systemDefault()).toInstant();
    }

    /** Shows {@code at} in the user's time zone. */
    public void set(Instant at) {
        ZonedDateTime z = at.atZone(ZoneId.systemDefault());
        date.setDate(z.getYear(), z.getMonthValue() - 1, z.getDayOfMonth());
        time.setTime(z.getHour(), z.getMinute(), 0);
    }
}
