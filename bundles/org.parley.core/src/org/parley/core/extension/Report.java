package org.parley.core.extension;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.parley.core.internal.CoreText;
import org.parley.core.service.InvalidInputException;

/**
 * A report over a period that users run from the workbench's Reports view and from
 * {@code parley-cli report run ID --from DATE --to DATE}. Register an implementation as an OSGi service (a DS
 * {@code @Component(service = Report.class)}); it is offered while the service is registered and disappears
 * when its bundle stops.
 *
 * <p>{@link #rows} reads through the store's services, which act for the signed-in user of the session: a
 * report shows only what that user may see, or refuses with an {@link InvalidInputException}. It is called
 * off the UI thread and may take a while; the other methods must return at once.
 */
public interface Report {

    /** A stable, unique id, used on the command line, e.g. {@code gesture-spend-by-team}: lower case, no spaces. */
    String id();

    /** The report's name in {@code locale}, e.g. "Gesture spend by team". */
    String label(Locale locale);

    /** The column headings in {@code locale}; every row has as many cells. */
    List<String> columns(Locale locale);

    /**
     * The report's rows for the days {@code from} to {@code to}, both included, with each cell as text in
     * {@code locale} (numbers without grouping separators, so that the CSV export reads back as numbers).
     *
     * @throws InvalidInputException for a period the report cannot cover (see {@link #checkPeriod}), or a
     *             user who may not see it
     */
    List<List<String>> rows(LocalDate from, LocalDate to, Locale locale);

    /**
     * Refuses a period that is missing or ends before it starts; for implementations to call first in
     * {@link #rows}.
     *
     * @throws InvalidInputException naming the field {@code from} or {@code to}
     */
    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidInputException("from", CoreText.get("report.noFrom"));
        }
        if (to == null) {
            throw new InvalidInputException("to", CoreText.get("report.noTo"));
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", CoreText.get("report.backwards", from, to));
        }
    }
}
