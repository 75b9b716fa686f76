package org.parley.core.model;

/** How hard the conflict is; deadlines and escalation are tuned per severity. */
public enum Severity { LOW, NORMAL, HIGH, CRITICAL }
