package org.parley.core.service;

import java.time.Instant;

/** The current time, as a service so that deadlines and overdue promises can be tested at any moment. */
public interface Clock {

    Instant now();
}
