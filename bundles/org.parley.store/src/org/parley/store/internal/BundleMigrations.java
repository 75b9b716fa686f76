package org.parley.store.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;

/**
 * Hands Flyway the SQL migrations of one contributing bundle. Flyway's own class-path scanning cannot look
 * into other bundles, so the migrations are listed from the bundle's entries instead.
 */
final class BundleMigrations implements ResourceProvider {

    private final Bundle bundle;
    private final String folder;

    BundleMigrations(Bundle bundle, String folder) {
        this.bundle = bundle;
        this.folder = folder.replaceAll("^/+|/+$", "");
    }

    @Override
    public LoadableResource getResource(String name) {
        URL url = bundle.getEntry(folder + "/" + name);
        return url == null ? null : new Entry(url, name);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        Enumeration<String> paths = bundle.getEntryPaths(folder);
        if (paths == null) {
            return List.of();
        }
        List<LoadableResource> found = new ArrayList<>();
        for (String path : Collections.list(paths)) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (!name.startsWith(prefix)) {
                continue;
            }
            for (String suffix : suffixes) {
                if (name.endsWith(suffix)) {
                    found.add(new Entry(bundle.getEntry(path), name));
                    break;
                }
            }
        }
        return found;
    }

    /** Whether the bundle has the folder at all: a contribution naming a missing folder is a mistake. */
    boolean exists() {
        return bundle.getEntry(folder + "/") != null || bundle.getEntryPaths(folder) != null;
    }

    private final class Entry extends LoadableResource {
        private final URL url;
        private final String name;

        Entry(URL url, String name) {
            this.url = url;
            this.name = name;
        }

        @Override
        public Reader read() {
            try {
                return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new FlywayException("Cannot read migration " + getAbsolutePath(), e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return bundle.getSymbolicName() + "/" + folder + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
