package org.parley.ui.workbench;

/**
 * Who is working: the workbench signs the user in at start-up and publishes their login in the application's
 * Eclipse context under {@link #LOGIN}. A part or handler receives it by injection, and is injected again
 * once sign-in finished:
 *
 * <pre>
 * &#64;Inject
 * void signedIn(&#64;Optional &#64;Named(SignedIn.LOGIN) String login) { ... }
 * </pre>
 *
 * Until sign-in finished (or when it failed) there is no value; read and write nothing for a user then.
 */
public final class SignedIn {

    /** Context key of the signed-in user's login, a {@code String}. */
    public static final String LOGIN = "org.parley.app.login";

    private SignedIn() {
    }
}
