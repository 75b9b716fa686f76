package org.parley.complaints;

import java.time.YearMonth;
import java.util.List;

/** The register of lessons: root causes collected across cases, each with an owner and a corrective action. */
public interface LessonService {

    /** All lessons with the number of cases that fed each, newest first. */
    List<Lesson> lessons();

    Lesson create(LessonDraft draft);

    Lesson update(long lessonId, long expectedVersion, LessonDraft draft);

    /** Links a case to the lesson it fed (one lesson per case; linking again moves the link). */
    void link(long caseId, long lessonId);

    /** Cases per root cause per month between {@code from} and {@code to} (inclusive), most frequent first. */
    List<RootCauseTrend> trends(YearMonth from, YearMonth to);
}
