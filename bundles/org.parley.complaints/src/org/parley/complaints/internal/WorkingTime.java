package org.parley.complaints.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.parley.complaints.WorkCalendar;

/**
 * Business-time arithmetic on a working calendar: deadlines count only working hours of working days that are
 * not holidays, in the department's time zone. Working hours are wall-clock hours, so a daylight-saving day
 * still has a 09:00–18:00 working day of nine hours. Whole days are skipped at once, never minute by minute.
 */
final class WorkingTime {

    /** A span of time that does not count (the case waited for the client); {@code until} null: still waiting. */
    record Pause(Instant from, Instant until) {
    }

    private static final int MAX_DAYS_SEARCHED = 366 * 10;

    private final WorkCalendar calendar;
    private final Duration workingDay;

    WorkingTime(WorkCalendar calendar) {
        this.calendar = calendar;
        this.workingDay = Duration.between(calendar.dayStart(), calendar.dayEnd());
    }

    boolean isWorkingDay(LocalDate day) {
        return calendar.workingDays().contains(day.getDayOfWeek()) && !calendar.holidays().containsKey(day);
    }

    /** The instant when {@code amount} of working time has passed after {@code start}. */
    Instant add(Instant start, Duration amount) {
        Duration left = amount;
        ZonedDateTime at = start.atZone(calendar.zone());
        LocalDate day = at.toLocalDate();
        LocalTime time = at.toLocalTime();
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++, day = day.plusDays(1), time = LocalTime.MIN) {
            if (!isWorkingDay(day)) {
                continue;
            }
            LocalTime from = time.isBefore(calendar.dayStart()) ? calendar.dayStart() : time;
            if (!from.isBefore(calendar.dayEnd())) {
                continue;
            }
            Duration available = Duration.between(from, calendar.dayEnd());
            if (left.compareTo(available) <= 0) {
                return instantOf(LocalDateTime.of(day, from).plus(left));
            }
            left = left.minus(available);
            // whole working weeks at once, so that a long deadline never walks day by day for years
            long weeks = left.toMinutes() / Math.max(1, workingWeek().toMinutes());
            if (weeks > 1 && calendar.holidays().isEmpty()) {
                day = day.plusWeeks(weeks - 1);
                left = left.minus(workingWeek().multipliedBy(weeks - 1));
            }
        }
        throw new IllegalStateException("No working time within ten years of " + start);
    }

    /** Working time between {@code a} and {@code b} (zero when b is not after a). */
    Duration between(Instant a, Instant b) {
        if (!b.isAfter(a)) {
            return Duration.ZERO;
        }
        ZonedDateTime from = a.atZone(calendar.zone());
        ZonedDateTime to = b.atZone(calendar.zone());
        Duration total = Duration.ZERO;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            LocalTime start = day.equals(from.toLocalDate()) ? max(from.toLocalTime(), calendar.dayStart())
                    : calendar.dayStart();
            LocalTime end = day.equals(to.toLocalDate()) ? min(to.toLocalTime(), calendar.dayEnd()) : calendar.dayEnd();
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /**
     * When a deadline of {@code amount} working time started at {@code start} falls due, given the pauses: the
     * working time spent in pauses is added on. A pause still open holds the deadline at "now", so the due time
     * moves on while the client is being waited for.
     */
    Instant due(Instant start, Duration amount, List<Pause> pauses, Instant now) {
        Duration paused = Duration.ZERO;
        for (Pause p : pauses) {
            Instant until = p.until() == null ? now : p.until();
            Instant from = p.from().isBefore(start) ? start : p.from();
            paused = paused.plus(between(from, until));
        }
        return add(start, amount.plus(paused));
    }

    private Duration workingWeek() {
        return workingDay.multipliedBy(calendar.workingDays().size());
    }

    private Instant instantOf(LocalDateTime local) {
        // a wall-clock time skipped by a daylight-saving jump resolves to the instant after the gap
        return local.atZone(calendar.zone()).toInstant();
    }

    private static LocalTime max(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime min(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }
}
