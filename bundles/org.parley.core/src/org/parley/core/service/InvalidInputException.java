package org.parley.core.service;

/**
 * Input was rejected before anything was stored. {@link #field()} names the offending input so a form can
 * point at it; the message says what is wrong in words a user understands.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the rejected input, e.g. {@code title}; never null. */
    public String field() {
        return field;
    }
}
