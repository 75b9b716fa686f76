package org.parley.core.service;

/** Who is working now: every change is audited under this login. */
public interface Session {

    /** Login of the signed-in user (or of the account the CLI runs as). */
    String login();

    /**
     * Signs in as an existing, active user.
     *
     * @throws NotFoundException when no active user has this login
     */
    void signIn(String login);
}
