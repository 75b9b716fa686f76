package org.parley.core.model;

/** Whether the client contacted us or we contacted the client. */
public enum Direction { INBOUND, OUTBOUND }
