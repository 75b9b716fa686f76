package org.parley.store.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Connections to the configured database through the driver class this bundle imports. DriverManager and
 * class-name lookups do not see drivers across OSGi bundles, so the driver is instantiated here.
 */
final class JdbcConnections implements DataSource {

    private final DatabaseSettings settings;
    private final Driver driver;

    JdbcConnections(DatabaseSettings settings) {
        this.settings = settings;
        this.driver = settings.isPostgreSql() ? new org.postgresql.Driver() : new org.h2.Driver();
    }

    static String driverClassName(DatabaseSettings settings) {
        return settings.isPostgreSql() ? org.postgresql.Driver.class.getName() : org.h2.Driver.class.getName();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(settings.user(), settings.password());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        Connection c = driver.connect(settings.url(), p);
        if (c == null) {
            throw new SQLException(StoreText.get("settings.urlUnsupported", settings.displayUrl(), settings.source()));
        }
        return c;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // connections are not logged
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the driver's default applies
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
