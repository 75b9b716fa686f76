package org.parley.core.service;

import java.util.List;
import java.util.Optional;

import org.parley.core.model.Client;

/** Clients and the ways to reach them. Changes are transactional, audited and version-checked. */
public interface ClientService {

    Client create(ClientDraft draft);

    Client update(long clientId, long expectedVersion, ClientDraft draft);

    Optional<Client> find(long clientId);

    /** Clients whose name or contact address contains {@code text} (ignoring case), best matches first. */
    List<Client> search(String text, int limit);

    long count();
}
