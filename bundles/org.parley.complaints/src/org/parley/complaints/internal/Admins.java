package org.parley.complaints.internal;

import org.parley.core.model.Role;
import org.parley.core.model.User;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;

/** Only admins configure the complaint log (deadlines, calendar, levels, root causes, templates). */
final class Admins {

    private Admins() {
    }

    static void require(Store store, UserService users, String what) {
        String login = store.actor();
        boolean admin = users.find(login).filter(User::isActive).map(u -> u.getRole() == Role.ADMIN).orElse(false);
        if (!admin) {
            throw new InvalidInputException("role", ComplaintText.get("admin.only", login, what));
        }
    }
}
