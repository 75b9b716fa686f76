package org.parley.compensation;

import java.time.LocalDate;
import java.util.List;

/** Where the gesture money went, and to whom. Gestures count on the day they were proposed. */
public interface GestureReports {

    /** Spend from {@code from} to {@code to} (inclusive) grouped as asked, largest spend first. */
    List<SpendLine> spend(LocalDate from, LocalDate to, SpendGrouping by);

    /** Clients with at least one gesture in the period, most gestures first; flagged ones marked. */
    List<ClientGestures> perClient(LocalDate from, LocalDate to);
}
