package org.parley.core.extension;

/**
 * EventAdmin topics the store posts after a change is committed, so that bundles react without importing
 * each other. Every event carries {@link #PROPERTY_ID} (the record's id) and {@link #PROPERTY_ACTOR}.
 */
public final class CaseEvents {

    public static final String TOPIC_BASE = "org/parley/case/";
    public static final String TOPIC_ALL = TOPIC_BASE + "*";
    public static final String CASE_OPENED = TOPIC_BASE + "opened";
    public static final String CASE_CHANGED = TOPIC_BASE + "changed";
    public static final String INTERACTION_ADDED = TOPIC_BASE + "interaction";
    public static final String COMMITMENT_CHANGED = TOPIC_BASE + "commitment";
    public static final String CLIENT_CHANGED = "org/parley/client/changed";

    public static final String PROPERTY_ID = "id";
    public static final String PROPERTY_CASE_ID = "caseId";
    public static final String PROPERTY_ACTOR = "actor";

    private CaseEvents() {
    }
}
