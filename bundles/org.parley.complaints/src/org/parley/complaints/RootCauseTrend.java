package org.parley.complaints;

import java.time.YearMonth;
import java.util.SortedMap;

/** Cases per month found to have a root cause, and the total over the period asked for. */
public record RootCauseTrend(String rootCause, String name, long total, SortedMap<YearMonth, Long> perMonth) {
}
