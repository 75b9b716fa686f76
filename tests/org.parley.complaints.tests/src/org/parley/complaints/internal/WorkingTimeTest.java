package org.parley.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.complaints.WorkCalendar;

/** Deadline arithmetic in business time: working hours, weekends, holidays, pauses and daylight-saving changes. */
class WorkingTimeTest {

    private static final ZoneId CHISINAU = ZoneId.of("Europe/Chisinau");
    private static final WorkCalendar WEEK = new WorkCalendar(CHISINAU, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0), LocalTime.of(18, 0), Map.of());

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CHISINAU).toInstant();
    }

    @Test
    void withinTheWorkingDayTheDeadlineIsPlainClockTime() {
        assertEquals(at("2026-03-02T14:00"), new WorkingTime(WEEK).add(at("2026-03-02T10:00"), Duration.ofHours(4)));
    }

    @Test
    void whatDoesNotFitTodayContinuesNextWorkingMorning() {
        // Monday 16:00 + 4h: 2h on Monday, 2h on Tuesday from 09:00
        assertEquals(at("2026-03-03T11:00"), new WorkingTime(WEEK).add(at("2026-03-02T16:00"), Duration.ofHours(4)));
    }

    @Test
    void aComplaintReceivedAtNightStartsCountingAtNineAndOneOnFridayEveningOnMonday() {
        WorkingTime time = new WorkingTime(WEEK);
        assertEquals(at("2026-03-03T10:00"), time.add(at("2026-03-03T02:30"), Duration.ofHours(1)));
        assertEquals(at("2026-03-09T10:00"), time.add(at("2026-03-06T19:45"), Duration.ofHours(1)));
        assertEquals(at("2026-03-09T10:00"), time.add(at("2026-03-07T12:00"), Duration.ofHours(1)), "Saturday");
    }

    @Test
    void holidaysAreSkipped() {
        WorkCalendar withHoliday = new WorkCalendar(CHISINAU, WEEK.workingDays(), WEEK.dayStart(), WEEK.dayEnd(),
                Map.of(LocalDate.of(2026, 3, 9), "International Women's Day (observed)"));
        // Friday 17:00 + 2h: 1h on Friday, Monday is a holiday, 1h on Tuesday
        assertEquals(at("2026-03-10T10:00"), new WorkingTime(withHoliday).add(at("2026-03-06T17:00"), Duration.ofHours(2)));
    }

    @Test
    void aWorkingDayStaysNineHoursAcrossTheDaylightSavingChanges() {
        WorkingTime time = new WorkingTime(WEEK);
        // Europe/Chisinau moves clocks forward on Sunday 29 March 2026 and back on Sunday 25 October 2026
        assertEquals(at("2026-03-30T18:00"), time.add(at("2026-03-27T18:00"), Duration.ofHours(9)));
        assertEquals(at("2026-10-26T18:00"), time.add(at("2026-10-23T18:00"), Duration.ofHours(9)));
        assertEquals(Duration.ofHours(9), time.between(at("2026-03-30T09:00"), at("2026-03-30T18:00")));
        // the instants differ by 66 and 72 hours of real time, but only one working day passed
        assertEquals(Duration.ofHours(9), time.between(at("2026-03-27T18:00"), at("2026-03-30T18:00")));
    }

    @Test
    void longDeadlinesSkipWholeWeeks() {
        // ten working days of 9 hours from Monday 09:00 end on the second Friday at 18:00
        assertEquals(at("2026-03-13T18:00"), new WorkingTime(WEEK).add(at("2026-03-02T09:00"), Duration.ofHours(90)));
        assertEquals(at("2027-02-26T18:00"), new WorkingTime(WEEK).add(at("2026-03-02T09:00"), Duration.ofHours(9 * 5 * 52)));
    }

    @Test
    void timeWaitingForTheClientMovesTheDeadlineOnByTheWorkingTimeItTook() {
        WorkingTime time = new WorkingTime(WEEK);
        Instant start = at("2026-03-02T09:00");
        // waited from Monday 12:00 to Tuesday 11:00: 6h + 2h of working time
        List<WorkingTime.Pause> pauses = List.of(new WorkingTime.Pause(at("2026-03-02T12:00"), at("2026-03-03T11:00")));
        assertEquals(time.add(start, Duration.ofHours(16 + 8)), time.due(start, Duration.ofHours(16), pauses, at("2026-03-04T09:00")));
        // still waiting: the deadline moves with "now"
        List<WorkingTime.Pause> open = List.of(new WorkingTime.Pause(at("2026-03-02T12:00"), null));
        assertEquals(time.add(start, Duration.ofHours(4 + 3)), time.due(start, Duration.ofHours(4), open, at("2026-03-02T15:00")));
    }

    @Test
    void businessTimeBetweenTwoInstants() {
        WorkingTime time = new WorkingTime(WEEK);
        assertEquals(Duration.ofHours(4), time.between(at("2026-03-06T16:00"), at("2026-03-09T11:00")));
        assertEquals(Duration.ZERO, time.between(at("2026-03-07T10:00"), at("2026-03-08T20:00")));
        assertEquals(Duration.ZERO, time.between(at("2026-03-09T11:00"), at("2026-03-06T16:00")));
    }
}
