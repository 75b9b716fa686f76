package org.parley.complaints;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/** The department's working time: the time zone, working days and hours, and holidays (date to name). */
public record WorkCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime dayStart, LocalTime dayEnd,
        Map<LocalDate, String> holidays) {
}
