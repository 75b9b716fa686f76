package org.parley.compensation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.compensation.Catalogue;
import org.parley.compensation.CatalogueFormat;
import org.parley.compensation.CatalogueItem;
import org.parley.compensation.CatalogueService;
import org.parley.compensation.GestureRules;
import org.parley.complaints.InvestigationService;
import org.parley.complaints.RootCause;
import org.parley.core.service.Clock;
import org.parley.core.service.ConcurrentChangeException;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;

/**
 * The catalogue, every version kept whole as its JSON file text. Versions never change, so each is parsed once. A
 * department with no catalogue gets Parley's shipped one as version 1 on first read.
 */
@Component(service = CatalogueService.class)
public class DepartmentCatalogue implements CatalogueService {

    static final String SHIPPED = "catalogue/shipped.json";
    static final String SHIPPED_BY = "parley";

    private final Store store;
    private final UserService users;
    private final InvestigationService investigations;
    private final Clock clock;
    private final Map<Integer, Catalogue> parsed = new ConcurrentHashMap<>();

    @Activate
    public DepartmentCatalogue(@Reference Store store, @Reference UserService users,
            @Reference InvestigationService investigations, @Reference Clock clock) {
        this.store = store;
        this.users = users;
        this.investigations = investigations;
        this.clock = clock;
    }

    @Override
    public Catalogue current() {
        int newest = newestVersion();
        if (newest == 0) {
            copyShipped();
            newest = newestVersion();
        }
        return version(newest);
    }

    @Override
    public Catalogue version(int version) {
        Catalogue c = parsed.get(version);
        if (c != null) {
            return c;
        }
        CatalogueVersionEntry e = store.read(em -> em.createQuery(
                "SELECT e FROM GestureCatalogue e WHERE e.catalogueVersion = :v", CatalogueVersionEntry.class)
                .setParameter("v", version).getResultList().stream().findFirst().orElse(null));
        if (e == null) {
            throw new NotFoundException("catalogue", CompensationText.get("catalogue.noSuchVersion", version));
        }
        c = parse(e);
        parsed.put(version, c);
        return c;
    }

    @Override
    public List<Catalogue> versions() {
        current();
        return store.jdbc(c -> {
            List<Catalogue> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT catalogue_version, saved_by, saved_at "
                    + "FROM gesture_catalogue ORDER BY catalogue_version DESC"); ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Catalogue(rs.getInt(1), null, List.of(), rs.getString(2),
                            rs.getTimestamp(3).toInstant()));
                }
            }
            return out;
        });
    }

    @Override
    public Catalogue save(GestureRules rules, List<CatalogueItem> items, int basedOn) {
        requireAdmin();
        check(rules, items);
        int saved;
        try {
            saved = store.inTransaction(() -> {
                int newest = newestVersion();
                if (newest != basedOn) {
                    throw new ConcurrentChangeException("catalogue", 0,
                            CompensationText.get("catalogue.savedMeanwhile", basedOn, newest), null);
                }
                insert(newest + 1, CatalogueFile.json(rules, items), store.actor());
                store.audit("catalogue.save", "catalogue", newest + 1, "v" + newest,
                        "v" + (newest + 1) + ": " + items.size() + " items", null);
                return newest + 1;
            });
        } catch (ConcurrentChangeException | InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // the unique version key: another admin saved the same version a moment ago
            throw new ConcurrentChangeException("catalogue", 0,
                    CompensationText.get("catalogue.savedMeanwhile", basedOn, newestVersion()), e);
        }
        return version(saved);
    }

    @Override
    public void check(GestureRules rules, List<CatalogueItem> items) {
        CatalogueRules.check(rules, items, rootCauseCodes());
    }

    @Override
    public Catalogue read(Reader file, CatalogueFormat format) throws IOException {
        CatalogueFile.Contents contents = CatalogueFile.read(file, format);
        GestureRules rules = contents.rules() != null ? contents.rules() : current().rules();
        CatalogueRules.check(rules, contents.items(), rootCauseCodes());
        return new Catalogue(0, rules, contents.items(), store.actor(), clock.now());
    }

    @Override
    public Catalogue importFile(Reader file, CatalogueFormat format) throws IOException {
        requireAdmin();
        Catalogue read = read(file, format);
        Catalogue saved = save(read.rules(), read.items(), current().version());
        store.audit("catalogue.import", "catalogue", saved.version(), null, format.name(), null);
        return saved;
    }

    @Override
    public void export(Catalogue catalogue, Writer out, CatalogueFormat format) throws IOException {
        CatalogueFile.write(catalogue.rules(), catalogue.items(), out, format);
    }

    /** The root-cause codes a catalogue item may name, retired ones included (old items keep theirs). */
    Set<String> rootCauseCodes() {
        Set<String> codes = new HashSet<>();
        for (RootCause r : investigations.rootCauses()) {
            codes.add(r.code());
        }
        return codes;
    }

    private void requireAdmin() {
        if (!users.isAdmin(store.actor())) {
            throw new InvalidInputException("role", CompensationText.get("admin.only", store.actor()));
        }
    }

    private Catalogue parse(CatalogueVersionEntry e) {
        try {
            CatalogueFile.Contents c = CatalogueFile.read(new StringReader(e.body), CatalogueFormat.JSON);
            return new Catalogue(e.catalogueVersion, c.rules(), c.items(), e.savedBy, e.savedAt);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private int newestVersion() {
        return store.jdbc(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT COALESCE(MAX(catalogue_version), 0) FROM gesture_catalogue"); ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private void insert(int version, String body, String savedBy) {
        store.write(em -> {
            CatalogueVersionEntry e = new CatalogueVersionEntry();
            e.catalogueVersion = version;
            e.body = body;
            e.savedBy = savedBy;
            e.savedAt = clock.now();
            em.persist(e);
            em.flush();
            return e.id;
        });
    }

    /** Two desktops starting at once collide on the unique version; one copy stays. */
    private void copyShipped() {
        String body;
        try (InputStream in = DepartmentCatalogue.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the bundle");
            }
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try {
            store.inTransaction(() -> {
                insert(1, body, SHIPPED_BY);
                return null;
            });
        } catch (RuntimeException e) {
            if (newestVersion() == 0) {
                throw e;
            }
        }
    }

    /** The shipped catalogue as read from the bundle, for tests that check it is sound. */
    static CatalogueFile.Contents shipped() throws IOException {
        try (Reader r = new InputStreamReader(
                DepartmentCatalogue.class.getClassLoader().getResourceAsStream(SHIPPED), StandardCharsets.UTF_8)) {
            return CatalogueFile.read(r, CatalogueFormat.JSON);
        }
    }
}
