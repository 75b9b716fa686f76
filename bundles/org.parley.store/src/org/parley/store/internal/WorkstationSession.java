package org.parley.store.internal;

import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.core.model.Role;
import org.parley.core.model.User;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Session;
import org.parley.core.service.UserDraft;
import org.parley.core.service.UserService;

/**
 * The user working at this desktop: the login given by {@code -Dparley.user}, else the operating-system
 * account. The first user of a new, empty database becomes its admin, so a fresh install opens with no
 * set-up; after that only users an admin created can sign in.
 */
@Component(service = Session.class)
public class WorkstationSession implements Session {

    private final UserService users;
    private volatile String login;

    @Activate
    public WorkstationSession(@Reference UserService users) {
        this.users = users;
    }

    @Override
    public String login() {
        String l = login;
        if (l == null) {
            synchronized (this) {
                if (login == null) {
                    login = defaultLogin();
                }
                l = login;
            }
        }
        return l;
    }

    @Override
    public synchronized void signIn(String candidate) {
        String normalized = candidate == null ? "" : candidate.strip().toLowerCase(Locale.ROOT);
        User u = users.find(normalized).filter(User::isActive)
                .orElseThrow(() -> new NotFoundException("login", StoreText.get("session.unknownUser", normalized)));
        login = u.getLogin();
    }

    private String defaultLogin() {
        String candidate = normalize(System.getProperty("parley.user", System.getProperty("user.name", "admin")));
        if (users.find(candidate).filter(User::isActive).isPresent()) {
            return candidate;
        }
        if (users instanceof JpaUserService jpa && jpa.isEmpty()) {
            login = candidate; // the first user's own creation is audited under their name
            users.create(new UserDraft(candidate, candidate, Role.ADMIN, 3, true));
            return candidate;
        }
        throw new NotFoundException("login", StoreText.get("session.unknownUser", candidate));
    }

    /** Operating-system account names may hold characters a Parley login does not allow. */
    static String normalize(String raw) {
        String l = raw.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        if (l.length() < 2) {
            l = "user-" + l;
        }
        return l.length() > 64 ? l.substring(0, 64) : l;
    }
}
