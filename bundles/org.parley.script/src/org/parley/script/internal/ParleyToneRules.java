package org.parley.script.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.core.model.Language;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;
import org.parley.script.ToneFlag;
import org.parley.script.ToneRules;
import org.parley.script.extension.ToneRule;

/**
 * Parley's tone rules as the department uses them: the admins' edited rules where there are some and the shipped
 * ones otherwise ({@link ParleyToneRuleSets} registers them, one set per language). Rules are read from the
 * database in the background on first use, not at start-up, and again a minute later so that an edit made on
 * another desktop reaches this one without a restart.
 */
@Component(service = ToneRules.class)
public class ParleyToneRules implements ToneRules {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    /** The rules of a language and when they were read. */
    private record Loaded(List<ToneRule> rules, boolean edited, Instant readAt) {
    }

    private final Map<Language, Loaded> loaded = new ConcurrentHashMap<>();
    private final Set<Language> reading = ConcurrentHashMap.newKeySet();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "Parley tone rules");
        t.setDaemon(true);
        return t;
    });
    private volatile Store store;
    private volatile UserService users;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setStore(Store s) {
        store = s;
        loaded.clear();
    }

    void unsetStore(Store s) {
        if (store == s) {
            store = null;
            loaded.clear();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setUsers(UserService u) {
        users = u;
    }

    void unsetUsers(UserService u) {
        if (users == u) {
            users = null;
        }
    }

    @Deactivate
    void deactivate() {
        reader.shutdownNow();
    }

    /** The rules of a language; asked on every check, which costs a map lookup. */
    List<ToneRule> rules(Language language) {
        return loaded(language).rules();
    }

    /**
     * The rules in hand, never waiting for the database: the tone check runs on the UI thread at every pause in
     * typing. Rules older than a minute (or not read yet: Parley's meanwhile) are read again in the background.
     */
    private Loaded loaded(Language language) {
        Loaded l = loaded.computeIfAbsent(language,
                x -> new Loaded(ShippedToneRules.load(x).rules(), false, Instant.EPOCH));
        if (l.readAt().plus(FRESH_FOR).isBefore(Instant.now()) && reading.add(language)) {
            Loaded seen = l;
            reader.execute(() -> {
                try {
                    // a save made meanwhile is newer than what this read found: it stays
                    loaded.replace(language, seen, read(language));
                } catch (RuntimeException e) {
                    // the database is away: the rules in hand stay until the next try
                } finally {
                    reading.remove(language);
                }
            });
        }
        return l;
    }

    private Loaded read(Language language) {
        String edited = editedText(language);
        if (edited != null) {
            try {
                return new Loaded(ShippedToneRules.parse("tone rules (" + language.code() + ")", edited), true,
                        Instant.now());
            } catch (IllegalArgumentException e) {
                // saved rules were checked; a pattern only a newer Java accepts must not stop the tone check
            }
        }
        return new Loaded(ShippedToneRules.load(language).rules(), false, Instant.now());
    }

    private String editedText(Language language) {
        Store s = store;
        if (s == null) {
            return null;
        }
        return s.jdbc(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT body FROM tone_rule_text WHERE language = ?")) {
                p.setString(1, language.code());
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    @Override
    public String text(Language language) {
        String edited = editedText(language);
        return edited != null ? edited : ShippedToneRules.text(language);
    }

    @Override
    public boolean edited(Language language) {
        return editedText(language) != null;
    }

    @Override
    public void save(Language language, String text) {
        Store s = requireAdmin();
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("rules", ScriptText.get("tone.empty"));
        }
        List<ToneRule> rules;
        try {
            rules = ShippedToneRules.parse(ScriptText.get("tone.source", language.code()), text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("rules", e.getMessage());
        }
        s.inTransaction(() -> s.jdbc(c -> {
            String before = editedText(language);
            try (PreparedStatement d = c.prepareStatement("DELETE FROM tone_rule_text WHERE language = ?")) {
                d.setString(1, language.code());
                d.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO tone_rule_text (language, body, saved_at, saved_by) VALUES (?, ?, ?, ?)")) {
                p.setString(1, language.code());
                p.setString(2, text);
                p.setTimestamp(3, Timestamp.from(Instant.now()));
                p.setString(4, s.actor());
                p.executeUpdate();
            }
            s.audit("tone.save", "toneRules", 0, cut(before), cut(text), language.code());
            return null;
        }));
        loaded.put(language, new Loaded(rules, true, Instant.now()));
    }

    @Override
    public List<ToneFlag> trial(String rules, String sample, Language language) {
        List<ToneRule> parsed;
        try {
            parsed = ShippedToneRules.parse(ScriptText.get("tone.source", language.code()), rules == null ? "" : rules);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("rules", e.getMessage());
        }
        RuleBasedToneCheck check = new RuleBasedToneCheck();
        check.addRuleSet(new ShippedToneRules.RuleFile(ShippedToneRules.ID, language, parsed));
        return check.check(sample, language);
    }

    @Override
    public void reset(Language language) {
        Store s = requireAdmin();
        s.inTransaction(() -> s.jdbc(c -> {
            String before = editedText(language);
            try (PreparedStatement d = c.prepareStatement("DELETE FROM tone_rule_text WHERE language = ?")) {
                d.setString(1, language.code());
                d.executeUpdate();
            }
            s.audit("tone.reset", "toneRules", 0, cut(before), null, language.code());
            return null;
        }));
        loaded.remove(language);
    }

    /** The audit keeps up to 20,000 characters of each state. */
    private static String cut(String s) {
        return s == null || s.length() <= 20000 ? s : s.substring(0, 20000);
    }

    private Store requireAdmin() {
        Store s = store;
        UserService u = users;
        if (s == null || u == null) {
            throw new IllegalStateException("The tone rules cannot be edited without the database");
        }
        if (!u.isAdmin(s.actor())) {
            throw new InvalidInputException("role", ScriptText.get("admin.only", s.actor()));
        }
        return s;
    }
}
