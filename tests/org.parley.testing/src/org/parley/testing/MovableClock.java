package org.parley.testing;

import java.time.Duration;
import java.time.Instant;

import org.parley.core.service.Clock;

/** A clock a test sets and moves, so that deadlines and "now" are exact. */
public final class MovableClock implements Clock {

    private volatile Instant now;

    public MovableClock(Instant start) {
        this.now = start;
    }

    public MovableClock() {
        this(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Override
    public Instant now() {
        return now;
    }

    public void set(Instant at) {
        this.now = at;
    }

    public void advance(Duration by) {
        this.now = now.plus(by);
    }
}
