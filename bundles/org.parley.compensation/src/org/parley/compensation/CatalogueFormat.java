package org.parley.compensation;

/** The file formats a catalogue is imported from and exported to. */
public enum CatalogueFormat {
    /** The whole catalogue: rules and items with every language (see the admin guide). */
    JSON,
    /** One item per row, a column per language; an import keeps the current rules. */
    CSV;

    /** The format a file name's extension says, or null. */
    public static CatalogueFormat ofFileName(String name) {
        String n = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".json") ? JSON : n.endsWith(".csv") ? CSV : null;
    }
}
