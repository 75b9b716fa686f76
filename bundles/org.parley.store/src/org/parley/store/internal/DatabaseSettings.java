package org.parley.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;

import org.parley.core.service.InvalidInputException;
import org.parley.core.service.Store;

/**
 * Where the database is and how to log in. Looked up in this order, the first that names a URL wins:
 * system properties ({@code parley.db.url}, {@code .user}, {@code .password}); the file named by
 * {@code parley.db.config} or {@code parley-db.properties} in the workspace; the Eclipse preferences of
 * this bundle; otherwise an embedded H2 database in the workspace, created on first start.
 */
public record DatabaseSettings(String url, String user, String password, String source) {

    public static final String URL = "parley.db.url";
    public static final String USER = "parley.db.user";
    public static final String PASSWORD = "parley.db.password";
    public static final String CONFIG_FILE = "parley.db.config";

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new InvalidInputException("db.url", StoreText.get("settings.urlMissing", source));
        }
        url = url.strip();
        if (!Store.isSupportedUrl(url)) {
            throw new InvalidInputException("db.url", StoreText.get("settings.urlUnsupported", url, source));
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public boolean isPostgreSql() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL with any password parameter masked, for messages and {@code db info}. */
    public String displayUrl() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    /** Resolves the settings the running product should use. */
    public static DatabaseSettings resolve() {
        String url = System.getProperty(URL);
        if (url != null && !url.isBlank()) {
            return new DatabaseSettings(url, System.getProperty(USER), System.getProperty(PASSWORD),
                    StoreText.get("settings.source.systemProperties"));
        }
        Path file = configFile();
        if (file != null && Files.isRegularFile(file)) {
            return fromFile(file);
        }
        DatabaseSettings fromPreferences = PreferenceSettings.read();
        if (fromPreferences != null) {
            return fromPreferences;
        }
        return embedded(workspace());
    }

    /** Reads {@code url}, {@code user} and {@code password} from a properties file. */
    public static DatabaseSettings fromFile(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException("db.config", StoreText.get("settings.fileUnreadable", file, e.getMessage()));
        }
        return new DatabaseSettings(p.getProperty("url"), p.getProperty("user"), p.getProperty("password"),
                file.toString());
    }

    /**
     * The embedded H2 database of a workspace. AUTO_SERVER lets the CLI work while the workbench is open;
     * MAX_COMPACT_TIME lets H2 reclaim the space bulk writes leave behind when the database closes: a demo load
     * of a million cases leaves a 9 GB file that compacts to 0.9 GB in about 30 s; ordinary work leaves little
     * to reclaim, so closing stays quick.
     */
    public static DatabaseSettings embedded(Path workspace) {
        Path db = workspace.resolve(".parley").resolve("db").resolve("parley").toAbsolutePath();
        return new DatabaseSettings("jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE;MAX_COMPACT_TIME=60000", "parley", "",
                StoreText.get("settings.source.embedded"));
    }

    private static Path configFile() {
        String explicit = System.getProperty(CONFIG_FILE);
        if (explicit != null && !explicit.isBlank()) {
            Path p = Paths.get(explicit);
            if (!Files.isRegularFile(p)) {
                throw new InvalidInputException("db.config", StoreText.get("settings.fileMissing", p));
            }
            return p;
        }
        return workspace().resolve("parley-db.properties");
    }

    /** The OSGi instance area (the user's workspace), or ~/parley-workspace outside a product. */
    static Path workspace() {
        String area = System.getProperty("osgi.instance.area");
        if (area != null && !area.isBlank()) {
            try {
                return area.startsWith("file:") ? Paths.get(URI.create(area.replace(" ", "%20"))) : Paths.get(area);
            } catch (IllegalArgumentException e) {
                return Paths.get(area.replaceFirst("^file:", ""));
            }
        }
        return Paths.get(System.getProperty("user.home"), "parley-workspace");
    }
}
