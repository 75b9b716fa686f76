package org.parley.core.model;

/** The kind of record an admin-defined custom field belongs to. */
public enum FieldTarget { CLIENT, CASE }
