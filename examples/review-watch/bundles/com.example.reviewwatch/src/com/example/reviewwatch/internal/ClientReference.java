package com.example.reviewwatch.internal;

import java.util.List;

import org.parley.core.model.Client;
import org.parley.core.model.ContactPoint;
import org.parley.core.service.ClientService;

/** How a review file and the commands name a client: {@code C-12}, an e-mail or phone of the client, or the exact name. */
final class ClientReference {

    private ClientReference() {
    }

    /** @return the clients the reference names: none, one, or several when it is ambiguous */
    static List<Client> matching(ClientService clients, String reference) {
        String r = reference.strip();
        if (r.isEmpty()) {
            return List.of();
        }
        String digits = r.regionMatches(true, 0, "C-", 0, 2) ? r.substring(2) : r;
        if (digits.matches("[0-9]{1,18}")) {
            return clients.find(Long.parseLong(digits)).stream().toList();
        }
        return clients.search(r, 50).stream()
                .filter(c -> c.getName().equalsIgnoreCase(r) || c.getContactPoints().stream()
                        .map(ContactPoint::getAddress).anyMatch(a -> same(a, r)))
                .toList();
    }

    /** Addresses compared as people write them: case and spaces in phone numbers do not matter. */
    private static boolean same(String address, String reference) {
        return address != null && address.replace(" ", "").equalsIgnoreCase(reference.replace(" ", ""));
    }
}
