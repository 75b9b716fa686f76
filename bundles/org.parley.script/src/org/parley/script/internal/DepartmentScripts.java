package org.parley.script.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.core.model.Language;
import org.parley.core.service.Clock;
import org.parley.core.service.ConcurrentChangeException;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;
import org.parley.script.Script;
import org.parley.script.ScriptLibrary;
import org.parley.script.ScriptRules;
import org.parley.script.StoredScript;

/**
 * The department's scripts in the database, every version kept. A version is stored as its script file text, so
 * what an admin exports is exactly what was saved.
 */
@Component(service = ScriptLibrary.class)
public class DepartmentScripts implements ScriptLibrary {

    static final String SHIPPED_BY = "parley";
    private static final String COLUMNS = "id, body, retired, saved_at, saved_by";

    private final Store store;
    private final UserService users;
    private final ScriptRules rules;
    private final Clock clock;
    private volatile boolean shippedCopied;

    @Activate
    public DepartmentScripts(@Reference Store store, @Reference UserService users, @Reference ScriptRules rules,
            @Reference Clock clock) {
        this.store = store;
        this.users = users;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public List<StoredScript> latest() {
        copyShippedOnce();
        return query("SELECT " + COLUMNS + " FROM script_version v WHERE version = (SELECT MAX(w.version)"
                + " FROM script_version w WHERE w.code = v.code AND w.language = v.language) ORDER BY code, language");
    }

    @Override
    public Optional<StoredScript> current(String code, Language language) {
        return newest(code, language).filter(s -> !s.retired());
    }

    /** The newest version, retired or not; only it is read and parsed, not the whole history. */
    private Optional<StoredScript> newest(String code, Language language) {
        copyShippedOnce();
        return query("SELECT " + COLUMNS + " FROM script_version WHERE code = ? AND language = ? AND version ="
                + " (SELECT MAX(w.version) FROM script_version w WHERE w.code = ? AND w.language = ?)", code,
                language.code(), code, language.code()).stream().findFirst();
    }

    @Override
    public List<StoredScript> versions(String code, Language language) {
        copyShippedOnce();
        return query("SELECT " + COLUMNS + " FROM script_version WHERE code = ? AND language = ? ORDER BY version",
                code, language.code());
    }

    @Override
    public StoredScript byId(long id) {
        copyShippedOnce();
        List<StoredScript> found = query("SELECT " + COLUMNS + " FROM script_version WHERE id = ?", id);
        if (found.isEmpty()) {
            throw new NotFoundException("script", ScriptText.get("script.noSuchVersion", id));
        }
        return found.get(0);
    }

    @Override
    public StoredScript save(Script script, int basedOn) {
        requireAdmin();
        rules.requireSound(script);
        if (script.title().length() > 200) {
            throw new InvalidInputException("title", ScriptText.get("script.titleTooLong", 200));
        }
        copyShippedOnce();
        long id;
        try {
            id = store.inTransaction(() -> {
                int newest = newestVersion(script.code(), script.language());
                if (newest != basedOn) {
                    throw new ConcurrentChangeException("script", 0, basedOn == 0
                            ? ScriptText.get("script.exists", script.code(), script.language().code(), newest)
                            : ScriptText.get("script.savedMeanwhile", script.code(), newest), null);
                }
                Script next = new Script(script.code(), script.language(), newest + 1, script.title().strip(),
                        script.steps());
                return store.write(em -> {
                    ScriptVersionEntry e = entry(next, false, store.actor());
                    em.persist(e);
                    em.flush();
                    store.audit(newest == 0 ? "script.create" : "script.save", "script", e.id, null,
                            summary(next), null);
                    return e.id;
                });
            });
        } catch (ConcurrentChangeException | InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // the unique (code, language, version) key: another admin saved the same version a moment ago
            throw new ConcurrentChangeException("script", 0, ScriptText.get("script.savedMeanwhile", script.code(),
                    newestVersion(script.code(), script.language())), e);
        }
        return byId(id);
    }

    @Override
    public void retire(String code, Language language, boolean retired) {
        requireAdmin();
        if (versions(code, language).isEmpty()) {
            throw new NotFoundException("script", ScriptText.get("script.noSuch", code, language.code()));
        }
        store.inTransaction(() -> store.jdbc(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE script_version SET retired = ? WHERE code = ? AND language = ?")) {
                p.setBoolean(1, retired);
                p.setString(2, code);
                p.setString(3, language.code());
                p.executeUpdate();
            }
            store.audit(retired ? "script.retire" : "script.reinstate", "script", 0, null,
                    "{\"code\":\"" + code + "\",\"language\":\"" + language.code() + "\"}", null);
            return null;
        }));
    }

    @Override
    public StoredScript importFile(String fileName, String text) {
        requireAdmin();
        Script script = read(fileName, text);
        // checked before it is looked up: a file without a code or language names no script
        rules.requireSound(script);
        Optional<StoredScript> newest = newest(script.code(), script.language());
        // importing what is already there makes no new version
        if (newest.isPresent() && newest.get().script().title().equals(script.title())
                && newest.get().script().steps().equals(script.steps())) {
            return newest.get();
        }
        return save(script, newest.map(StoredScript::version).orElse(0));
    }

    @Override
    public String export(Script script) {
        return ScriptFile.write(script);
    }

    @Override
    public Script read(String fileName, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("file", ScriptText.get("file.empty", fileName));
        }
        try {
            return ScriptFile.parse(fileName, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
    }

    private void requireAdmin() {
        if (!users.isAdmin(store.actor())) {
            throw new InvalidInputException("role", ScriptText.get("admin.only", store.actor()));
        }
    }

    private int newestVersion(String code, Language language) {
        return store.jdbc(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT COALESCE(MAX(version), 0) FROM script_version WHERE code = ? AND language = ?")) {
                p.setString(1, code);
                p.setString(2, language.code());
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /**
     * Parley's scripts become the department's the first time the library is read; a script an admin already has
     * in a language is left alone. Two desktops doing it at once collide on the unique key, and one copy stays.
     */
    private void copyShippedOnce() {
        if (shippedCopied) {
            return;
        }
        synchronized (this) {
            if (shippedCopied) {
                return;
            }
            Set<String> present = new HashSet<>(store.jdbc(c -> {
                List<String> keys = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT code, language FROM script_version");
                        ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        keys.add(rs.getString(1) + "/" + rs.getString(2));
                    }
                }
                return keys;
            }));
            for (String code : ShippedScripts.CODES) {
                for (Language language : Language.values()) {
                    if (present.contains(code + "/" + language.code())) {
                        continue;
                    }
                    Script shipped = ShippedScripts.read(code, language);
                    try {
                        store.inTransaction(() -> store.write(em -> {
                            em.persist(entry(shipped, false, SHIPPED_BY));
                            return null;
                        }));
                    } catch (RuntimeException e) {
                        if (newestVersion(code, language) == 0) {
                            throw e;
                        }
                    }
                }
            }
            shippedCopied = true;
        }
    }

    private ScriptVersionEntry entry(Script script, boolean retired, String by) {
        ScriptVersionEntry e = new ScriptVersionEntry();
        e.code = script.code();
        e.language = script.language().code();
        e.version = script.version();
        e.title = script.title();
        e.body = ScriptFile.write(script);
        e.retired = retired;
        e.savedAt = clock.now();
        e.savedBy = by;
        return e;
    }

    private static String summary(Script s) {
        return "{\"code\":\"" + s.code() + "\",\"language\":\"" + s.language().code() + "\",\"version\":" + s.version()
                + ",\"steps\":" + s.steps().size() + "}";
    }

    private List<StoredScript> query(String sql, Object... args) {
        return store.jdbc(c -> {
            List<StoredScript> found = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    p.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found.add(stored(rs));
                    }
                }
            }
            return found;
        });
    }

    private static StoredScript stored(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        Script script = ScriptFile.parse("script version " + id, rs.getString(2));
        return new StoredScript(id, script, rs.getBoolean(3), rs.getTimestamp(4).toInstant(), rs.getString(5));
    }
}
