package org.parley.core.service;

/** A record named by id or key does not exist (or no longer exists). */
public class NotFoundException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String field, String message) {
        super(field, message);
    }
}
