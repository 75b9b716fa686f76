package org.parley.complaints.internal;

import org.parley.core.service.InvalidInputException;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;

/** Only admins configure the complaint log (deadlines, calendar, levels, root causes, templates). */
final class Admins {

    private Admins() {
    }

    static void require(Store store, UserService users, String what) {
        String login = store.actor();
        if (!users.isAdmin(login)) {
            throw new InvalidInputException("role", ComplaintText.get("admin.only", login, what));
        }
    }
}
