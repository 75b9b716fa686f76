package org.parley.store.internal;

import java.time.Instant;

import org.osgi.service.component.annotations.Component;
import org.parley.core.service.Clock;

/** The wall clock; tests register a higher-ranked {@link Clock} to move time. */
@Component(property = "service.ranking:Integer=-100")
public class SystemClock implements Clock {

    @Override
    public Instant now() {
        return Instant.now();
    }
}
