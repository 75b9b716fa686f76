package org.parley.complaints.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.parley.complaints.DeadlineService;
import org.parley.core.extension.CaseEvents;

/**
 * Keeps each case's deadlines in step with the case, whoever changed it and from whichever bundle: a case opened
 * from the core dialog gets its deadlines, acknowledging meets the first one, waiting for the client pauses them.
 */
@Component(property = { EventConstants.EVENT_TOPIC + "=" + CaseEvents.TOPIC_ALL,
        EventConstants.EVENT_TOPIC + "=" + ComplaintIntake.TOPIC_TAKEN })
public class DeadlineFollower implements EventHandler {

    private static final Logger LOG = Logger.getLogger(DeadlineFollower.class.getName());

    private final DeadlineService deadlines;

    @Activate
    public DeadlineFollower(@Reference DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void handleEvent(Event event) {
        Object caseId = event.getProperty(CaseEvents.PROPERTY_CASE_ID);
        if (caseId instanceof Long id) {
            try {
                deadlines.refresh(id);
            } catch (RuntimeException e) {
                // the next change or the periodic check brings the deadlines up to date; the user's change stands
                LOG.log(Level.WARNING, "Deadlines of case " + id + " not brought up to date", e);
            }
        }
    }
}
