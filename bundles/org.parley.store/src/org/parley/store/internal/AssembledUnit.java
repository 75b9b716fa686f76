package org.parley.store.internal;

import java.net.URL;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

/**
 * The one persistence unit, described in code instead of a persistence.xml: its classes are whatever the
 * entity contributions of the installed bundles name at the moment it is built.
 */
final class AssembledUnit implements PersistenceUnitInfo {

    static final String NAME = "parley";

    private final List<String> classNames;
    private final ClassLoader loader;
    private final URL root;

    AssembledUnit(List<String> classNames, ClassLoader loader, URL root) {
        this.classNames = List.copyOf(classNames);
        this.loader = loader;
        this.root = root;
    }

    @Override public String getPersistenceUnitName() { return NAME; }
    @Override public String getPersistenceProviderClassName() { return org.eclipse.persistence.jpa.PersistenceProvider.class.getName(); }
    @Override public PersistenceUnitTransactionType getTransactionType() { return PersistenceUnitTransactionType.RESOURCE_LOCAL; }
    @Override public DataSource getJtaDataSource() { return null; }
    @Override public DataSource getNonJtaDataSource() { return null; }
    @Override public List<String> getMappingFileNames() { return List.of(); }
    @Override public List<URL> getJarFileUrls() { return List.of(); }
    @Override public URL getPersistenceUnitRootUrl() { return root; }
    @Override public List<String> getManagedClassNames() { return classNames; }
    @Override public boolean excludeUnlistedClasses() { return true; }
    @Override public SharedCacheMode getSharedCacheMode() { return SharedCacheMode.NONE; }
    @Override public ValidationMode getValidationMode() { return ValidationMode.NONE; }
    @Override public Properties getProperties() { return new Properties(); }
    @Override public String getPersistenceXMLSchemaVersion() { return "3.0"; }
    @Override public ClassLoader getClassLoader() { return loader; }
    @Override public void addTransformer(ClassTransformer transformer) { /* no weaving inside OSGi */ }
    @Override public ClassLoader getNewTempClassLoader() { return loader; }
}
