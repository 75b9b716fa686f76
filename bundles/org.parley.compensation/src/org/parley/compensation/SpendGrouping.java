package org.parley.compensation;

/** What the spend report adds gestures up by. */
public enum SpendGrouping {
    TEAM, ROOT_CAUSE, ITEM, MONTH
}
