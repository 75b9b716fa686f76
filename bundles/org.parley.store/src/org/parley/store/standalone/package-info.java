/**
 * Parley's store and core services outside the workbench ({@link org.parley.store.standalone.StandaloneStore}), on a database of your choice: for tests and tools.
 */
package org.parley.store.standalone;
