package org.parley.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.core.model.AuditEvent;
import org.parley.core.model.Case;
import org.parley.core.model.Client;
import org.parley.core.model.Role;
import org.parley.core.service.AuditService;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.CaseService;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.ClientService;
import org.parley.core.service.Session;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;
import org.parley.store.tests.contribution.CaseTag;

/**
 * Through the real OSGi services, as any bundle uses them: a separate bundle's entity lands in the same
 * persistence unit as the core model, and the first user of a new database becomes its admin.
 */
class ContributedEntityTest {

    @BeforeAll
    static void useAFreshDatabase() throws Exception {
        DatabaseSettings h2 = TestDatabases.h2();
        System.setProperty(DatabaseSettings.URL, h2.url());
        System.setProperty(DatabaseSettings.USER, h2.user());
        System.setProperty("parley.user", "first.admin");
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(ContributedEntityTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(20_000);
        assertNotNull(service, type.getSimpleName() + " is not registered: is Felix SCR running?");
        return service;
    }

    @Test
    void anEntityFromAnotherBundleIsStoredInTheSameUnit() throws Exception {
        Store store = service(Store.class);
        ClientService clients = service(ClientService.class);
        CaseService cases = service(CaseService.class);
        Client client = clients.create(new ClientDraft("Jan Nowak", "pl"));
        Case c = cases.open(new CaseDraft(client.getId(), "Broken kettle", "complaint-book"));

        long tagId = store.write(em -> {
            CaseTag tag = new CaseTag(c.getId(), "warranty");
            em.persist(tag);
            em.flush();
            store.audit("tag.added", "case-tag", tag.getId(), null, tag.getLabel(), null);
            return tag.getId();
        });
        List<CaseTag> tags = store.read(em -> em.createQuery("SELECT t FROM CaseTag t WHERE t.caseId = :id", CaseTag.class)
                .setParameter("id", c.getId()).getResultList());
        assertEquals(1, tags.size());
        assertEquals(tagId, tags.get(0).getId());
        assertEquals("warranty", tags.get(0).getLabel());
        assertTrue(store.info().schemas().stream().anyMatch(s -> s.contribution().equals("test.case-tags")
                && "1".equals(s.appliedVersion())), store.info().toString());
    }

    @Test
    void theFirstUserOfANewDatabaseIsItsAdminAndChangesAreAuditedUnderTheirName() throws Exception {
        Session session = service(Session.class);
        assertEquals("first.admin", session.login());
        assertEquals(Role.ADMIN, service(UserService.class).find("first.admin").orElseThrow().getRole());
        Client client = service(ClientService.class).create(new ClientDraft("Audited client", "en"));
        List<AuditEvent> history = service(AuditService.class).history("client", client.getId());
        assertEquals("first.admin", history.get(0).getActor());
    }
}
