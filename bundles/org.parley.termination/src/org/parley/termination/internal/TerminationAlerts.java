package org.parley.termination.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.core.extension.ClientAlert;
import org.parley.termination.Classification;
import org.parley.termination.ClientClassifier;
import org.parley.termination.ClientKind;
import org.parley.termination.Finding;
import org.parley.termination.Termination;
import org.parley.termination.TerminationState;

/** Warns whoever records a new case for a client whose relationship was ended, or who is a problem client, and why. */
@Component(service = ClientAlert.class)
public class TerminationAlerts implements ClientAlert {

    private final ClientClassifier classifier;

    @Activate
    public TerminationAlerts(@Reference ClientClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public List<String> alertsFor(long clientId) {
        Classification c = classifier.classify(clientId);
        List<String> out = new ArrayList<>();
        Termination t = c.termination().orElse(null);
        if (t != null && t.state() == TerminationState.TERMINATED) {
            out.add(TerminationText.get("alert.terminated", c.clientName(), ClientTerminations.day(t.endedAt()),
                    t.endedBy(), t.reason()));
        } else if (t != null && t.state() == TerminationState.STARTED) {
            out.add(TerminationText.get("alert.started", c.clientName(), ClientTerminations.day(t.startedAt()),
                    t.reason()));
        }
        if (c.kind() == ClientKind.PROBLEM_CLIENT) {
            List<String> signs = new ArrayList<>();
            for (Finding f : c.findings()) {
                if (f.triggered()) {
                    signs.add(f.label() + " (" + f.count() + ")");
                }
            }
            out.add(TerminationText.get("alert.problem", c.clientName(), String.join(", ", signs)));
        }
        return out;
    }
}
