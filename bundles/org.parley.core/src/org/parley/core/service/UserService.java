package org.parley.core.service;

import java.util.List;
import java.util.Optional;

import org.parley.core.model.Role;
import org.parley.core.model.User;

/** The department's users and their roles and levels. */
public interface UserService {

    /** @throws InvalidInputException when the login is taken */
    User create(UserDraft draft);

    User update(String login, long expectedVersion, UserDraft draft);

    Optional<User> find(String login);

    /** Whether {@code login} is an active admin: only admins configure the department's catalogues and scripts. */
    default boolean isAdmin(String login) {
        return login != null && find(login).filter(User::isActive).map(u -> u.getRole() == Role.ADMIN).orElse(false);
    }

    /** All users, by display name. */
    List<User> list();
}
