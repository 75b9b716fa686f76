package org.parley.script;

import java.util.List;
import java.util.Optional;

import org.parley.core.model.Language;

/**
 * The department's scripts, every version of them. Parley's shipped scripts are copied in the first time the
 * library is used; from then on admins own them. Reading is open to everyone, saving, importing and retiring to
 * admins only.
 */
public interface ScriptLibrary {

    /** The newest version of every script in every language, retired ones included, by code then language. */
    List<StoredScript> latest();

    /** The newest version of a script in a language, if it exists and is not retired. */
    Optional<StoredScript> current(String code, Language language);

    /** Every version of a script in a language, oldest first. */
    List<StoredScript> versions(String code, Language language);

    /** A version by its id, retired or not. @throws org.parley.core.service.NotFoundException */
    StoredScript byId(long id);

    /**
     * Saves {@code script} as the next version of its code and language.
     *
     * @param basedOn the version the admin edited (0 for a new script or language); when someone saved a newer one
     *        meanwhile the save is refused with a {@link org.parley.core.service.ConcurrentChangeException}
     * @throws org.parley.core.service.InvalidInputException when the script is not sound or the user is no admin
     */
    StoredScript save(Script script, int basedOn);

    /** Retires (or brings back) a script in a language: a retired script is not offered for new runs. */
    void retire(String code, Language language, boolean retired);

    /**
     * Reads a script file (the text form of {@code scripts/*.script}) and saves it as the next version.
     *
     * @throws org.parley.core.service.InvalidInputException naming the line of a malformed file, or the problems of
     *         an unsound script; nothing is saved then
     */
    StoredScript importFile(String fileName, String text);

    /** The text form of a script, which {@link #importFile} reads back. */
    String export(Script script);

    /** Reads a script file without saving it. @throws org.parley.core.service.InvalidInputException */
    Script read(String fileName, String text);
}
