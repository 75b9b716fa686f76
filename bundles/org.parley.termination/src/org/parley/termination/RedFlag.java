package org.parley.termination;

/** A warning sign at a first meeting, e.g. {@code bargains-hard} ("haggles over every item before anything is done"). */
public record RedFlag(String code, String label) {
}
