package org.parley.core.service;

/** The columns a case list can be sorted by, each backed by an index. */
public enum CaseSort { NUMBER, TITLE, STATUS, SEVERITY, CLIENT, OWNER, OPENED }
