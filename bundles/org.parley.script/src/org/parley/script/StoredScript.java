package org.parley.script;

import java.time.Instant;

/**
 * One saved version of a script in one language. Versions are never changed once saved: an admin's edit makes the
 * next version, and a run keeps pointing at the version it used. A retired script is not offered for new runs but
 * stays readable.
 */
public record StoredScript(long id, Script script, boolean retired, Instant savedAt, String savedBy) {

    public String code() {
        return script.code();
    }

    public int version() {
        return script.version();
    }
}
