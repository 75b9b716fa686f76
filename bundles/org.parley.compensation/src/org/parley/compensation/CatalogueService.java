package org.parley.compensation;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

/**
 * The department's gesture catalogue. Every save makes a new immutable version; only admins change it. A new
 * department starts with Parley's shipped catalogue as version 1.
 */
public interface CatalogueService {

    /** The newest version. */
    Catalogue current();

    /** @throws org.parley.core.service.NotFoundException when there is no such version */
    Catalogue version(int version);

    /** Every version number, newest first, with who saved it and when (items not read). */
    List<Catalogue> versions();

    /**
     * Saves rules and items as the next version; admins only.
     *
     * @param basedOn the version the admin edited: a save on a stale version is refused
     * @throws org.parley.core.service.InvalidInputException naming the first bad item and field
     * @throws org.parley.core.service.ConcurrentChangeException when someone saved a newer version meanwhile
     */
    Catalogue save(GestureRules rules, List<CatalogueItem> items, int basedOn);

    /**
     * Checks rules and items as {@link #save} would, without saving: for an editor that refuses bad input at once.
     *
     * @throws org.parley.core.service.InvalidInputException naming the first bad item and field
     */
    void check(GestureRules rules, List<CatalogueItem> items);

    /**
     * Reads a whole catalogue from a file and checks it without saving anything.
     *
     * @throws org.parley.core.service.InvalidInputException with the line (and item) of the first problem
     */
    Catalogue read(Reader file, CatalogueFormat format) throws IOException;

    /** Reads, checks and saves a file as the next version; all or nothing; admins only. */
    Catalogue importFile(Reader file, CatalogueFormat format) throws IOException;

    /** Writes a version in a format that {@link #importFile} reads back unchanged. */
    void export(Catalogue catalogue, Writer out, CatalogueFormat format) throws IOException;
}
