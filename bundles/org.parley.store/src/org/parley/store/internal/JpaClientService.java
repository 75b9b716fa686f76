package org.parley.store.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.core.extension.CaseEvents;
import org.parley.core.model.Client;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.ClientService;
import org.parley.core.service.NotFoundException;

/** Clients in the database. */
@Component(service = ClientService.class)
public class JpaClientService implements ClientService {

    private final JpaStore store;

    @Activate
    public JpaClientService(@Reference JpaStore store) {
        this.store = store;
    }

    @Override
    public Client create(ClientDraft draft) {
        return store.write(em -> {
            Client c = new Client(draft.name(), draft.language(), store.clock().now());
            c.setContactPoints(draft.contactPoints());
            c.setNotes(draft.notes());
            em.persist(c);
            em.flush();
            store.audit("client.created", EntityNames.CLIENT, c.getId(), null, AuditSnapshot.of(c), null);
            store.postAfterCommit(CaseEvents.CLIENT_CHANGED, Map.of(CaseEvents.PROPERTY_ID, c.getId()));
            return c;
        });
    }

    @Override
    public Client update(long clientId, long expectedVersion, ClientDraft draft) {
        return store.write(em -> {
            Client c = em.find(Client.class, clientId);
            if (c == null) {
                throw new NotFoundException("client", StoreText.get("client.notFound", clientId));
            }
            JpaStore.checkVersion(EntityNames.CLIENT, clientId, expectedVersion, c.getVersion());
            String before = AuditSnapshot.of(c);
            c.setName(draft.name());
            c.setLanguage(draft.language());
            c.setContactPoints(draft.contactPoints());
            c.setNotes(draft.notes());
            em.flush();
            String after = AuditSnapshot.of(c);
            if (!before.equals(after)) {
                // keep the copy in case lists current; it is derived data, so case versions stay as they are
                em.createQuery("UPDATE ConflictCase k SET k.clientName = :name WHERE k.client.id = :id")
                        .setParameter("name", c.getName()).setParameter("id", clientId).executeUpdate();
            }
            store.audit("client.updated", EntityNames.CLIENT, c.getId(), before, after, null);
            store.postAfterCommit(CaseEvents.CLIENT_CHANGED, Map.of(CaseEvents.PROPERTY_ID, c.getId()));
            return c;
        });
    }

    @Override
    public Optional<Client> find(long clientId) {
        return store.read(em -> Optional.ofNullable(em.find(Client.class, clientId)));
    }

    @Override
    public List<Client> search(String text, int limit) {
        int max = Math.max(1, Math.min(limit, 1000));
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.isEmpty()) {
            return store.read(em -> em.createQuery("SELECT c FROM Client c ORDER BY c.name, c.id", Client.class)
                    .setMaxResults(max).getResultList());
        }
        String like = "%" + Like.escape(t) + "%";
        return store.read(em -> em.createQuery("SELECT c FROM Client c WHERE LOWER(c.name) LIKE :t ESCAPE '\\' "
                + "OR EXISTS (SELECT p FROM Client k JOIN k.contactPoints p WHERE k = c AND LOWER(p.address) LIKE :t ESCAPE '\\') "
                + "ORDER BY c.name, c.id", Client.class)
                .setParameter("t", like).setMaxResults(max).getResultList());
    }

    @Override
    public long count() {
        return store.read(em -> em.createQuery("SELECT COUNT(c) FROM Client c", Long.class).getSingleResult());
    }
}
