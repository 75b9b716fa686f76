package org.parley.core.model;

/**
 * What a custom field holds, and so how its values are checked, stored and filtered: free text, a decimal
 * number, a calendar date (ISO {@code yyyy-MM-dd}) or one of a fixed list of choices.
 */
public enum FieldType { TEXT, NUMBER, DATE, CHOICE }
