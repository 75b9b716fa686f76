package org.parley.core.model;

/** What a user may do in the workbench; higher roles include the rights of lower ones except ADMIN's configuration rights. */
public enum Role {
    /** Logs complaints, runs scripts, proposes gestures, keeps promises. */
    AGENT,
    /** Takes escalated conflicts, approves gestures above an agent's limit, investigates. */
    SUPERVISOR,
    /** Signs off terminations and the largest gestures. */
    DEPARTMENT_HEAD,
    /** Above the department: may override a termination checklist, with a reason that is audited. */
    DIRECTOR,
    /** Configures catalogue, scripts, deadlines, channels and users. */
    ADMIN
}
