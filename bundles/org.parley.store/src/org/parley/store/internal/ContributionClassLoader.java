package org.parley.store.internal;

import java.util.List;

/**
 * Sees every contributed entity class and the JDBC drivers: EclipseLink loads mapped classes by name, and in
 * OSGi no single bundle's loader sees them all.
 */
final class ContributionClassLoader extends ClassLoader {

    private final List<ClassLoader> loaders;

    ContributionClassLoader(List<ClassLoader> loaders) {
        super(ContributionClassLoader.class.getClassLoader());
        this.loaders = List.copyOf(loaders);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader l : loaders) {
            try {
                return l.loadClass(name);
            } catch (ClassNotFoundException e) {
                // try the next contribution
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected java.net.URL findResource(String name) {
        for (ClassLoader l : loaders) {
            java.net.URL u = l.getResource(name);
            if (u != null) {
                return u;
            }
        }
        return null;
    }
}
